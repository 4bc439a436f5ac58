-- A write saved although it had warnings ("save anyway": not in the passage, a duplicate, a conflict with other
-- sources, a date conflict) records the warnings the editor acknowledged: [{code, field, message}, ...].
ALTER TABLE audit_log ADD COLUMN acknowledged_warnings jsonb
    CHECK (acknowledged_warnings IS NULL OR jsonb_typeof(acknowledged_warnings) = 'array');
