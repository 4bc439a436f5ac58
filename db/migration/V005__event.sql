-- A dated, sourced event. Vague dates keep the text's own wording in date_text.
CREATE TABLE event (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    date_label     text CHECK (char_length(date_label) BETWEEN 4 AND 40),
    date_start     date,
    date_end       date,
    precision      text NOT NULL CHECK (precision IN ('day', 'month', 'quarter', 'year', 'decade', 'range', 'none')),
    date_text      text NOT NULL CHECK (char_length(date_text) BETWEEN 1 AND 500),
    title          text NOT NULL CHECK (char_length(title) BETWEEN 1 AND 200),
    category       text NOT NULL REFERENCES event_category (code),
    source_id      bigint NOT NULL REFERENCES source (id),
    passage        text NOT NULL CHECK (char_length(passage) BETWEEN 1 AND 10000),
    passage_start  int NOT NULL CHECK (passage_start >= 0),
    passage_end    int NOT NULL,
    note           text CHECK (char_length(note) <= 10000),
    origin         text NOT NULL CHECK (origin IN ('seeded', 'user')),
    seed_key       text UNIQUE,
    version        int NOT NULL DEFAULT 0,
    created_at     timestamptz NOT NULL,
    created_by     text NOT NULL,
    updated_at     timestamptz NOT NULL,
    updated_by     text NOT NULL,
    deleted_at     timestamptz,
    deleted_by     text,
    CHECK ((precision = 'none') = (date_start IS NULL)),
    CHECK ((date_start IS NULL) = (date_end IS NULL)),
    CHECK ((date_start IS NULL) = (date_label IS NULL)),
    CHECK (date_end >= date_start),
    CHECK (passage_end > passage_start),
    CHECK (passage_end - passage_start = char_length(passage)),
    CHECK ((origin = 'seeded') = (seed_key IS NOT NULL)),
    CHECK (updated_at >= created_at),
    CHECK ((deleted_at IS NULL) = (deleted_by IS NULL))
);

CREATE UNIQUE INDEX event_no_duplicate_idx
    ON event (source_id, passage_start, passage_end, title)
    WHERE deleted_at IS NULL;

CREATE INDEX event_date_idx ON event (date_start);

CREATE TRIGGER event_passage_check
    BEFORE INSERT OR UPDATE OF passage, passage_start, passage_end, source_id ON event
    FOR EACH ROW EXECUTE FUNCTION check_passage();
