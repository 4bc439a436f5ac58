-- One sourced value of a series: the figure, its period, and the verbatim passage it is quoted from.
CREATE TABLE observation (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    series_id      bigint NOT NULL REFERENCES series (id),
    -- the period as written in the seed data or form: 2024, 2024-Q1, 2024-03, 2024-03-15, or A/B for ranges
    period_label   text NOT NULL CHECK (char_length(period_label) BETWEEN 4 AND 40),
    period_start   date NOT NULL,
    period_end     date NOT NULL,
    precision      text NOT NULL CHECK (precision IN ('day', 'month', 'quarter', 'year', 'range')),
    value          numeric NOT NULL,
    qualifier      text NOT NULL CHECK (qualifier IN ('exact', 'approx', 'almost', 'more_than', 'less_than')),
    source_id      bigint NOT NULL REFERENCES source (id),
    passage        text NOT NULL CHECK (char_length(passage) BETWEEN 1 AND 10000),
    passage_start  int NOT NULL CHECK (passage_start >= 0),
    passage_end    int NOT NULL,
    note           text CHECK (char_length(note) <= 10000),
    origin         text NOT NULL CHECK (origin IN ('seeded', 'user')),
    -- identity of a seeded row in seed-data/, so restarts update instead of duplicating
    seed_key       text UNIQUE,
    version        int NOT NULL DEFAULT 0,
    created_at     timestamptz NOT NULL,
    created_by     text NOT NULL,
    updated_at     timestamptz NOT NULL,
    updated_by     text NOT NULL,
    deleted_at     timestamptz,
    deleted_by     text,
    CHECK (period_end >= period_start),
    CHECK (passage_end > passage_start),
    CHECK (passage_end - passage_start = char_length(passage)),
    CHECK ((origin = 'seeded') = (seed_key IS NOT NULL)),
    CHECK (updated_at >= created_at),
    CHECK ((deleted_at IS NULL) = (deleted_by IS NULL))
);

-- No duplicate (series, period, source, passage) among live rows. The passage is identified by its
-- offsets, which the trigger below ties to the exact text.
CREATE UNIQUE INDEX observation_no_duplicate_idx
    ON observation (series_id, period_start, period_end, precision, source_id, passage_start, passage_end)
    WHERE deleted_at IS NULL;

CREATE INDEX observation_series_period_idx ON observation (series_id, period_start);
CREATE INDEX observation_source_idx ON observation (source_id);

CREATE TRIGGER observation_passage_check
    BEFORE INSERT OR UPDATE OF passage, passage_start, passage_end, source_id ON observation
    FOR EACH ROW EXECUTE FUNCTION check_passage();
