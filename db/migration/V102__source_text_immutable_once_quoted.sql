-- A source's text is immutable once anything quotes it: observations and events store character offsets into it
-- (and the passage it says there), so changing the text would silently break every quote. Metadata stays
-- editable. Rows that are soft-deleted still count: they can be restored and must still fit.
CREATE FUNCTION source_text_immutable_once_quoted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.full_text IS DISTINCT FROM OLD.full_text
            AND (EXISTS (SELECT 1 FROM observation WHERE source_id = OLD.id)
                 OR EXISTS (SELECT 1 FROM event WHERE source_id = OLD.id)) THEN
        RAISE EXCEPTION 'the text of source % cannot change: observations or events quote it', OLD.source_key
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER source_text_immutable_once_quoted
    BEFORE UPDATE OF full_text ON source
    FOR EACH ROW EXECUTE FUNCTION source_text_immutable_once_quoted();
