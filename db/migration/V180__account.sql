-- Team accounts: who may sign in, with which role. Passwords are stored only as Spring Security's delegating
-- encoder writes them ("{bcrypt}$2a$..."); the audit log never gets the hash (AuditLog.snapshot leaves it out).
-- Disabling keeps the row (its name stays the author of what it wrote); "deleted_at" is not used for accounts.
CREATE TABLE account (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_name      text NOT NULL CHECK (user_name ~ '^[A-Za-z0-9._@-]{1,100}$'),
    role           text NOT NULL CHECK (role IN ('viewer', 'editor', 'admin')),
    enabled        boolean NOT NULL DEFAULT true,
    password_hash  text NOT NULL CHECK (password_hash ~ '^\{[a-z0-9]+\}'),
    origin         text NOT NULL CHECK (origin IN ('seeded', 'user')),
    version        int NOT NULL DEFAULT 0,
    created_at     timestamptz NOT NULL,
    created_by     text NOT NULL,
    updated_at     timestamptz NOT NULL,
    updated_by     text NOT NULL,
    deleted_at     timestamptz,
    deleted_by     text,
    CHECK (updated_at >= created_at),
    CHECK ((deleted_at IS NULL) = (deleted_by IS NULL))
);

-- one account per name, whatever its case ("Editor" is "editor")
CREATE UNIQUE INDEX account_user_name_key ON account (lower(user_name));

ALTER TABLE audit_log DROP CONSTRAINT audit_log_entity_type_check;
ALTER TABLE audit_log ADD CONSTRAINT audit_log_entity_type_check
    CHECK (entity_type IN ('source', 'series', 'observation', 'event', 'account'));
