-- V134's index on (series_id, period_end) made the planner choose it for the chart's range query, which then ran past
-- the statement timeout on a 100,000-value series (ChartDownsamplingTest). The checker's look-up of periods near a
-- changed one does with the index on (series_id, period_start).
DROP INDEX IF EXISTS observation_series_period_end_idx;
