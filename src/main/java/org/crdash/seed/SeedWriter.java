package org.crdash.seed;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crdash.base.Checked;
import org.crdash.base.CsvInput;
import org.crdash.base.FieldError;
import org.crdash.base.Origin;
import org.crdash.base.write.AuditedTable;
import org.crdash.base.write.Columns;
import org.crdash.base.write.VersionedWrites;
import org.crdash.base.write.VersionedWrites.RowState;
import org.crdash.event.EventInput;
import org.crdash.event.EventService;
import org.crdash.event.EventTable;
import org.crdash.event.EventValidator;
import org.crdash.seed.SeedReader.Row;
import org.crdash.seed.SeedReader.SeedRows;
import org.crdash.series.ObservationInput;
import org.crdash.series.ObservationTable;
import org.crdash.series.ObservationValidator;
import org.crdash.series.SeriesInput;
import org.crdash.series.SeriesService;
import org.crdash.series.SeriesTable;
import org.crdash.series.SeriesValidator;
import org.crdash.source.SourceInput;
import org.crdash.source.SourceService;
import org.crdash.source.SourceTable;
import org.crdash.source.SourceValidator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Checks the seed's rows with the same validators the forms, the API and the import use, and applies them to the
 * database, idempotently, through the one write path ({@link VersionedWrites}) with each feature's own table
 * description: new rows are inserted, rows the seed still owns (last written by the
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
    private final EventService events;
    private final SourceValidator sourceRules;
    private final SeriesValidator seriesRules;
    private final ObservationValidator observationRules;
    private final EventValidator eventRules;

    SeedWriter(VersionedWrites writes, JdbcClient jdbc, SourceService sources, SeriesService series,
               EventService events, SourceValidator sourceRules, SeriesValidator seriesRules,
               ObservationValidator observationRules, EventValidator eventRules) {
        this.writes = writes;
        this.jdbc = jdbc;
        this.sources = sources;
        this.series = series;
        this.events = events;
        this.sourceRules = sourceRules;
        this.seriesRules = seriesRules;
        this.observationRules = observationRules;
        this.eventRules = eventRules;
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

    /**
     * Checks every row with its entity's validator and writes the valid ones; problems are added to
     * {@code problems} (the caller rolls the transaction back if there are any).
     */
    Result write(SeedRows rows, List<String> problems) {
        Counter c = new Counter();
        for (Row<SourceInput> row : rows.sources()) {
            Long id = writes.lockBy(SourceTable.TABLE, "source_key", row.key()).map(RowState::id).orElse(null);
            valid(row, sourceRules.check(row.input(), id), problems).ifPresent(d ->
                    upsert(SourceTable.TABLE, "source_key", row.key(), SourceTable.columns(row.key(), d), c));
        }
        SeedLookups lookups = new SeedLookups(series.units(), events.categories(), sources);
        for (Row<SeriesInput> row : rows.series()) {
            Long id = writes.lockBy(SeriesTable.TABLE, "series_key", row.key()).map(RowState::id).orElse(null);
            valid(row, seriesRules.check(row.input(), id), problems).ifPresent(in -> lookups.add(series.findById(
                    upsert(SeriesTable.TABLE, "series_key", row.key(), SeriesTable.columns(in), c)).orElseThrow()));
        }
        Set<String> identities = new HashSet<>();
        for (Row<ObservationInput> row : rows.observations()) {
            if (!rows.brokenSources().contains(row.input().sourceKey())) {
                valid(row, observationRules.check(row.input(), null, lookups), problems)
                        .filter(d -> unique(row, identities, d.series().id() + "|" + d.period().label() + "|"
                                + d.quote().source().id() + "|" + d.quote().start() + "|" + d.quote().end(), problems))
                        .ifPresent(d -> upsert(ObservationTable.TABLE, "seed_key", row.key(),
                                ObservationTable.columns(d), c));
            }
        }
        for (Row<EventInput> row : rows.events()) {
            if (!rows.brokenSources().contains(row.input().sourceKey())) {
                valid(row, eventRules.check(row.input(), null, lookups), problems).ifPresent(d ->
                        upsert(EventTable.TABLE, "seed_key", row.key(), EventTable.columns(d), c));
            }
        }
        Set<String> observationKeys = new HashSet<>();
        rows.observations().forEach(r -> observationKeys.add(r.key()));
        Set<String> eventKeys = new HashSet<>();
        rows.events().forEach(r -> eventKeys.add(r.key()));
        retireVanished(ObservationTable.TABLE, observationKeys, c);
        retireVanished(EventTable.TABLE, eventKeys, c);
        return c.result();
    }

    /**
     * The draft, or empty with each problem as "observations.csv line 12, column value: …" (the column the
     * component is read from), a passage's problem followed by the passage it is about.
     */
    private static <I extends Record, D> Optional<D> valid(Row<I> row, Checked<D> checked, List<String> problems) {
        for (FieldError e : checked.errors()) {
            String m = e.message();
            String quoted = e.field().startsWith("passage") && row.input() instanceof ObservationInput o
                    ? " — in " + o.sourceKey() + ": \"" + abbreviate(o.passage()) + "\""
                    : e.field().startsWith("passage") && row.input() instanceof EventInput ev
                    ? " — in " + ev.sourceKey() + ": \"" + abbreviate(ev.passage()) + "\"" : "";
            problems.add(row.where() + ", column " + CsvInput.column(row.input().getClass(), e.field()) + ": "
                    + Character.toLowerCase(m.charAt(0)) + m.substring(1) + quoted);
        }
        return Optional.ofNullable(checked.value());
    }

    private static boolean unique(Row<?> row, Set<String> identities, String identity, List<String> problems) {
        if (identities.add(identity)) {
            return true;
        }
        problems.add(row.where() + ": duplicate of an earlier row (same series, period, source and passage)");
        return false;
    }

    private static String abbreviate(String s) {
        return s == null || s.length() <= 120 ? s : s.substring(0, 117) + "...";
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
