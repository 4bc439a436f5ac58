-- Full-text search of events (the events page): the title, the passage and the date as worded, both the
-- text's own words (date_text) and the date as the page shows it ("4 February 2022", "March 2024").
-- The 'simple' configuration: no stemming and no stop words, so "no limits" finds "no-limits" and
-- "has no limits"; HTML tags in passages (<sup>38</sup>) are skipped by the parser.
-- IMMUTABLE although to_char is only STABLE: 'Month' without the TM prefix is always English and a date
-- has no time zone, so the result never depends on a setting (what an expression index needs).
CREATE FUNCTION event_search_document(title text, passage text, date_text text, date_start date,
                                      date_precision text)
    RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
SELECT setweight(to_tsvector('simple', title), 'A')
    || to_tsvector('simple', date_text || ' ' || CASE date_precision
           WHEN 'day' THEN to_char(date_start, 'FMDD FMMonth YYYY')
           WHEN 'month' THEN to_char(date_start, 'FMMonth YYYY')
           ELSE '' END)
    || to_tsvector('simple', passage)
$$;

CREATE INDEX event_search_idx ON event
    USING gin (event_search_document(title, passage, date_text, date_start, precision))
    WHERE deleted_at IS NULL;
