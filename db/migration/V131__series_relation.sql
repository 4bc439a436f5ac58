-- How series relate, for the claim checker's arithmetic: data, not code with series keys in it. Seeded from
-- seed-data/relations.csv; editors add and remove relations through /api/relations.
--   growth_of        series (%) is the growth of of_series between the two ends of its range periods
--   multiple_of      series (multiple) is of_series at the end of its range over of_series at the start
--   same_quantity_as series measures what of_series measures, in another unit (unit_conversion)
--   component_of     series is one of the components that together make up of_series (exports + imports = trade)
--   part_of          series is included in of_series, for a period within of_series' period (year-to-date ≤ year)
--   share_of         series (%) is a share of of_series, or of the whole named in `whole`; shares of one whole
--                    add up to at most 100 %
--   target_of        series is a target for of_series
CREATE TABLE series_relation (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind           text NOT NULL CHECK (kind IN ('growth_of', 'multiple_of', 'same_quantity_as', 'component_of',
                                                 'part_of', 'share_of', 'target_of')),
    series_id      bigint NOT NULL REFERENCES series (id),
    of_series_id   bigint REFERENCES series (id),
    whole          text CHECK (char_length(whole) BETWEEN 1 AND 200),
    -- the quantity does not change over time (a border's length): values of different periods are compared
    across_periods boolean NOT NULL DEFAULT false,
    note           text CHECK (char_length(note) <= 2000),
    origin         text NOT NULL CHECK (origin IN ('seeded', 'user')),
    created_at     timestamptz NOT NULL,
    created_by     text NOT NULL,
    CHECK (series_id <> of_series_id),
    CHECK ((of_series_id IS NULL) <> (whole IS NULL)),
    CHECK (whole IS NULL OR kind = 'share_of')
);

CREATE UNIQUE INDEX series_relation_unique_idx
    ON series_relation (kind, series_id, coalesce(of_series_id, 0), coalesce(whole, ''));
CREATE INDEX series_relation_of_idx ON series_relation (of_series_id);
