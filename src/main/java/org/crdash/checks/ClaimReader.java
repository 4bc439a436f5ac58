package org.crdash.checks;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.crdash.base.Period;
import org.crdash.series.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The live observations the checks read, as claims, straight from the tables: page by page after the last id
 * (keyset, never OFFSET), and for conflicts only the groups SQL finds to be compared.
 */
@Repository
class ClaimReader {

    static final int PAGE = 5_000;

    /** The order the checks see claims in (series, period, source, id): the keys of their findings depend on it. */
    static final Comparator<Claim> ORDER = Comparator.comparing(Claim::seriesKey)
            .thenComparing(c -> c.period().start()).thenComparing(c -> c.period().end())
            .thenComparing(Claim::sourceKey).thenComparingLong(Claim::observationId);

    private static final String SELECT = """
            SELECT o.id, se.series_key, se.name, se.unit, o.period_label, o.value, o.qualifier, so.source_key,
                   o.passage, o.passage_start, o.passage_end
            FROM observation o
            JOIN series se ON se.id = o.series_id AND se.deleted_at IS NULL
            JOIN source so ON so.id = o.source_id
            """;

    /**
     * The (series, period) groups that give a conflict finding: more than one value for the period, or a period
     * another period of the series overlaps for more than half of the shorter. Grouped in SQL; over whole series
     * each period is compared only with the periods starting within it (the index on series and first day), near
     * changed periods ({@code %1$s}: the periods to look at) with every period it overlaps.
     */
    private static final String CONFLICT_GROUPS = """
            WITH live AS (
                SELECT o.series_id, o.period_start, o.period_end, o.precision, count(*) AS n
                FROM %1$s AND o.deleted_at IS NULL
                GROUP BY o.series_id, o.period_start, o.period_end, o.precision),
            overlapping AS (
                SELECT a.series_id, a.period_start AS s1, a.period_end AS e1, a.precision AS p1,
                       b.period_start AS s2, b.period_end AS e2, b.precision AS p2
                FROM live a
                JOIN LATERAL (SELECT DISTINCT x.period_start, x.period_end, x.precision FROM observation x
                              WHERE x.series_id = a.series_id AND x.deleted_at IS NULL
                                AND x.period_start <= a.period_end AND %2$s) b ON true
                WHERE (b.period_start, b.period_end, b.precision) <> (a.period_start, a.period_end, a.precision)
                  AND (least(a.period_end, b.period_end) - greatest(a.period_start, b.period_start) + 1) * 2
                      > least(a.period_end - a.period_start, b.period_end - b.period_start) + 1),
            groups AS (
                SELECT series_id, period_start, period_end, precision FROM live WHERE n > 1
                UNION SELECT series_id, s1, e1, p1 FROM overlapping
                UNION SELECT series_id, s2, e2, p2 FROM overlapping)
            """;

    /** The changed periods: parallel arrays of series ids, first and last days. */
    static final String NEAR = "(SELECT * FROM unnest(?::bigint[], ?::date[], ?::date[]) AS d(series_id, s, e))";

    private final JdbcClient jdbc;

    ClaimReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every live claim of these series, page by page in id order. */
    void ofSeries(Collection<Long> seriesIds, Consumer<List<Claim>> page) {
        pages("o.series_id = ANY (?::bigint[])", ids(seriesIds), page);
    }

    void all(Consumer<List<Claim>> page) {
        pages("true", null, page);
    }

    /** The live claims among these observations, page by page. */
    void ofObservations(Collection<Long> observationIds, Consumer<List<Claim>> page) {
        List<Long> sorted = observationIds.stream().sorted().toList();
        for (int from = 0; from < sorted.size(); from += PAGE) {
            List<Claim> claims = jdbc.sql(SELECT + " WHERE o.deleted_at IS NULL AND o.id = ANY (?::bigint[])")
                    .param(ids(sorted.subList(from, Math.min(sorted.size(), from + PAGE))))
                    .query(ClaimReader::map).list();
            if (!claims.isEmpty()) {
                page.accept(claims);
            }
        }
    }

    /** Every claim of a conflict group of these series, in {@link #ORDER}. */
    List<Claim> conflicting(Collection<Long> seriesIds) {
        return conflicting(CONFLICT_GROUPS.formatted("observation o WHERE o.series_id = ANY (?::bigint[])",
                "x.period_start >= a.period_start"), ids(seriesIds));
    }

    /** Every claim of a conflict group with a period overlapping one of these (of the same series). */
    List<Claim> conflictingNear(Periods near) {
        return conflicting(CONFLICT_GROUPS.formatted(NEAR + " d JOIN observation o ON o.series_id = d.series_id "
                + "AND o.period_start <= d.e AND o.period_end >= d.s", "x.period_end >= a.period_start"),
                near.params());
    }

    private List<Claim> conflicting(String groups, Object... params) {
        List<Claim> claims = new ArrayList<>(jdbc.sql(groups + SELECT + """
                JOIN groups g ON (g.series_id, g.period_start, g.period_end, g.precision)
                               = (o.series_id, o.period_start, o.period_end, o.precision)
                WHERE o.deleted_at IS NULL""").params(params).query(ClaimReader::map).list());
        claims.sort(ORDER);
        return claims;
    }

    /** Periods of series that changed: what {@link #NEAR} takes. */
    record Periods(List<Long> seriesIds, List<LocalDate> starts, List<LocalDate> ends) {
        boolean isEmpty() {
            return seriesIds.isEmpty();
        }

        Object[] params() {
            return new Object[] {ids(seriesIds), dates(starts), dates(ends)};
        }

        private static String dates(List<LocalDate> dates) {
            return dates.stream().map(LocalDate::toString).collect(Collectors.joining(",", "{", "}"));
        }
    }

    private void pages(String where, String param, Consumer<List<Claim>> page) {
        long after = 0;
        while (true) {
            var sql = jdbc.sql(SELECT + " WHERE o.deleted_at IS NULL AND o.id > ? AND " + where
                    + " ORDER BY o.id LIMIT " + PAGE).param(after);
            List<Claim> claims = (param == null ? sql : sql.param(param)).query(ClaimReader::map).list();
            if (claims.isEmpty()) {
                return;
            }
            page.accept(claims);
            if (claims.size() < PAGE) {
                return;
            }
            after = claims.getLast().observationId();
        }
    }

    /** A PostgreSQL array literal of ids. */
    static String ids(Collection<Long> ids) {
        StringBuilder b = new StringBuilder("{");
        for (Long id : ids) {
            b.append(b.length() > 1 ? "," : "").append(id);
        }
        return b.append('}').toString();
    }

    private static Claim map(ResultSet rs, int n) throws SQLException {
        return new Claim(rs.getLong("id"), rs.getString("series_key"), rs.getString("name"), rs.getString("unit"),
                Period.parse(rs.getString("period_label")), rs.getBigDecimal("value"),
                Qualifier.ofCode(rs.getString("qualifier")), rs.getString("source_key"), rs.getString("passage"),
                rs.getInt("passage_start"), rs.getInt("passage_end"));
    }
}
