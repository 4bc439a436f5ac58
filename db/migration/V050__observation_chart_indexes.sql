-- Charting a long series (a million values) without reading its rows: the downsampled chart aggregates per
-- time bucket over an index-only scan, and finds the series' extent and its number of sources from indexes.
-- All three cover live rows only, as every chart query does.

-- period start order with what the bucket aggregate reads (midpoint, value, id, source)
CREATE INDEX observation_chart_idx ON observation (series_id, period_start)
    INCLUDE (period_end, value, id, source_id) WHERE deleted_at IS NULL;

-- max(period_end) of a series: the default end of its chart
CREATE INDEX observation_series_end_idx ON observation (series_id, period_end) WHERE deleted_at IS NULL;

-- the distinct sources of a series, found by skipping through this index
CREATE INDEX observation_series_source_idx ON observation (series_id, source_id) WHERE deleted_at IS NULL;
