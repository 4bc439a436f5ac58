-- Passage offsets count Unicode code points (as char_length/substr, Python and the W3C Web Annotation
-- TextPositionSelector do), no longer Java's UTF-16 indices; every passage is verified, whatever characters its
-- source has (the BMP-only escape hatch is gone); and the check no longer reads the whole source text per row.
--
-- Why chunks: with a multi-byte database encoding substr(text, n, len) on a toasted text fetches and walks the text
-- from its first byte to position n + len (even with STORAGE EXTERNAL), so a passage near the end of a 2,000,000
-- character report cost milliseconds per row. source_text_chunk holds each text cut into pieces of 1000 code points;
-- the trigger reads the one or two pieces a passage lies in, whatever the length of the article.

ALTER TABLE source ADD COLUMN text_length int GENERATED ALWAYS AS (char_length(full_text)) STORED;
ALTER TABLE source DROP COLUMN bmp_only;

-- piece n holds code points [n * 1000, n * 1000 + char_length(chunk)) of its source's full_text
CREATE TABLE source_text_chunk (
    source_id bigint NOT NULL REFERENCES source (id) ON DELETE CASCADE,
    n         int NOT NULL CHECK (n >= 0),
    chunk     text NOT NULL CHECK (char_length(chunk) BETWEEN 1 AND 1000),
    PRIMARY KEY (source_id, n)
);

-- Cuts a text into pieces of 1000 code points in one pass: the regex takes runs of at most 250 characters ('.'
-- matches newlines too), four of them make a piece. (substr per piece would walk the text once per piece.)
CREATE FUNCTION source_text_chunks() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM source_text_chunk WHERE source_id = NEW.id;
    INSERT INTO source_text_chunk (source_id, n, chunk)
    SELECT NEW.id, (r.i - 1) / 4, string_agg(r.run[1], '' ORDER BY r.i)
    FROM regexp_matches(NEW.full_text, '.{1,250}', 'g') WITH ORDINALITY AS r (run, i)
    GROUP BY (r.i - 1) / 4;
    RETURN NULL;
END;
$$;

CREATE TRIGGER source_text_chunks
    AFTER INSERT OR UPDATE OF full_text ON source
    FOR EACH ROW EXECUTE FUNCTION source_text_chunks();

INSERT INTO source_text_chunk (source_id, n, chunk)
SELECT s.id, (r.i - 1) / 4, string_agg(r.run[1], '' ORDER BY r.i)
FROM source s, regexp_matches(s.full_text, '.{1,250}', 'g') WITH ORDINALITY AS r (run, i)
GROUP BY s.id, (r.i - 1) / 4;

-- Verifies a quoted passage against its source text at its code-point offsets, reading only the pieces it lies in
-- and the source's stored length (never the whole text). Malformed offsets are left to the tables' CHECK
-- constraints (a trigger runs before them), which name themselves; an unknown source to the foreign key.
CREATE OR REPLACE FUNCTION check_passage() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    src_key    text;
    src_length int;
    first_n    int;
    last_n     int;
    found_text text;
BEGIN
    IF NEW.passage_start < 0 OR NEW.passage_end <= NEW.passage_start
            OR NEW.passage_end - NEW.passage_start <> char_length(NEW.passage) THEN
        RETURN NEW;
    END IF;
    first_n := NEW.passage_start / 1000;
    last_n := (NEW.passage_end - 1) / 1000;
    -- one query for the usual case, a passage inside one piece
    SELECT s.source_key, s.text_length, c.chunk INTO src_key, src_length, found_text
    FROM source s LEFT JOIN source_text_chunk c ON c.source_id = s.id AND c.n = first_n
    WHERE s.id = NEW.source_id;
    IF NOT FOUND THEN
        RETURN NEW;
    END IF;
    IF NEW.passage_end > src_length THEN
        RAISE EXCEPTION 'passage end % is beyond the end of source % (% characters)',
            NEW.passage_end, src_key, src_length
            USING ERRCODE = 'check_violation';
    END IF;
    IF first_n < last_n THEN
        SELECT string_agg(c.chunk, '' ORDER BY c.n) INTO found_text FROM source_text_chunk c
        WHERE c.source_id = NEW.source_id AND c.n BETWEEN first_n AND last_n;
    END IF;
    found_text := substr(found_text, NEW.passage_start - first_n * 1000 + 1, NEW.passage_end - NEW.passage_start);
    IF found_text IS DISTINCT FROM NEW.passage THEN
        RAISE EXCEPTION 'passage is not found at offsets %..% of source %',
            NEW.passage_start, NEW.passage_end, src_key
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END;
$$;

-- Existing offsets were UTF-16 indices. They equal code points in texts without characters outside the Basic
-- Multilingual Plane (all seed texts); elsewhere each such character before a passage counted twice. The code-point
-- offset k of UTF-16 index i is the k with k + (such characters among the first k) = i, found by bisection.
CREATE FUNCTION utf16_index_to_code_points(t text, i int) RETURNS int LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
    lo  int := 0;
    hi  int := i;
    mid int;
BEGIN
    WHILE lo < hi LOOP
        mid := (lo + hi) / 2;
        IF mid + regexp_count(substr(t, 1, mid), '[\U00010000-\U0010FFFF]') < i THEN
            lo := mid + 1;
        ELSE
            hi := mid;
        END IF;
    END LOOP;
    RETURN lo;
END;
$$;

UPDATE observation o
SET passage_start = utf16_index_to_code_points(s.full_text, o.passage_start),
    passage_end = utf16_index_to_code_points(s.full_text, o.passage_start) + char_length(o.passage)
FROM source s
WHERE s.id = o.source_id AND s.full_text ~ '[\U00010000-\U0010FFFF]';

UPDATE event e
SET passage_start = utf16_index_to_code_points(s.full_text, e.passage_start),
    passage_end = utf16_index_to_code_points(s.full_text, e.passage_start) + char_length(e.passage)
FROM source s
WHERE s.id = e.source_id AND s.full_text ~ '[\U00010000-\U0010FFFF]';

DROP FUNCTION utf16_index_to_code_points(text, int);
