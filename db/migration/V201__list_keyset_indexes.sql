-- The API lists (/api/observations, /api/events) page by keyset: "rows after the last one shown, in list order,
-- LIMIT n". With these indexes in exactly that order a page is an index range whatever its depth, and the first
-- page of an unfiltered list reads n rows instead of sorting the whole table. Not partial: includeDeleted lists
-- use them too.
CREATE INDEX observation_list_idx ON observation (series_id, period_start, period_end, source_id, id);

-- undated events sort last, as 'infinity'
CREATE INDEX event_list_idx ON event ((COALESCE(date_start, 'infinity'::date)), (COALESCE(date_end, 'infinity'::date)),
    source_id, id);
