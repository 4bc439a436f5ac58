-- The queue also says which periods a changed observation had before and has now, so that conflicts are checked
-- again only for the periods of its series that overlap them, not for the whole series.
ALTER TABLE check_dirty ADD COLUMN period_start date, ADD COLUMN period_end date;

CREATE OR REPLACE FUNCTION check_mark_observations() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO check_dirty (series_id, observation_id, period_start, period_end)
        SELECT DISTINCT r.series_id, CASE WHEN n.c > 1000 THEN NULL ELSE r.id END,
               CASE WHEN n.c > 1000 THEN NULL ELSE r.period_start END,
               CASE WHEN n.c > 1000 THEN NULL ELSE r.period_end END
        FROM new_rows r, (SELECT count(*) AS c FROM new_rows) n;
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        INSERT INTO check_dirty (series_id, observation_id, period_start, period_end)
        SELECT DISTINCT r.series_id, CASE WHEN n.c > 1000 THEN NULL ELSE r.id END,
               CASE WHEN n.c > 1000 THEN NULL ELSE r.period_start END,
               CASE WHEN n.c > 1000 THEN NULL ELSE r.period_end END
        FROM old_rows r, (SELECT count(*) AS c FROM old_rows) n;
    END IF;
    RETURN NULL;
END;
$$;

-- Periods of a series overlapping a changed one: those starting before its end and ending after its start.
CREATE INDEX observation_series_period_end_idx ON observation (series_id, period_end);
