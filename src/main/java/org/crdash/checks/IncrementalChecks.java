package org.crdash.checks;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brings the stored findings up to date with what changed since the last run, and only that. Triggers queue every
 * change in {@code check_dirty} (V133); a run takes the queue and recomputes:
 * <ul>
 * <li>"value not in its passage" for the changed observations only;</li>
 * <li>conflicts between values of the changed series, for the periods overlapping the changed ones, over the
 * (series, period) groups SQL finds to compare;</li>
 * <li>the arithmetic (growth, chains, units, parts, targets) for the series related to a changed one: the relation
 * graph's connected part, since a finding only ever compares series linked by relations.</li>
 * </ul>
 * Everything is recomputed when the checker itself changed (its classes' bytes are the stamp), on the first run,
 * and after a change of unit conversions or of a series' key.
 */
@Component
class IncrementalChecks {

    /** What a run did: for the log, the benchmark and the tests that it did not read everything. */
    record Run(boolean full, int claimsRead, int passagesChecked, int seriesChecked, int findingsWritten) {
        static final Run NONE = new Run(false, 0, 0, 0, 0);
    }

    private static final Logger log = LoggerFactory.getLogger(IncrementalChecks.class);
    private static final List<CheckKind> PASSAGE = List.of(CheckKind.NOT_IN_PASSAGE);
    private static final List<CheckKind> CONFLICTS = List.of(CheckKind.VALUE_CONFLICT, CheckKind.PERIOD_OVERLAP);
    private static final List<CheckKind> ARITHMETIC = Arrays.stream(CheckKind.values())
            .filter(k -> !PASSAGE.contains(k) && !CONFLICTS.contains(k) && k != CheckKind.EVENT_DATE_CONFLICT)
            .toList();

    /**
     * One queued change (V133, V134, V136): the period is the observation's before or after the change; an event's
     * change has only {@code eventId}.
     */
    private record Dirty(Long seriesId, Long observationId, LocalDate start, LocalDate end, Long eventId) {

        boolean everything() {
            return seriesId == null && eventId == null;
        }
    }

    private final JdbcClient jdbc;
    private final ClaimReader claims;
    private final FindingStore store;
    private final RelationRepository relations;
    private final EventDateReader events;
    private final Clock clock;

    IncrementalChecks(JdbcClient jdbc, ClaimReader claims, FindingStore store, RelationRepository relations,
                      EventDateReader events, Clock clock) {
        this.jdbc = jdbc;
        this.claims = claims;
        this.store = store;
        this.relations = relations;
        this.events = events;
        this.clock = clock;
    }

    /** Whether anything is to be done: two index lookups, whatever the size of the data. */
    boolean current() {
        return jdbc.sql("SELECT NOT EXISTS (SELECT 1 FROM check_dirty) AND (SELECT stamp FROM check_state "
                + "WHERE id = 1) IS NOT DISTINCT FROM ?").param(EngineVersion.STAMP).query(Boolean.class).single();
    }

    /** Recomputes what changed; one instance at a time. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Run run() {
        if (current()) {
            return Run.NONE;
        }
        jdbc.sql("SELECT pg_advisory_xact_lock(8152)").query().listOfRows();
        // what is taken here is done in this transaction; what commits meanwhile stays queued for the next run
        List<Dirty> dirty = jdbc.sql("DELETE FROM check_dirty RETURNING series_id, observation_id, period_start, "
                + "period_end, event_id").query((rs, n) -> new Dirty((Long) rs.getObject(1), (Long) rs.getObject(2),
                rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class), (Long) rs.getObject(5))).list();
        boolean stale = !EngineVersion.STAMP.equals(store.storedStamp());
        if (dirty.isEmpty() && !stale) {
            return Run.NONE; // another instance did it while this one waited
        }
        boolean full = stale || dirty.stream().anyMatch(Dirty::everything);
        Timestamp now = Timestamp.from(clock.instant());
        long started = System.nanoTime();
        Run run = full ? all(now) : changed(dirty, now);
        store.saveStamp(EngineVersion.STAMP, now);
        long ms = (System.nanoTime() - started) / 1_000_000;
        if (full || ms > 1_000) {
            log.info("Claim checks {} in {} ms: {} claims read, {} passages checked, {} series, {} findings written",
                    full ? "recomputed" : "updated", ms, run.claimsRead(), run.passagesChecked(), run.seriesChecked(),
                    run.findingsWritten());
        }
        return run;
    }

    private Run all(Timestamp now) {
        store.deleteAll();
        Counter count = new Counter();
        UnitConversions units = relations.conversions();
        claims.all(page -> count.passages(page, units, now));
        Map<String, Long> ids = seriesIds();
        List<Claim> conflicting = claims.conflicting(ids.values());
        count.claims += conflicting.size();
        count.write(ValueConflicts.find(new CheckData(conflicting)), now);
        List<SeriesRelation> all = relations.findAll();
        Set<Long> related = related(new HashSet<>(ids.values()), ids, all);
        count.write(EventDates.find(events.all()), now);
        return arithmetic(related, ids, all, units, count, now, true);
    }

    private Run changed(List<Dirty> dirty, Timestamp now) {
        Counter count = new Counter();
        events(dirty.stream().map(Dirty::eventId).filter(id -> id != null).collect(Collectors.toSet()), count, now);
        dirty = dirty.stream().filter(d -> d.seriesId() != null).toList();
        if (dirty.isEmpty()) {
            return new Run(false, count.claims, 0, 0, count.written);
        }
        Set<Long> observations = new HashSet<>();
        Set<Long> wholeSeries = new HashSet<>();
        Set<Long> touched = new HashSet<>();
        for (Dirty d : dirty) {
            touched.add(d.seriesId());
            if (d.observationId() == null) {
                wholeSeries.add(d.seriesId());
            } else {
                observations.add(d.observationId());
            }
        }
        List<Dirty> periods = dirty.stream().filter(d -> d.start() != null && !wholeSeries.contains(d.seriesId()))
                .distinct().toList();
        ClaimReader.Periods near = new ClaimReader.Periods(periods.stream().map(Dirty::seriesId).toList(),
                periods.stream().map(Dirty::start).toList(), periods.stream().map(Dirty::end).toList());
        Map<String, Long> ids = seriesIds();
        List<String> wholeKeys = keysOf(wholeSeries, ids);
        UnitConversions units = relations.conversions();
        // the passages of the changed observations
        store.delete(PASSAGE, observations, wholeKeys);
        claims.ofObservations(observations, page -> count.passages(page, units, now));
        if (!wholeSeries.isEmpty()) {
            claims.ofSeries(wholeSeries, page -> count.passages(page, units, now));
        }
        // conflicts within the changed series, near the changed periods
        store.delete(CONFLICTS, observations, wholeKeys);
        store.deleteNear(CONFLICTS, near);
        List<Claim> conflicting = new ArrayList<>();
        if (!wholeSeries.isEmpty()) {
            conflicting.addAll(claims.conflicting(wholeSeries));
        }
        if (!near.isEmpty()) {
            conflicting.addAll(claims.conflictingNear(near));
        }
        conflicting = conflicting.stream().distinct().sorted(ClaimReader.ORDER).toList();
        count.claims += conflicting.size();
        count.write(ValueConflicts.find(new CheckData(conflicting)), now);
        // the arithmetic of the series related to a changed one (only related series have such findings)
        List<SeriesRelation> all = relations.findAll();
        Set<Long> related = related(touched, ids, all);
        Set<Long> drop = new HashSet<>(related);
        drop.addAll(wholeSeries); // a removed relation leaves a series unrelated, with findings to drop
        store.delete(ARITHMETIC, observations, keysOf(drop, ids));
        return arithmetic(related, ids, all, units, count, now, false);
    }

    /**
     * The event date conflicts of the changed events: a finding compares two events only, so those comparing a
     * changed one are dropped and each changed event is compared again with the events of its category.
     */
    private void events(Set<Long> changed, Counter count, Timestamp now) {
        if (changed.isEmpty()) {
            return;
        }
        store.deleteOfEvents(changed);
        List<EventDates.Dated> near = events.ofCategories(events.categoriesOf(changed));
        count.claims += near.size();
        count.write(EventDates.find(near.stream().filter(e -> changed.contains(e.id())).toList(), near), now);
    }

    /** The arithmetic between these of the related series. */
    private Run arithmetic(Set<Long> seriesIds, Map<String, Long> ids, List<SeriesRelation> all,
                           UnitConversions units, Counter count, Timestamp now, boolean full) {
        List<Claim> related = new ArrayList<>();
        if (!seriesIds.isEmpty()) {
            claims.ofSeries(seriesIds, related::addAll);
        }
        related.sort(ClaimReader.ORDER);
        count.claims += related.size();
        count.write(CheckEngine.arithmetic(new CheckData(related, all, units)), now);
        return new Run(full, count.claims, count.passages, seriesIds.size(), count.written);
    }

    /**
     * The series whose findings a change of {@code touched} can alter: those and every series linked to one of
     * them through relations, directly or not (shares of one named whole are linked to each other).
     */
    private Set<Long> related(Set<Long> touched, Map<String, Long> ids, List<SeriesRelation> all) {
        Map<String, Set<String>> links = new HashMap<>();
        for (SeriesRelation r : all) {
            String other = r.ofSeriesKey() != null ? r.ofSeriesKey() : "whole:" + r.whole();
            links.computeIfAbsent(r.seriesKey(), k -> new HashSet<>()).add(other);
            links.computeIfAbsent(other, k -> new HashSet<>()).add(r.seriesKey());
        }
        Map<Long, String> keys = new HashMap<>();
        ids.forEach((k, id) -> keys.put(id, k));
        Set<String> reached = new LinkedHashSet<>();
        List<String> todo = new ArrayList<>(touched.stream().map(keys::get).filter(links::containsKey).toList());
        while (!todo.isEmpty()) {
            String k = todo.removeLast();
            if (reached.add(k)) {
                todo.addAll(links.getOrDefault(k, Set.of()));
            }
        }
        Set<Long> result = new HashSet<>();
        reached.stream().map(ids::get).filter(id -> id != null).forEach(result::add);
        return result;
    }

    /** Every series' id by key, deleted ones too (their findings are removed by key). */
    private Map<String, Long> seriesIds() {
        Map<String, Long> ids = new HashMap<>();
        jdbc.sql("SELECT id, series_key FROM series").query(rs -> {
            ids.put(rs.getString("series_key"), rs.getLong("id"));
        });
        return ids;
    }

    private static List<String> keysOf(Set<Long> seriesIds, Map<String, Long> ids) {
        return ids.entrySet().stream().filter(e -> seriesIds.contains(e.getValue())).map(Map.Entry::getKey).toList();
    }

    /** Counts what a run reads and writes. */
    private final class Counter {
        int claims;
        int passages;
        int written;

        void passages(List<Claim> page, UnitConversions units, Timestamp now) {
            claims += page.size();
            passages += page.size();
            write(PassageCheck.find(new CheckData(page, List.of(), units)), now);
        }

        void write(List<Finding> findings, Timestamp now) {
            store.insert(findings, now);
            written += findings.size();
        }
    }
}
