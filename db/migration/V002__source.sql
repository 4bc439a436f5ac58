-- An article or document that figures and events are quoted from.
CREATE TABLE source (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- stable key; for the seed articles it is the file name, e.g. 002_709b5f3b75b2705c.txt
    source_key          text NOT NULL UNIQUE CHECK (source_key ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$'),
    title               text NOT NULL CHECK (char_length(title) BETWEEN 1 AND 500),
    author              text CHECK (char_length(author) <= 500),
    publisher           text CHECK (char_length(publisher) <= 500),
    published_start     date,
    published_end       date,
    published_precision text NOT NULL DEFAULT 'unknown'
                        CHECK (published_precision IN ('day', 'month', 'year', 'unknown')),
    -- what the text itself says about its date, e.g. 'Dec 4, year not stated'
    published_text      text CHECK (char_length(published_text) <= 500),
    url                 text CHECK (url ~ '^https?://[^\s]+$' AND char_length(url) <= 2000),
    full_text           text NOT NULL CHECK (char_length(full_text) BETWEEN 1 AND 5000000),
    sha256              char(64) NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    -- true when every character is in the Basic Multilingual Plane, so Java String offsets
    -- equal PostgreSQL character positions and the passage triggers can verify them
    bmp_only            boolean GENERATED ALWAYS AS (full_text !~ '[\U00010000-\U0010FFFF]') STORED,
    origin              text NOT NULL CHECK (origin IN ('seeded', 'user')),
    version             int NOT NULL DEFAULT 0,
    created_at          timestamptz NOT NULL,
    created_by          text NOT NULL,
    updated_at          timestamptz NOT NULL,
    updated_by          text NOT NULL,
    deleted_at          timestamptz,
    deleted_by          text,
    CHECK ((published_precision = 'unknown') = (published_start IS NULL)),
    CHECK (published_end IS NULL OR published_end >= published_start),
    CHECK (updated_at >= created_at),
    CHECK ((deleted_at IS NULL) = (deleted_by IS NULL))
);

-- Verifies a quoted passage against its source text: offsets are Java String (UTF-16) indices.
-- For BMP-only texts these equal PostgreSQL character positions, so the quote is checked exactly.
-- Malformed offsets are left to the tables' CHECK constraints (a trigger runs before them), which name themselves.
CREATE FUNCTION check_passage() RETURNS trigger LANGUAGE plpgsql AS $$
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
