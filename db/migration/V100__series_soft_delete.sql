-- Series become editable and, like every other audited table, soft-deletable: the one write path locks, checks
-- and restores every table the same way. A series that live observations belong to is never deleted alone (the
-- service refuses, or deletes them together); the columns only record that it was.
ALTER TABLE series
    ADD COLUMN deleted_at timestamptz,
    ADD COLUMN deleted_by text,
    ADD CHECK ((deleted_at IS NULL) = (deleted_by IS NULL));
