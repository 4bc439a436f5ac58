package org.crdash.checks;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.crdash.base.SqlWhere;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The stored findings ({@code check_finding}) and the state they were computed from ({@code check_state}): written in
 * batches, removed by the observations or series they compare, read with filters. {@link IncrementalChecks} decides
 * what to recompute.
 */
@Component
class FindingStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int BATCH = 1_000;

    private final JdbcClient jdbc;

    FindingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the findings (a finding with the same key is replaced), a thousand per statement. */
    void insert(List<Finding> findings, Timestamp now) {
        for (int from = 0; from < findings.size(); from += BATCH) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Finding f : findings.subList(from, Math.min(findings.size(), from + BATCH))) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("finding_key", f.key());
                row.put("position", position(f));
                row.put("kind", f.kind().code());
                row.put("verdict", f.verdict().code());
                row.put("severity", f.severity().code());
                row.put("title", f.title());
                row.put("series_keys", f.seriesKeys());
                row.put("periods", f.periods());
                row.put("observation_ids", f.observations().stream().map(Finding.Involved::observationId).toList());
                row.put("event_ids", f.events().stream().map(Finding.Event::eventId).toList());
                row.put("source_keys", java.util.stream.Stream.concat(
                        f.observations().stream().map(Finding.Involved::sourceKey),
                        f.events().stream().map(Finding.Event::sourceKey)).distinct().toList());
                row.put("numbers", numbers(f));
                row.put("formula", f.formula());
                row.put("result", f.result());
                row.put("finding", f);
                rows.add(row);
            }
            jdbc.sql("""
                    INSERT INTO check_finding (finding_key, position, kind, verdict, severity, title, series_keys,
                        periods, observation_ids, event_ids, source_keys, numbers, formula, result, finding, computed_at)
                    SELECT x.finding_key, x.position, x.kind, x.verdict, x.severity, x.title, x.series_keys, x.periods,
                           x.observation_ids, x.event_ids, x.source_keys, x.numbers, x.formula, x.result, x.finding, ?
                    FROM jsonb_to_recordset(?::jsonb) AS x(finding_key text, position int, kind text, verdict text,
                        severity text, title text, series_keys text[], periods text[], observation_ids bigint[],
                        event_ids bigint[], source_keys text[], numbers text, formula text, result text, finding jsonb)
                    ON CONFLICT (finding_key) DO UPDATE SET position = excluded.position, kind = excluded.kind,
                        verdict = excluded.verdict, severity = excluded.severity, title = excluded.title,
                        series_keys = excluded.series_keys, periods = excluded.periods,
                        observation_ids = excluded.observation_ids, event_ids = excluded.event_ids,
                        source_keys = excluded.source_keys,
                        numbers = excluded.numbers, formula = excluded.formula, result = excluded.result,
                        finding = excluded.finding, computed_at = excluded.computed_at""")
                    .params(now, JSON.writeValueAsString(rows)).update();
        }
    }

    /**
     * The engine's order as one number (most severe first, then by kind); ties are broken by the first series and
     * the key when read, so findings computed at different times still come out in one order.
     */
    static int position(Finding f) {
        return (Severity.values().length - 1 - f.severity().ordinal()) * 100 + f.kind().ordinal();
    }

    void deleteAll() {
        jdbc.sql("DELETE FROM check_finding").update();
    }

    /** Removes the findings of these kinds that compare one of the observations or one of the series. */
    int delete(List<CheckKind> kinds, Collection<Long> observationIds, Collection<String> seriesKeys) {
        if (observationIds.isEmpty() && seriesKeys.isEmpty()) {
            return 0;
        }
        return jdbc.sql("DELETE FROM check_finding WHERE kind = ANY (?::text[]) "
                        + "AND (observation_ids && ?::bigint[] OR series_keys && ?::text[])")
                .params(codes(kinds), ClaimReader.ids(observationIds), array(List.copyOf(seriesKeys))).update();
    }

    /** Removes the event date conflicts comparing one of these events. */
    int deleteOfEvents(Collection<Long> eventIds) {
        return jdbc.sql("DELETE FROM check_finding WHERE kind = ? AND event_ids && ?::bigint[]")
                .params(CheckKind.EVENT_DATE_CONFLICT.code(), ClaimReader.ids(eventIds)).update();
    }

    /** Removes the findings of these kinds that compare an observation (live or not) of one of these periods. */
    int deleteNear(List<CheckKind> kinds, ClaimReader.Periods near) {
        if (near.isEmpty()) {
            return 0;
        }
        Object[] params = near.params();
        return jdbc.sql("DELETE FROM check_finding WHERE kind = ANY (?::text[]) AND observation_ids && ARRAY("
                        + "SELECT o.id FROM observation o JOIN " + ClaimReader.NEAR + " d ON d.series_id = o.series_id "
                        + "AND o.period_start <= d.e AND o.period_end >= d.s)")
                .params(codes(kinds), params[0], params[1], params[2]).update();
    }

    private static String codes(List<CheckKind> kinds) {
        return array(kinds.stream().map(CheckKind::code).toList());
    }

    /** What state of the data and which checker version the findings were computed with. */
    String storedStamp() {
        return jdbc.sql("SELECT stamp FROM check_state WHERE id = 1").query(String.class).optional().orElse(null);
    }

    void saveStamp(String stamp, Timestamp now) {
        jdbc.sql("""
                INSERT INTO check_state (id, stamp, computed_at) VALUES (1, ?, ?)
                ON CONFLICT (id) DO UPDATE SET stamp = excluded.stamp, computed_at = excluded.computed_at""")
                .params(stamp, now).update();
    }

    /** The stored findings matching {@code where} (over {@code f} and {@code r}), in the engine's order. */
    List<Checked> find(SqlWhere where) {
        return jdbc.sql("""
                SELECT f.finding, f.finding_key, r.status, r.comment, r.version, r.updated_at, r.updated_by
                FROM check_finding f LEFT JOIN check_review r ON r.finding_key = f.finding_key
                WHERE\s""" + where.sql() + " ORDER BY " + ORDER).params(where.params())
                .query((rs, n) -> new Checked(JSON.readValue(rs.getString("finding"), Finding.class),
                        rs.getString("status") == null ? Review.none(rs.getString("finding_key"))
                                : new Review(rs.getString("finding_key"), ReviewStatus.ofCode(rs.getString("status")),
                                rs.getString("comment"), rs.getInt("version"),
                                rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"))))
                .list();
    }

    /** The stored findings' order (also checks.csv's). */
    static final String ORDER = "f.position, f.series_keys[1] COLLATE \"C\", f.finding_key COLLATE \"C\"";

    /** A PostgreSQL array literal of texts, quoted so that any text is safe. */
    static String array(List<String> values) {
        return values.stream().map(v -> "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                .collect(Collectors.joining(",", "{", "}"));
    }

    /** The computed numbers as one readable cell: "spread = 8 USD bn; spread_pct = 3.3 %". */
    static String numbers(Finding f) {
        return f.numbers().stream().map(n -> n.name() + " = " + n.value().toPlainString()
                + (n.unit() == null ? "" : " " + n.unit())).collect(Collectors.joining("; "));
    }
}
