-- Who changed what and when, with the old and new row as JSON. Append-only.
CREATE TABLE audit_log (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at  timestamptz NOT NULL,
    actor        text NOT NULL CHECK (char_length(actor) BETWEEN 1 AND 200),
    action       text NOT NULL CHECK (action IN ('create', 'update', 'delete', 'restore')),
    entity_type  text NOT NULL CHECK (entity_type IN ('source', 'series', 'observation', 'event')),
    entity_id    bigint NOT NULL,
    old_value    jsonb,
    new_value    jsonb,
    CHECK (action <> 'create' OR old_value IS NULL),
    CHECK (action = 'create' OR old_value IS NOT NULL)
);

CREATE INDEX audit_log_entity_idx ON audit_log (entity_type, entity_id, occurred_at);

CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER audit_log_no_update_or_delete
    BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
