-- Events feed the claim checker too: two sources dating the same event differently is a finding
-- (checks/EventDates.java). A changed event is queued with its id (series and observation null); its findings are
-- found again by the events they compare (event_ids), as the others are by their observations.
ALTER TABLE check_dirty ADD COLUMN event_id bigint;
ALTER TABLE check_finding ADD COLUMN event_ids bigint[] NOT NULL DEFAULT '{}';
CREATE INDEX check_finding_events_idx ON check_finding USING gin (event_ids);

CREATE FUNCTION check_mark_event() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO check_dirty (event_id) VALUES (NEW.id);
    END IF;
    IF TG_OP = 'DELETE' THEN
        INSERT INTO check_dirty (event_id) VALUES (OLD.id);
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER event_check_dirty AFTER INSERT OR UPDATE OR DELETE ON event
    FOR EACH ROW EXECUTE FUNCTION check_mark_event();

-- A source's key is shown in every finding quoting it: its events' findings too.
CREATE OR REPLACE FUNCTION check_mark_source() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.source_key IS DISTINCT FROM NEW.source_key THEN
        INSERT INTO check_dirty (series_id, observation_id)
        SELECT DISTINCT series_id, NULL::bigint FROM observation WHERE source_id = NEW.id;
        INSERT INTO check_dirty (event_id) SELECT id FROM event WHERE source_id = NEW.id;
    END IF;
    RETURN NULL;
END;
$$;
