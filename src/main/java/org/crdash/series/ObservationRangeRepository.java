package org.crdash.series;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads of one series' live values over a time range that stay cheap for a series of a million values: counts
 * with a cap, per-bucket extremes computed in the database, extent and sources from indexes (see V050).
 * A value is in [from, to] when its period overlaps it, as everywhere else in the app; since no period is
 * longer than the series' longest one, such values start in [from - longest, to]: one bounded index range.
 *
 * <p>Every query first makes the transaction plan each statement for its actual parameters: a cached generic
 * plan (PgJDBC prepares a statement on the server after five runs) cannot know whether a range holds ten rows or
 * a million, and for this data picks sorts and scans that are several times slower. JIT compilation is also
 * turned off for these short queries: its compile time dwarfs their run time.
 */
@Repository
class ObservationRangeRepository {

    private static final String IN_RANGE = """
            o.series_id = :series AND o.deleted_at IS NULL AND o.period_end >= :from AND o.period_start <= :to
            AND o.period_start >= :earliestStart""";

    /** Midpoint of the period as the number of days after :from (the same day as Period.midpoint()). */
    private static final String MID_DAYS = "(o.period_start + (o.period_end - o.period_start) / 2 - CAST(:from AS date))";

    private final JdbcClient jdbc;

    ObservationRangeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Plans each statement of this transaction for its parameters, without JIT (see the class comment). */
    private void planForParameters() {
        jdbc.sql("SELECT set_config('plan_cache_mode', 'force_custom_plan', true), set_config('jit', 'off', true)")
                .query((rs, n) -> null).list();
    }

    /** The longest period of the series' live values in days (end minus start), 0 if it has none. */
    private int longestPeriod(long seriesId) {
        // observation_series_span_idx: one index lookup
        return jdbc.sql("""
                SELECT coalesce(max(period_end - period_start), 0) FROM observation
                WHERE series_id = ? AND deleted_at IS NULL AND period_end > period_start""")
                .param(seriesId).query(Integer.class).single();
    }

    Optional<SeriesExtent> extent(long seriesId) {
        planForParameters();
        // index lookups only: first and latest start (observation_chart_idx), the longest period
        // (observation_series_span_idx), then the latest end among the values starting close to the latest start
        return jdbc.sql("""
                SELECT b.first_start,
                       (SELECT max(o.period_end) FROM observation o
                        WHERE o.series_id = :series AND o.deleted_at IS NULL
                          AND o.period_start >= b.last_start - b.longest) AS last_end
                FROM (SELECT min(period_start) AS first_start, max(period_start) AS last_start,
                             (SELECT coalesce(max(period_end - period_start), 0) FROM observation
                              WHERE series_id = :series AND deleted_at IS NULL AND period_end > period_start)
                                 AS longest
                      FROM observation WHERE series_id = :series AND deleted_at IS NULL) b""")
                .param("series", seriesId)
                .query((rs, n) -> {
                    LocalDate a = rs.getObject("first_start", LocalDate.class);
                    return a == null ? null : new SeriesExtent(a, rs.getObject("last_end", LocalDate.class));
                })
                .optional();
    }

    /** The number of live values in the range, counting no further than {@code cap}. */
    long countInRange(long seriesId, LocalDate from, LocalDate to, long cap) {
        planForParameters();
        return jdbc.sql("SELECT count(*) FROM (SELECT 1 FROM observation o WHERE " + IN_RANGE + " LIMIT :cap) t")
                .param("series", seriesId).param("from", from).param("to", to)
                .param("earliestStart", from.minusDays(longestPeriod(seriesId))).param("cap", cap)
                .query(Long.class).single();
    }

    /** Every live value in the range, oldest period first (the order of {@code observationsOf}). */
    List<Observation> inRange(long seriesId, LocalDate from, LocalDate to) {
        planForParameters();
        return jdbc.sql(ObservationRepository.SELECT + " WHERE " + IN_RANGE + """

                ORDER BY o.period_start, o.period_end, so.source_key, o.id""")
                .param("series", seriesId).param("from", from).param("to", to)
                .param("earliestStart", from.minusDays(longestPeriod(seriesId)))
                .query(ObservationRepository::map).list();
    }

