package org.crdash.checks;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brings the stored findings up to date with what changed since the last run, and only that. Triggers queue every
 * change in {@code check_dirty} (V133); a run takes the queue and recomputes:
 * <ul>
 * <li>"value not in its passage" for the changed observations only;</li>
 * <li>conflicts between values of the changed series, over the (series, period) groups SQL finds to compare;</li>
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

    private final JdbcClient jdbc;
    private final ClaimReader claims;
    private final FindingStore store;
    private final RelationRepository relations;
    private final Clock clock;

    IncrementalChecks(JdbcClient jdbc, ClaimReader claims, FindingStore store, RelationRepository relations,
                      Clock clock) {
        this.jdbc = jdbc;
        this.claims = claims;
        this.store = store;
        this.relations = relations;
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
        List<Long[]> dirty = jdbc.sql("DELETE FROM check_dirty RETURNING series_id, observation_id")
                .query((rs, n) -> new Long[] {(Long) rs.getObject(1), (Long) rs.getObject(2)}).list();
        boolean stale = !EngineVersion.STAMP.equals(store.storedStamp());
        if (dirty.isEmpty() && !stale) {
            return Run.NONE; // another instance did it while this one waited
        }
        boolean full = stale || dirty.stream().anyMatch(d -> d[0] == null);
        Timestamp now = Timestamp.from(clock.instant());
        Run run = full ? all(now) : changed(dirty, now);
        store.saveStamp(EngineVersion.STAMP, now);
        return run;
    }

    private Run all(Timestamp now) {
        store.deleteAll();
        Counter count = new Counter();
        UnitConversions units = relations.conversions();
        claims.all(page -> count.passages(page, units, now));
        Map<String, Long> ids = seriesIds();
        return checkSeries(new HashSet<>(ids.values()), ids, units, count, now, true);
    }

    private Run changed(List<Long[]> dirty, Timestamp now) {
        Set<Long> observations = new HashSet<>();
        Set<Long> wholeSeries = new HashSet<>();
        Set<Long> touched = new HashSet<>();
        for (Long[] d : dirty) {
            touched.add(d[0]);
            (d[1] == null ? wholeSeries : observations).add(d[1] == null ? d[0] : d[1]);
        }
        Map<String, Long> ids = seriesIds();
        List<String> wholeKeys = keysOf(wholeSeries, ids);
        store.delete(true, observations, wholeKeys);
        Counter count = new Counter();
        UnitConversions units = relations.conversions();
        claims.ofObservations(observations, page -> count.passages(page, units, now));
        if (!wholeSeries.isEmpty()) {
            claims.ofSeries(wholeSeries, page -> count.passages(page, units, now));
        }
        Set<Long> related = related(touched, ids);
        store.delete(false, observations, keysOf(related, ids));
        return checkSeries(related, ids, units, count, now, false);
    }

    /** Conflicts within each series, and the arithmetic between related ones. */
    private Run checkSeries(Set<Long> seriesIds, Map<String, Long> ids, UnitConversions units, Counter count,
                            Timestamp now, boolean full) {
        List<Claim> conflicting = claims.conflicting(seriesIds);
        count.claims += conflicting.size();
        count.write(ValueConflicts.find(new CheckData(conflicting)), now);
        List<SeriesRelation> all = relations.findAll();
        Set<Long> relatedSeries = new HashSet<>();
        for (SeriesRelation r : all) {
            for (String key : new String[] {r.seriesKey(), r.ofSeriesKey()}) {
                Long id = key == null ? null : ids.get(key);
                if (id != null && seriesIds.contains(id)) {
                    relatedSeries.add(id);
                }
            }
        }
        List<Claim> related = new ArrayList<>();
        if (!relatedSeries.isEmpty()) {
            claims.ofSeries(relatedSeries, related::addAll);
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
    private Set<Long> related(Set<Long> touched, Map<String, Long> ids) {
        Map<String, Set<String>> links = new HashMap<>();
        for (SeriesRelation r : relations.findAll()) {
            String other = r.ofSeriesKey() != null ? r.ofSeriesKey() : "whole:" + r.whole();
            links.computeIfAbsent(r.seriesKey(), k -> new HashSet<>()).add(other);
            links.computeIfAbsent(other, k -> new HashSet<>()).add(r.seriesKey());
        }
        Map<Long, String> keys = new HashMap<>();
        ids.forEach((k, id) -> keys.put(id, k));
        Set<String> reached = new LinkedHashSet<>();
        List<String> todo = new ArrayList<>(touched.stream().map(keys::get).filter(k -> k != null).toList());
        while (!todo.isEmpty()) {
            String k = todo.removeLast();
            if (reached.add(k)) {
                todo.addAll(links.getOrDefault(k, Set.of()));
            }
        }
        Set<Long> result = new HashSet<>(touched);
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
