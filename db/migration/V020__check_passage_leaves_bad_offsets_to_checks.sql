-- check_passage() ran before the tables' CHECK constraints and failed on offsets those constraints exist to
-- reject: passage_end < passage_start gave "negative substring length not allowed", and offsets not spanning
-- the passage's length were reported as "passage is not found". Now the trigger only compares text when the
-- offsets are well-formed and leaves malformed ones to the CHECK constraints, which name themselves.
CREATE OR REPLACE FUNCTION check_passage() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    src source%ROWTYPE;
BEGIN
    IF NEW.passage_start < 0 OR NEW.passage_end <= NEW.passage_start
            OR NEW.passage_end - NEW.passage_start <> char_length(NEW.passage) THEN
        RETURN NEW; -- rejected by the table's CHECK constraints
    END IF;
    SELECT * INTO src FROM source WHERE id = NEW.source_id;
    IF src.bmp_only THEN
        IF NEW.passage_end > char_length(src.full_text) THEN
            RAISE EXCEPTION 'passage end % is beyond the end of source % (% characters)',
                NEW.passage_end, src.source_key, char_length(src.full_text)
                USING ERRCODE = 'check_violation';
        END IF;
        IF substr(src.full_text, NEW.passage_start + 1, NEW.passage_end - NEW.passage_start) <> NEW.passage THEN
            RAISE EXCEPTION 'passage is not found at offsets %..% of source %',
                NEW.passage_start, NEW.passage_end, src.source_key
                USING ERRCODE = 'check_violation';
        END IF;
    END IF;
    RETURN NEW;
END;
$$;
