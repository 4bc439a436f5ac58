-- Every author is an account (issue 16): who created, changed, deleted, reviewed or rejected a row, and every
-- audit entry's actor, names an account, and the database refuses any other name (foreign keys *_account_fk,
-- which the app reports as "has no account", base/write/AuthorAccounts.java).
--
-- The writers that are nobody's sign-in, the seed loader ('seed') and the first start ('system'), become system
-- accounts: origin 'system', never enabled (checked here), no usable password, and invisible to sign-in
-- (AccountService.loadUserByUsername skips them). Every other name already written (an existing database's editors
-- from before accounts lived here, or a test fixture's author) becomes a disabled viewer of its own, so nothing
-- is lost; an admin may re-enable it with a new password. A name that cannot be an account name (other
-- characters, or one that differs from another only in case) is kept as a system account.

ALTER TABLE account ADD CONSTRAINT account_user_name_unique UNIQUE (user_name);
ALTER TABLE account
    DROP CONSTRAINT account_origin_check,
    ADD CONSTRAINT account_origin_check CHECK (origin IN ('seeded', 'user', 'system')),
    ADD CONSTRAINT account_system_never_enabled CHECK (origin <> 'system' OR NOT enabled),
    DROP CONSTRAINT account_user_name_check,
    ADD CONSTRAINT account_user_name_check CHECK (user_name ~ '^[A-Za-z0-9._@-]{1,100}$'
        OR origin = 'system' AND char_length(user_name) BETWEEN 1 AND 200);
DROP INDEX account_user_name_key;
CREATE UNIQUE INDEX account_user_name_key ON account (lower(user_name)) WHERE origin <> 'system';

CREATE TEMPORARY TABLE author_column (tbl text, col text) ON COMMIT DROP;
INSERT INTO author_column VALUES
    ('source', 'created_by'), ('source', 'updated_by'), ('source', 'deleted_by'),
    ('series', 'created_by'), ('series', 'updated_by'), ('series', 'deleted_by'),
    ('observation', 'created_by'), ('observation', 'updated_by'), ('observation', 'deleted_by'),
    ('observation', 'reviewed_by'),
    ('event', 'created_by'), ('event', 'updated_by'), ('event', 'deleted_by'), ('event', 'reviewed_by'),
    ('account', 'created_by'), ('account', 'updated_by'), ('account', 'deleted_by'),
    ('audit_log', 'actor'), ('series_relation', 'created_by'), ('source_file', 'created_by'),
    ('check_review', 'updated_by'), ('check_review_log', 'actor'), ('extraction_rejection', 'rejected_by');

CREATE TEMPORARY TABLE author (user_name text PRIMARY KEY) ON COMMIT DROP;
INSERT INTO author VALUES ('system'), ('seed');
DO $$
DECLARE c record;
BEGIN
    FOR c IN SELECT tbl, col FROM author_column LOOP
        EXECUTE format('INSERT INTO author SELECT DISTINCT %I FROM %I WHERE %I IS NOT NULL ON CONFLICT DO NOTHING',
                       c.col, c.tbl, c.col);
    END LOOP;
END $$;

WITH named AS (
    SELECT a.user_name,
           a.user_name IN ('system', 'seed') OR a.user_name !~ '^[A-Za-z0-9._@-]{1,100}$'
               OR count(*) OVER (PARTITION BY lower(a.user_name)) > 1
               OR EXISTS (SELECT 1 FROM account x WHERE lower(x.user_name) = lower(a.user_name)) AS system
    FROM author a
    WHERE NOT EXISTS (SELECT 1 FROM account x WHERE x.user_name = a.user_name)
), added AS (
    INSERT INTO account (user_name, role, enabled, password_hash, origin, created_at, created_by, updated_at,
                         updated_by)
    SELECT user_name, 'viewer', false, '{none}', CASE WHEN system THEN 'system' ELSE 'user' END, now(), 'system',
           now(), 'system'
    FROM named ORDER BY system DESC, user_name
    RETURNING *
)
INSERT INTO audit_log (occurred_at, actor, action, entity_type, entity_id, old_value, new_value)
SELECT now(), 'system', 'create', 'account', id, NULL, to_jsonb(added) - 'password_hash' FROM added;

DO $$
DECLARE c record;
BEGIN
    FOR c IN SELECT tbl, col FROM author_column LOOP
        EXECUTE format('ALTER TABLE %I ADD CONSTRAINT %I FOREIGN KEY (%I) REFERENCES account (user_name)',
                       c.tbl, c.tbl || '_' || c.col || '_account_fk', c.col);
    END LOOP;
END $$;
