package org.crdash.checks;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;
import org.crdash.base.SqlWhere;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The stored findings ({@code check_finding}): recomputed from the live data whenever the data has changed since
 * they were computed. "Changed" is read from the database itself — every write of every feature (forms, API,
 * import, seed, delete, restore) appends to the audit log — so no writer has to remember to tell the checker, and
 * several app instances on one database agree.
 */
@Component
class FindingStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * What state of the data findings are computed from: the audit log's end, relations and conversions, and (for
     * rows removed outside the app, e.g. by tests) how many observations there are.
     */
    private static final String STAMP = """
            SELECT (SELECT coalesce(max(id), 0) FROM audit_log) || ':'
                || (SELECT count(*) FROM observation) || ':'
                || (SELECT count(*) || '/' || coalesce(max(id), 0) FROM series_relation) || ':'
                || (SELECT count(*) || '/' || coalesce(sum(factor), 0) FROM unit_conversion)""";

    private final JdbcClient jdbc;
    private final Clock clock;

    FindingStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    interface Source {
        CheckData data();
    }

    /**
     * Recomputes the findings if the data changed since; one instance at a time. The stamp is read before the
     * data, so a write that commits meanwhile makes the next call compute again. {@code force}: also when the
     * data did not change (at startup: a new version of the app may check differently).
     *
     * @return whether they were recomputed
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean ensureCurrent(Source source, boolean force) {
        String stamp = jdbc.sql(STAMP).query(String.class).single();
        if (!force && stamp.equals(storedStamp())) {
            return false;
        }
        jdbc.sql("SELECT pg_advisory_xact_lock(8152)").query().listOfRows();
        if (!force && stamp.equals(storedStamp())) {
            return false; // another request computed them while this one waited
        }
        List<Finding> findings = CheckEngine.run(source.data());
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("DELETE FROM check_finding").update();
        int position = 0;
        for (Finding f : findings) {
            jdbc.sql("""
                    INSERT INTO check_finding (finding_key, position, kind, verdict, severity, title, series_keys,
                        periods, observation_ids, source_keys, numbers, formula, result, finding, computed_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?::text[], ?::text[], ?::bigint[], ?::text[], ?, ?, ?, ?::jsonb, ?)""")
                    .params(f.key(), position++, f.kind().code(), f.verdict().code(), f.severity().code(), f.title(),
                            array(f.seriesKeys()), array(f.periods()),
                            array(f.observations().stream().map(o -> String.valueOf(o.observationId())).toList()),
                            array(f.observations().stream().map(Finding.Involved::sourceKey).distinct().toList()),
                            numbers(f), f.formula(), f.result(), JSON.writeValueAsString(f), now)
                    .update();
        }
        jdbc.sql("""
                INSERT INTO check_state (id, stamp, computed_at) VALUES (1, ?, ?)
                ON CONFLICT (id) DO UPDATE SET stamp = excluded.stamp, computed_at = excluded.computed_at""")
                .params(stamp, now).update();
        return true;
    }

    private String storedStamp() {
        return jdbc.sql("SELECT stamp FROM check_state WHERE id = 1").query(String.class).optional().orElse(null);
    }

    /** The stored findings matching {@code where} (over {@code f} and {@code r}), in the engine's order. */
    List<Checked> find(SqlWhere where) {
        return jdbc.sql("""
                SELECT f.finding, f.finding_key, r.status, r.comment, r.version, r.updated_at, r.updated_by
                FROM check_finding f LEFT JOIN check_review r ON r.finding_key = f.finding_key
                WHERE\s""" + where.sql() + " ORDER BY f.position").params(where.params())
                .query((rs, n) -> new Checked(JSON.readValue(rs.getString("finding"), Finding.class),
                        rs.getString("status") == null ? Review.none(rs.getString("finding_key"))
                                : new Review(rs.getString("finding_key"), ReviewStatus.ofCode(rs.getString("status")),
                                rs.getString("comment"), rs.getInt("version"),
                                rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"))))
                .list();
    }

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
