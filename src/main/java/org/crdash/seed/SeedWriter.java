package org.crdash.seed;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.crdash.base.AuditLog;
import org.crdash.base.AuditLog.Action;
import org.crdash.base.AuditLog.Entity;
import org.crdash.seed.SeedData.SeedEvent;
import org.crdash.seed.SeedData.SeedObservation;
import org.crdash.seed.SeedData.SeedSeries;
import org.crdash.seed.SeedData.SeedSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Applies validated seed data to the database, idempotently: new rows are inserted, rows the seed still owns
 * (last written by the seed, not deleted) are updated when the seed files changed, rows a user has edited or
 * deleted are left alone, and seeded rows that vanished from the files are soft-deleted (and restored if they
 * reappear). Every change is audited.
 */
@Repository
class SeedWriter {

    static final String ACTOR = "seed";

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    SeedWriter(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    record Result(int inserted, int updated, int deleted, int keptUserChanges) {
    }

    private final class Counter {
        int inserted;
        int updated;
        int deleted;
        int kept;

        Result result() {
            return new Result(inserted, updated, deleted, kept);
        }
    }

    Result write(SeedData data) {
        Counter c = new Counter();
        Map<String, Long> sourceIds = new HashMap<>();
        for (SeedSource s : data.sources()) {
            sourceIds.put(s.key(), upsertSource(s, c));
        }
        Map<String, Long> seriesIds = new HashMap<>();
        for (SeedSeries s : data.series()) {
            seriesIds.put(s.key(), upsertSeries(s, c));
        }
        Set<String> observationKeys = new HashSet<>();
        for (SeedObservation o : data.observations()) {
            observationKeys.add(o.seedKey());
            upsertObservation(o, seriesIds.get(o.seriesKey()), sourceIds.get(o.sourceKey()), c);
        }
        Set<String> eventKeys = new HashSet<>();
        for (SeedEvent e : data.events()) {
            eventKeys.add(e.seedKey());
            upsertEvent(e, sourceIds.get(e.sourceKey()), c);
        }
        retireVanished(Entity.observation, observationKeys, c);
        retireVanished(Entity.event, eventKeys, c);
        return c.result();
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }

    private long upsertSource(SeedSource s, Counter c) {
        Optional<Map<String, Object>> row = jdbc.sql("""
                SELECT id, title, author, publisher, published_start, published_precision, published_text, url,
                       sha256, updated_by FROM source WHERE source_key = ?""")
                .param(s.key()).query().listOfRows().stream().findFirst();
        if (row.isEmpty()) {
            long id = jdbc.sql("""
                    INSERT INTO source (source_key, title, author, publisher, published_start, published_precision,
                        published_text, url, full_text, sha256, origin, created_at, created_by, updated_at, updated_by)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'seeded', ?, ?, ?, ?) RETURNING id""")
                    .params(s.key(), s.title(), s.author(), s.publisher(), s.publishedStart(),
                            s.publishedPrecision().code(), s.publishedText(), s.url(), s.text(), s.sha256(),
                            now(), ACTOR, now(), ACTOR)
                    .query(Long.class).single();
            audit.record(ACTOR, Action.create, Entity.source, id, null);
            c.inserted++;
            return id;
        }
        Map<String, Object> r = row.get();
        long id = ((Number) r.get("id")).longValue();
        boolean same = Objects.equals(r.get("title"), s.title()) && Objects.equals(r.get("author"), s.author())
                && Objects.equals(r.get("publisher"), s.publisher())
                && Objects.equals(toLocalDate(r.get("published_start")), s.publishedStart())
                && Objects.equals(r.get("published_precision"), s.publishedPrecision().code())
                && Objects.equals(r.get("published_text"), s.publishedText())
                && Objects.equals(r.get("url"), s.url()) && Objects.equals(r.get("sha256"), s.sha256());
        if (same) {
            return id;
        }
        if (!ACTOR.equals(r.get("updated_by"))) {
            c.kept++;
            return id;
        }
        String old = audit.snapshot(Entity.source, id).orElseThrow();
        jdbc.sql("""
                UPDATE source SET title = ?, author = ?, publisher = ?, published_start = ?, published_precision = ?,
                    published_text = ?, url = ?, full_text = ?, sha256 = ?, version = version + 1,
                    updated_at = ?, updated_by = ? WHERE id = ?""")
                .params(s.title(), s.author(), s.publisher(), s.publishedStart(), s.publishedPrecision().code(),
                        s.publishedText(), s.url(), s.text(), s.sha256(), now(), ACTOR, id)
                .update();
        audit.record(ACTOR, Action.update, Entity.source, id, old);
        c.updated++;
        return id;
    }

    private long upsertSeries(SeedSeries s, Counter c) {
        Optional<Map<String, Object>> row = jdbc.sql(
                        "SELECT id, name, unit, category, description, updated_by FROM series WHERE series_key = ?")
                .param(s.key()).query().listOfRows().stream().findFirst();
        if (row.isEmpty()) {
            long id = jdbc.sql("""
                    INSERT INTO series (series_key, name, unit, category, description, origin,
                        created_at, created_by, updated_at, updated_by)
                    VALUES (?, ?, ?, ?, ?, 'seeded', ?, ?, ?, ?) RETURNING id""")
                    .params(s.key(), s.name(), s.unit(), s.category(), s.description(), now(), ACTOR, now(), ACTOR)
                    .query(Long.class).single();
            audit.record(ACTOR, Action.create, Entity.series, id, null);
            c.inserted++;
            return id;
        }
        Map<String, Object> r = row.get();
        long id = ((Number) r.get("id")).longValue();
        boolean same = Objects.equals(r.get("name"), s.name()) && Objects.equals(r.get("unit"), s.unit())
                && Objects.equals(r.get("category"), s.category())
                && Objects.equals(r.get("description"), s.description());
        if (same) {
            return id;
        }
        if (!ACTOR.equals(r.get("updated_by"))) {
            c.kept++;
            return id;
        }
        String old = audit.snapshot(Entity.series, id).orElseThrow();
        jdbc.sql("""
                UPDATE series SET name = ?, unit = ?, category = ?, description = ?, version = version + 1,
                    updated_at = ?, updated_by = ? WHERE id = ?""")
                .params(s.name(), s.unit(), s.category(), s.description(), now(), ACTOR, id).update();
        audit.record(ACTOR, Action.update, Entity.series, id, old);
        c.updated++;
        return id;
    }

    private void upsertObservation(SeedObservation o, long seriesId, long sourceId, Counter c) {
        Optional<Map<String, Object>> row = jdbc.sql("""
                SELECT id, series_id, period_label, value, qualifier, source_id, passage_start, passage_end, note,
                       updated_by, deleted_at, deleted_by FROM observation WHERE seed_key = ?""")
                .param(o.seedKey()).query().listOfRows().stream().findFirst();
        if (row.isEmpty()) {
            long id = jdbc.sql("""
                    INSERT INTO observation (series_id, period_label, period_start, period_end, precision, value,
                        qualifier, source_id, passage, passage_start, passage_end, note, origin, seed_key,
                        created_at, created_by, updated_at, updated_by)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'seeded', ?, ?, ?, ?, ?) RETURNING id""")
                    .params(seriesId, o.period().label(), o.period().start(), o.period().end(),
                            o.period().precision().code(), o.value(), o.qualifier().code(), sourceId, o.passage(),
                            o.passageStart(), o.passageEnd(), o.note(), o.seedKey(), now(), ACTOR, now(), ACTOR)
                    .query(Long.class).single();
            audit.record(ACTOR, Action.create, Entity.observation, id, null);
            c.inserted++;
            return;
        }
        Map<String, Object> r = row.get();
        long id = ((Number) r.get("id")).longValue();
        boolean same = ((Number) r.get("series_id")).longValue() == seriesId
                && Objects.equals(r.get("period_label"), o.period().label())
                && ((BigDecimal) r.get("value")).compareTo(o.value()) == 0
                && Objects.equals(r.get("qualifier"), o.qualifier().code())
                && ((Number) r.get("source_id")).longValue() == sourceId
                && ((Number) r.get("passage_start")).intValue() == o.passageStart()
                && ((Number) r.get("passage_end")).intValue() == o.passageEnd()
                && Objects.equals(r.get("note"), o.note());
        boolean retired = retiredBySeed(r);
        if (same && !retired) {
            return;
        }
        if (!retired && (r.get("deleted_at") != null || !ACTOR.equals(r.get("updated_by")))) {
            c.kept++;
            return;
        }
        String old = audit.snapshot(Entity.observation, id).orElseThrow();
        jdbc.sql("""
                UPDATE observation SET series_id = ?, period_label = ?, period_start = ?, period_end = ?,
                    precision = ?, value = ?, qualifier = ?, source_id = ?, passage = ?, passage_start = ?,
                    passage_end = ?, note = ?, deleted_at = NULL, deleted_by = NULL, version = version + 1,
                    updated_at = ?, updated_by = ?
                WHERE id = ?""")
                .params(seriesId, o.period().label(), o.period().start(), o.period().end(),
                        o.period().precision().code(), o.value(), o.qualifier().code(), sourceId, o.passage(),
                        o.passageStart(), o.passageEnd(), o.note(), now(), ACTOR, id)
                .update();
        audit.record(ACTOR, retired ? Action.restore : Action.update, Entity.observation, id, old);
        c.updated++;
    }

    private void upsertEvent(SeedEvent e, long sourceId, Counter c) {
        Optional<Map<String, Object>> row = jdbc.sql("""
                SELECT id, date_label, date_text, title, category, source_id, passage_start, passage_end, note,
                       updated_by, deleted_at, deleted_by FROM event WHERE seed_key = ?""")
                .param(e.seedKey()).query().listOfRows().stream().findFirst();
        if (row.isEmpty()) {
            long id = jdbc.sql("""
                    INSERT INTO event (date_label, date_start, date_end, precision, date_text, title, category,
                        source_id, passage, passage_start, passage_end, note, origin, seed_key,
                        created_at, created_by, updated_at, updated_by)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'seeded', ?, ?, ?, ?, ?) RETURNING id""")
                    .params(e.date().label(), e.date().start(), e.date().end(), e.date().precision().code(),
                            e.dateText(), e.title(), e.category(), sourceId, e.passage(), e.passageStart(),
                            e.passageEnd(), e.note(), e.seedKey(), now(), ACTOR, now(), ACTOR)
                    .query(Long.class).single();
            audit.record(ACTOR, Action.create, Entity.event, id, null);
            c.inserted++;
            return;
        }
        Map<String, Object> r = row.get();
        long id = ((Number) r.get("id")).longValue();
        boolean same = Objects.equals(r.get("date_label"), e.date().label())
                && Objects.equals(r.get("date_text"), e.dateText()) && Objects.equals(r.get("title"), e.title())
                && Objects.equals(r.get("category"), e.category())
                && ((Number) r.get("source_id")).longValue() == sourceId
                && ((Number) r.get("passage_start")).intValue() == e.passageStart()
                && ((Number) r.get("passage_end")).intValue() == e.passageEnd()
                && Objects.equals(r.get("note"), e.note());
        boolean retired = retiredBySeed(r);
        if (same && !retired) {
            return;
        }
        if (!retired && (r.get("deleted_at") != null || !ACTOR.equals(r.get("updated_by")))) {
            c.kept++;
            return;
        }
        String old = audit.snapshot(Entity.event, id).orElseThrow();
        jdbc.sql("""
                UPDATE event SET date_label = ?, date_start = ?, date_end = ?, precision = ?, date_text = ?,
                    title = ?, category = ?, source_id = ?, passage = ?, passage_start = ?, passage_end = ?,
                    note = ?, deleted_at = NULL, deleted_by = NULL, version = version + 1, updated_at = ?,
                    updated_by = ?
                WHERE id = ?""")
                .params(e.date().label(), e.date().start(), e.date().end(), e.date().precision().code(),
                        e.dateText(), e.title(), e.category(), sourceId, e.passage(), e.passageStart(),
                        e.passageEnd(), e.note(), now(), ACTOR, id)
                .update();
        audit.record(ACTOR, retired ? Action.restore : Action.update, Entity.event, id, old);
        c.updated++;
    }

    /** Soft-deleted by the seed itself (it vanished from the files), not by a user: it comes back with the files. */
    private static boolean retiredBySeed(Map<String, Object> row) {
        return row.get("deleted_at") != null && ACTOR.equals(row.get("deleted_by"))
                && ACTOR.equals(row.get("updated_by"));
    }

    /** Seeded rows no longer in the files are soft-deleted, unless a user has taken them over. */
    private void retireVanished(Entity entity, Set<String> keys, Counter c) {
        List<Map<String, Object>> rows = jdbc.sql("SELECT id, seed_key FROM " + entity.name()
                        + " WHERE seed_key IS NOT NULL AND deleted_at IS NULL AND updated_by = ?")
                .param(ACTOR).query().listOfRows();
        for (Map<String, Object> r : rows) {
            if (keys.contains((String) r.get("seed_key"))) {
                continue;
            }
            long id = ((Number) r.get("id")).longValue();
            String old = audit.snapshot(entity, id).orElseThrow();
            jdbc.sql("UPDATE " + entity.name() + " SET deleted_at = ?, deleted_by = ?, version = version + 1, "
                            + "updated_at = ?, updated_by = ? WHERE id = ?")
                    .params(now(), ACTOR, now(), ACTOR, id).update();
            audit.record(ACTOR, Action.delete, entity, id, old);
            c.deleted++;
        }
    }

    private static java.time.LocalDate toLocalDate(Object o) {
        return o instanceof java.sql.Date d ? d.toLocalDate() : (java.time.LocalDate) o;
    }
}
