-- The claim checker's findings, stored so that exports, the data package and SQL users see them. They are
-- recomputed from the live data whenever it has changed (the audit log moved on, or the relations or unit
-- conversions changed): `stamp` says what state of the data they were computed from. `finding` holds the whole
-- result (observations compared, numbers, formula); the other columns are for filters and the CSV.
CREATE TABLE check_finding (
    finding_key     text PRIMARY KEY,
    position        int NOT NULL,
    kind            text NOT NULL,
    verdict         text NOT NULL CHECK (verdict IN ('consistent', 'agrees_after_rounding', 'conflict')),
    severity        text NOT NULL CHECK (severity IN ('none', 'low', 'medium', 'high')),
    title           text NOT NULL,
    series_keys     text[] NOT NULL,
    periods         text[] NOT NULL,
    observation_ids bigint[] NOT NULL,
    source_keys     text[] NOT NULL,
    numbers         text NOT NULL,
    formula         text NOT NULL,
    result          text NOT NULL,
    finding         jsonb NOT NULL,
    computed_at     timestamptz NOT NULL
);

CREATE INDEX check_finding_observations_idx ON check_finding USING gin (observation_ids);

CREATE TABLE check_state (
    id          int PRIMARY KEY CHECK (id = 1),
    stamp       text NOT NULL,
    computed_at timestamptz NOT NULL
);

-- What an editor concluded about a finding: still open, explained (e.g. the sources mean different things), or an
-- error in a source. Keyed by the finding's key, which stays the same while the data it compares is unchanged, so
-- a review survives recomputation. Every change is versioned and kept in check_review_log.
CREATE TABLE check_review (
    finding_key text PRIMARY KEY,
    status      text NOT NULL CHECK (status IN ('open', 'explained', 'error_in_source')),
    comment     text CHECK (char_length(comment) <= 2000),
    version     int NOT NULL DEFAULT 0,
    updated_at  timestamptz NOT NULL,
    updated_by  text NOT NULL
);

CREATE TABLE check_review_log (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    finding_key  text NOT NULL,
    occurred_at  timestamptz NOT NULL,
    actor        text NOT NULL,
    old_status   text,
    new_status   text NOT NULL,
    comment      text
);

CREATE INDEX check_review_log_key_idx ON check_review_log (finding_key, occurred_at);
