-- Charting a long series (a million values) without reading its rows: the downsampled chart aggregates per
-- time bucket over an index-only scan, finds the rows holding each bucket's extremes by index probes, and the
-- series' extent, longest period, sources, first and last value come from index lookups.
-- All four cover live rows only, as every chart query does.

-- period start order with what the bucket aggregate reads (midpoint, value, id, source)
CREATE INDEX observation_chart_idx ON observation (series_id, period_start)
    INCLUDE (period_end, value, id, source_id) WHERE deleted_at IS NULL;

-- the longest period of a series: a value overlapping [from, to] starts at most that long before from, so a
-- window is one bounded range of observation_chart_idx, and the latest period end is found near the latest start.
-- Only periods longer than a day: the index stays small for daily data, and no query without this predicate can
-- use it (with statistics that predate a bulk insert, an index led by series_id alone looks cheap for any
-- query on the series and then costs a scan of the whole series)
CREATE INDEX observation_series_span_idx ON observation (series_id, (period_end - period_start))
    WHERE deleted_at IS NULL AND period_end > period_start;

-- the distinct sources of a series (found by skipping through this index), and each one's first and last value
CREATE INDEX observation_series_source_idx ON observation (series_id, source_id, period_start) WHERE deleted_at IS NULL;

-- a row holding a bucket's lowest or highest value, found by value and the bucket's period starts
CREATE INDEX observation_series_value_idx ON observation (series_id, value, period_start)
    INCLUDE (period_end, id, source_id) WHERE deleted_at IS NULL;
