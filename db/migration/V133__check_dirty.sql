-- What changed since the claim checker last ran: the queue its incremental recompute works off. Triggers fill it
-- on every write of every way in (forms, API, import, seed, delete, restore, and plain SQL), so no writer has to
-- tell the checker and no read has to scan the data to find out whether anything changed.
--   observation_id set:          that observation (and its series) changed
--   only series_id set:          the whole series changed (its name or unit, a relation, a bulk write)
--   both null:                   everything (a unit conversion, a series' key)
-- The checker takes the rows it processes with DELETE … RETURNING, so a write committed meanwhile stays queued.
CREATE TABLE check_dirty (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    series_id      bigint,
    observation_id bigint,
    CHECK (observation_id IS NULL OR series_id IS NOT NULL)
);

-- One statement-level trigger per event (transition tables allow only one event each). A statement that writes more
-- than 1000 observations marks their series whole instead of every row.
CREATE FUNCTION check_mark_observations() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO check_dirty (series_id, observation_id)
        SELECT DISTINCT r.series_id, CASE WHEN n.c > 1000 THEN NULL ELSE r.id END
        FROM new_rows r, (SELECT count(*) AS c FROM new_rows) n;
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        INSERT INTO check_dirty (series_id, observation_id)
        SELECT DISTINCT r.series_id, CASE WHEN n.c > 1000 THEN NULL ELSE r.id END
        FROM old_rows r, (SELECT count(*) AS c FROM old_rows) n;
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER observation_check_dirty_insert AFTER INSERT ON observation
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION check_mark_observations();
CREATE TRIGGER observation_check_dirty_update AFTER UPDATE ON observation
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION check_mark_observations();
CREATE TRIGGER observation_check_dirty_delete AFTER DELETE ON observation
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION check_mark_observations();

-- A series' name and unit are part of its findings; a new key (or a removed series) means everything is redone.
CREATE FUNCTION check_mark_series() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' OR OLD.series_key IS DISTINCT FROM NEW.series_key THEN
        INSERT INTO check_dirty (series_id, observation_id) VALUES (NULL, NULL);
    ELSIF (OLD.name, OLD.unit, OLD.deleted_at) IS DISTINCT FROM (NEW.name, NEW.unit, NEW.deleted_at) THEN
        INSERT INTO check_dirty (series_id, observation_id) VALUES (NEW.id, NULL);
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER series_check_dirty AFTER UPDATE OR DELETE ON series
    FOR EACH ROW EXECUTE FUNCTION check_mark_series();

-- A source's key is shown in every finding quoting it.
CREATE FUNCTION check_mark_source() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.source_key IS DISTINCT FROM NEW.source_key THEN
        INSERT INTO check_dirty (series_id, observation_id)
        SELECT DISTINCT series_id, NULL::bigint FROM observation WHERE source_id = NEW.id;
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER source_check_dirty AFTER UPDATE ON source
    FOR EACH ROW EXECUTE FUNCTION check_mark_source();

-- A relation changes which series are compared with which: both ends are checked again.
CREATE FUNCTION check_mark_relation() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO check_dirty (series_id, observation_id) VALUES (NEW.series_id, NULL);
        IF NEW.of_series_id IS NOT NULL THEN
            INSERT INTO check_dirty (series_id, observation_id) VALUES (NEW.of_series_id, NULL);
        END IF;
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        INSERT INTO check_dirty (series_id, observation_id) VALUES (OLD.series_id, NULL);
        IF OLD.of_series_id IS NOT NULL THEN
            INSERT INTO check_dirty (series_id, observation_id) VALUES (OLD.of_series_id, NULL);
        END IF;
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER series_relation_check_dirty AFTER INSERT OR UPDATE OR DELETE ON series_relation
    FOR EACH ROW EXECUTE FUNCTION check_mark_relation();

CREATE FUNCTION check_mark_all() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO check_dirty (series_id, observation_id) VALUES (NULL, NULL);
    RETURN NULL;
END;
$$;

CREATE TRIGGER unit_conversion_check_dirty AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON unit_conversion
    FOR EACH STATEMENT EXECUTE FUNCTION check_mark_all();

-- The findings of one observation or series are found without reading them all.
CREATE INDEX check_finding_series_idx ON check_finding USING gin (series_keys);
