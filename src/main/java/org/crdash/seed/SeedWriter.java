package org.crdash.seed;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crdash.base.Origin;
import org.crdash.base.write.AuditedTable;
import org.crdash.base.write.Columns;
import org.crdash.base.write.VersionedWrites;
import org.crdash.base.write.VersionedWrites.RowState;
import org.crdash.event.EventTable;
import org.crdash.event.EventValidator.EventDraft;
import org.crdash.seed.SeedData.SeedEvent;
import org.crdash.seed.SeedData.SeedObservation;
import org.crdash.seed.SeedData.SeedSeries;
import org.crdash.seed.SeedData.SeedSource;
import org.crdash.series.ObservationTable;
import org.crdash.series.ObservationValidator.ObservationDraft;
import org.crdash.series.Series;
import org.crdash.series.SeriesInput;
import org.crdash.series.SeriesService;
import org.crdash.series.SeriesTable;
import org.crdash.source.QuotedPassage;
import org.crdash.source.Source;
import org.crdash.source.SourceService;
import org.crdash.source.SourceTable;
import org.crdash.source.SourceValidator.SourceDraft;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Applies validated seed data to the database, idempotently, through the one write path ({@link VersionedWrites})
 * with each feature's own table description: new rows are inserted, rows the seed still owns (last written by the
 * seed, not deleted) are overwritten when the seed files changed, rows a user has edited or deleted are left alone,
 * and seeded rows that vanished from the files are soft-deleted (and restored if they reappear).
 */
@Component
class SeedWriter {

    static final String ACTOR = "seed";

    private final VersionedWrites writes;
    private final JdbcClient jdbc;
    private final SourceService sources;
    private final SeriesService series;

    SeedWriter(VersionedWrites writes, JdbcClient jdbc, SourceService sources, SeriesService series) {
        this.writes = writes;
        this.jdbc = jdbc;
        this.sources = sources;
        this.series = series;
    }

    record Result(int inserted, int updated, int deleted, int keptUserChanges) {
    }

    private static final class Counter {
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
        Map<String, Source> sourceByKey = new HashMap<>();
        for (SeedSource s : data.sources()) {
            SourceDraft d = new SourceDraft(s.title(), s.author(), s.publisher(), s.publishedStart(),
                    s.publishedPrecision(), s.publishedText(), s.url(), s.text(), s.sha256());
            long id = upsert(SourceTable.TABLE, "source_key", s.key(), SourceTable.columns(s.key(), d), c);
            sourceByKey.put(s.key(), sources.findById(id).orElseThrow());
        }
        Map<String, Series> seriesByKey = new HashMap<>();
        for (SeedSeries s : data.series()) {
            SeriesInput in = new SeriesInput(s.key(), s.name(), s.unit(), s.category(), s.description());
            long id = upsert(SeriesTable.TABLE, "series_key", s.key(), SeriesTable.columns(in), c);
            seriesByKey.put(s.key(), series.findById(id).orElseThrow());
        }
        Set<String> observationKeys = new HashSet<>();
        for (SeedObservation o : data.observations()) {
            observationKeys.add(o.seedKey());
            QuotedPassage quote = new QuotedPassage(sourceByKey.get(o.sourceKey()), o.passage(), o.passageStart(),
                    o.passageEnd());
            ObservationDraft d = new ObservationDraft(seriesByKey.get(o.seriesKey()), o.period(), o.value(),
                    o.qualifier(), o.note(), quote);
            upsert(ObservationTable.TABLE, "seed_key", o.seedKey(), ObservationTable.columns(d), c);
        }
        Set<String> eventKeys = new HashSet<>();
        for (SeedEvent e : data.events()) {
            eventKeys.add(e.seedKey());
            QuotedPassage quote = new QuotedPassage(sourceByKey.get(e.sourceKey()), e.passage(), e.passageStart(),
                    e.passageEnd());
            EventDraft d = new EventDraft(e.date(), e.dateText(), e.title(), e.category(), e.note(), quote);
            upsert(EventTable.TABLE, "seed_key", e.seedKey(), EventTable.columns(d), c);
        }
        retireVanished(ObservationTable.TABLE, observationKeys, c);
        retireVanished(EventTable.TABLE, eventKeys, c);
        return c.result();
    }

    /**
     * Inserts the row with natural key {@code keyColumn = key}, or brings a row the seed owns up to the files.
     *
     * @return the row's id
     */
    private long upsert(AuditedTable t, String keyColumn, String key, Columns values, Counter c) {
        Optional<RowState> found = writes.lockBy(t, keyColumn, key);
        if (found.isEmpty()) {
            if (!values.names().contains(keyColumn)) {
                values.put(keyColumn, key);
            }
            c.inserted++;
            return writes.insert(t, values, Origin.SEEDED, ACTOR);
        }
        RowState s = found.get();
        boolean retired = retiredBySeed(s);
        if (!retired && !writes.differs(t, s.id(), values)) {
            return s.id();
        }
        if (!retired && (s.deleted() || !ACTOR.equals(s.updatedBy()))) {
            c.kept++;
            return s.id();
        }
        writes.overwrite(t, s.id(), values, ACTOR);
        c.updated++;
        return s.id();
    }

    /** Soft-deleted by the seed itself (it vanished from the files), not by a user: it comes back with the files. */
    private static boolean retiredBySeed(RowState s) {
        return s.deleted() && ACTOR.equals(s.deletedBy()) && ACTOR.equals(s.updatedBy());
    }

    /** Seeded rows no longer in the files are soft-deleted, unless a user has taken them over. */
    private void retireVanished(AuditedTable t, Set<String> keys, Counter c) {
        List<Map<String, Object>> rows = jdbc.sql("SELECT id, seed_key FROM " + t.entity().name()
                        + " WHERE seed_key IS NOT NULL AND deleted_at IS NULL AND updated_by = ? ORDER BY id")
                .param(ACTOR).query().listOfRows();
        for (Map<String, Object> r : rows) {
            if (!keys.contains((String) r.get("seed_key"))) {
                long id = ((Number) r.get("id")).longValue();
                writes.delete(t, id, writes.lock(t, id).orElseThrow().version(), ACTOR);
                c.deleted++;
            }
        }
    }
}
