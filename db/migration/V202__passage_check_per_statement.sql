-- The passage check of inserts, once per statement over all the rows it inserted (a transition table), instead of
-- once per row: an import, a COPY or the seed load checks its rows with one set-based join against the pieces of
-- source_text_chunk they lie in, so the check costs a few microseconds a row rather than a PL/pgSQL call and a query
-- each, and still nothing of the article but those pieces is read. Same guarantee, same messages: the statement
-- fails and inserts nothing when any row's passage is not its source's text at its offsets. Updates of a row's
-- passage, offsets or source keep the per-row check_passage() (V200): a transition table cannot serve an
-- UPDATE OF column list.
CREATE FUNCTION check_inserted_passages() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    bad record;
BEGIN
    SELECT r.passage_start, r.passage_end, s.source_key, s.text_length, r.passage_end > s.text_length AS beyond
    INTO bad
    FROM inserted r
    JOIN source s ON s.id = r.source_id
    LEFT JOIN source_text_chunk c ON c.source_id = r.source_id AND c.n = r.passage_start / 1000
    WHERE r.passage_end > s.text_length
       OR substr(CASE WHEN (r.passage_end - 1) / 1000 = r.passage_start / 1000 THEN c.chunk
                      ELSE (SELECT string_agg(m.chunk, '' ORDER BY m.n) FROM source_text_chunk m
                            WHERE m.source_id = r.source_id
                              AND m.n BETWEEN r.passage_start / 1000 AND (r.passage_end - 1) / 1000) END,
                 r.passage_start % 1000 + 1, r.passage_end - r.passage_start) IS DISTINCT FROM r.passage
    LIMIT 1;
    IF FOUND THEN
        IF bad.beyond THEN
            RAISE EXCEPTION 'passage end % is beyond the end of source % (% characters)',
                bad.passage_end, bad.source_key, bad.text_length
                USING ERRCODE = 'check_violation';
        END IF;
        RAISE EXCEPTION 'passage is not found at offsets %..% of source %',
            bad.passage_start, bad.passage_end, bad.source_key
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NULL;
END;
$$;

DROP TRIGGER observation_passage_check ON observation;
CREATE TRIGGER observation_passage_check
    BEFORE UPDATE OF passage, passage_start, passage_end, source_id ON observation
    FOR EACH ROW EXECUTE FUNCTION check_passage();
CREATE TRIGGER observation_inserted_passages_check
    AFTER INSERT ON observation REFERENCING NEW TABLE AS inserted
    FOR EACH STATEMENT EXECUTE FUNCTION check_inserted_passages();

DROP TRIGGER event_passage_check ON event;
CREATE TRIGGER event_passage_check
    BEFORE UPDATE OF passage, passage_start, passage_end, source_id ON event
    FOR EACH ROW EXECUTE FUNCTION check_passage();
CREATE TRIGGER event_inserted_passages_check
    AFTER INSERT ON event REFERENCING NEW TABLE AS inserted
    FOR EACH STATEMENT EXECUTE FUNCTION check_inserted_passages();