    /** These observations (live or not), oldest period first. */
    List<Observation> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        planForParameters();
        return jdbc.sql(ObservationRepository.SELECT + """
                WHERE o.id = ANY(?)
                ORDER BY o.period_start, o.period_end, so.source_key, o.id""")
                .param(ids.toArray(Long[]::new))
                .query(ObservationRepository::map).list();
    }

    /** How many sources the series' live values are quoted from, counting no further than {@code cap}. */
    int countSources(long seriesId, int cap) {
        // a skip scan over observation_series_source_idx: one index probe per distinct source, stopped at the cap
        return jdbc.sql("""
                WITH RECURSIVE s(source_id) AS (
                    (SELECT source_id FROM observation
                     WHERE series_id = :series AND deleted_at IS NULL ORDER BY source_id LIMIT 1)
                    UNION ALL
                    SELECT (SELECT o.source_id FROM observation o
                            WHERE o.series_id = :series AND o.deleted_at IS NULL AND o.source_id > s.source_id
                            ORDER BY o.source_id LIMIT 1)
                    FROM s WHERE s.source_id IS NOT NULL
                )
                SELECT count(*) FROM (SELECT 1 FROM s WHERE source_id IS NOT NULL LIMIT :cap) t""")
                .param("series", seriesId).param("cap", cap)
                .query(Integer.class).single();
    }

    /**
     * The live values in [from, to], cut into {@code buckets} equal time slices by period midpoint (values whose
     * midpoint lies outside the range go to the first or last slice), per slice and source when {@code
     * perSource}, else per slice over all sources; each with the rows holding its lowest and highest value (the
     * lowest id on ties).
     *
     * <p>Two steps in one statement. A plain count/min/max aggregate over an index-only scan of
     * observation_chart_idx, as cheap as aggregating gets (carrying row ids through the aggregate, e.g. as
     * {@code min(ARRAY[value, id])}, costs three times as much). Then per slice one probe each into
     * observation_series_value_idx for a row with that value whose period starts close to the slice.
     */
    List<ObservationBucket> buckets(long seriesId, LocalDate from, LocalDate to, int buckets, boolean perSource) {
        if (buckets < 1 || to.isBefore(from)) {
            throw new IllegalArgumentException("need at least one bucket over a range that does not end before it "
                    + "starts, not " + buckets + " over " + from + ".." + to);
        }
        planForParameters();
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        String bucket = "greatest(1, least(:buckets, width_bucket(" + MID_DAYS + "::float8, 0.0::float8, :days, "
                + ":buckets)))";
        // A period starts at most `longest` days before its midpoint, and not after it. The source is compared as
        // an expression so that observation_source_idx is never chosen for a probe: with statistics that predate a
        // bulk insert it looks cheap and costs a scan of all the source's values per probe.
        String probe = """
                (SELECT o.id FROM observation o
                 WHERE o.series_id = :series AND o.deleted_at IS NULL AND o.value = e.%s %s
                   AND o.period_start >= greatest(:earliestStart,
                           CAST(:from AS date) + floor((e.bucket - 1) * :days / :buckets)::int - :longest - 1)
                   AND o.period_start <= least(CAST(:to AS date), CAST(:from AS date) + ceil(e.bucket * :days / :buckets)::int + 1)
                   AND o.period_end >= :from
                   AND %s = e.bucket
                 ORDER BY o.id LIMIT 1)""";
        String sameSource = perSource ? "AND o.source_id + 0 = e.source_id" : "";
        String sql = """
                WITH e AS MATERIALIZED (
                    SELECT %s AS source_id, %s AS bucket, count(*) AS n, min(o.value) AS lo, max(o.value) AS hi
                    FROM observation o
                    WHERE %s
                    GROUP BY 1, 2
                )
                SELECT e.source_id, e.bucket, e.n, %s AS min_id, %s AS max_id
                FROM e
                ORDER BY 1, 2""".formatted(perSource ? "o.source_id" : "0::bigint", bucket, IN_RANGE,
                probe.formatted("lo", sameSource, bucket), probe.formatted("hi", sameSource, bucket));
        int longest = longestPeriod(seriesId);
        return jdbc.sql(sql)
                .param("series", seriesId).param("from", from).param("to", to)
                .param("earliestStart", from.minusDays(longest)).param("longest", longest)
                .param("buckets", buckets).param("days", (double) days)
                .query((rs, n) -> new ObservationBucket(rs.getLong("source_id"), rs.getInt("bucket"), rs.getLong("n"),
                        rs.getLong("min_id"), rs.getLong("max_id")))
                .list();
    }

    /**
     * The ids of the first and the last live value in [from, to] by period start (the lowest id first on ties,
     * the highest last), of each source when {@code perSource}: index lookups only.
     */
    List<Long> ends(long seriesId, LocalDate from, LocalDate to, boolean perSource) {
        planForParameters();
        String end = """
                (SELECT o.id FROM observation o
                 WHERE %s %s
                 ORDER BY o.period_start %s, o.id %s LIMIT 1)""";
        String sql;
        if (perSource) {
            // the sources by a skip scan over observation_series_source_idx, then two lookups in it per source
            String bySource = "AND o.source_id = s.source_id";
            sql = """
                    WITH RECURSIVE s(source_id) AS (
                        (SELECT source_id FROM observation
                         WHERE series_id = :series AND deleted_at IS NULL ORDER BY source_id LIMIT 1)
                        UNION ALL
                        SELECT (SELECT o.source_id FROM observation o
                                WHERE o.series_id = :series AND o.deleted_at IS NULL AND o.source_id > s.source_id
                                ORDER BY o.source_id LIMIT 1)
                        FROM s WHERE s.source_id IS NOT NULL
                    )
                    SELECT x.id FROM s, LATERAL (VALUES (%s), (%s)) x(id)
                    WHERE s.source_id IS NOT NULL AND x.id IS NOT NULL""".formatted(
                    end.formatted(IN_RANGE, bySource, "", ""), end.formatted(IN_RANGE, bySource, "DESC", "DESC"));
        } else {
            sql = "SELECT x.id FROM (VALUES (%s), (%s)) x(id) WHERE x.id IS NOT NULL".formatted(
                    end.formatted(IN_RANGE, "", "", ""), end.formatted(IN_RANGE, "", "DESC", "DESC"));
        }
        return jdbc.sql(sql)
                .param("series", seriesId).param("from", from).param("to", to)
                .param("earliestStart", from.minusDays(longestPeriod(seriesId)))
                .query(Long.class).list();
    }
}
