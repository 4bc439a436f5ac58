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
 * A value is in [from, to] when its period overlaps it, as everywhere else in the app.
 */
@Repository
class ObservationRangeRepository {

    private static final String IN_RANGE = """
            o.series_id = :series AND o.deleted_at IS NULL AND o.period_end >= :from AND o.period_start <= :to""";

    /** Midpoint of the period as the number of days after :from (the same day as Period.midpoint()). */
    private static final String MID_DAYS = "(o.period_start + (o.period_end - o.period_start) / 2 - CAST(:from AS date))";

    private final JdbcClient jdbc;

    ObservationRangeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<SeriesExtent> extent(long seriesId) {
        // two index lookups (observation_chart_idx, observation_series_end_idx), not a scan
        return jdbc.sql("""
                SELECT min(period_start) AS first_start, max(period_end) AS last_end
                FROM observation WHERE series_id = ? AND deleted_at IS NULL""")
                .param(seriesId)
                .query((rs, n) -> {
                    LocalDate a = rs.getObject("first_start", LocalDate.class);
                    return a == null ? null : new SeriesExtent(a, rs.getObject("last_end", LocalDate.class));
                })
                .optional();
    }

    /** The number of live values in the range, counting no further than {@code cap}. */
    long countInRange(long seriesId, LocalDate from, LocalDate to, long cap) {
        return jdbc.sql("SELECT count(*) FROM (SELECT 1 FROM observation o WHERE " + IN_RANGE + " LIMIT :cap) t")
                .param("series", seriesId).param("from", from).param("to", to).param("cap", cap)
                .query(Long.class).single();
    }

    /** Every live value in the range, oldest period first (the order of {@code observationsOf}). */
    List<Observation> inRange(long seriesId, LocalDate from, LocalDate to) {
        return jdbc.sql(SeriesRepository.OBSERVATION_SELECT + " WHERE " + IN_RANGE + """

                ORDER BY o.period_start, o.period_end, so.source_key, o.id""")
                .param("series", seriesId).param("from", from).param("to", to)
                .query(SeriesRepository::mapObservation).list();
    }

    /** These observations (live or not), oldest period first. */
    List<Observation> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SeriesRepository.OBSERVATION_SELECT + """
                WHERE o.id = ANY(?)
                ORDER BY o.period_start, o.period_end, so.source_key, o.id""")
                .param(ids.toArray(Long[]::new))
                .query(SeriesRepository::mapObservation).list();
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
     * midpoint lies outside the range go to the first or last slice), each reduced to its extremes in one
     * aggregate over the index: per slice and source when {@code perSource}, else per slice over all sources.
     * Ties go to the lowest id (the latest value to the highest).
     */
    List<ObservationBucket> buckets(long seriesId, LocalDate from, LocalDate to, int buckets, boolean perSource) {
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        String sql = """
                SELECT %s AS source_id,
                       greatest(1, least(:buckets, width_bucket(%s::float8, 0.0::float8, :days, :buckets))) AS bucket,
                       count(*) AS n,
                       (min(ARRAY[o.value, o.id]))[2]::bigint AS min_id,
                       -(max(ARRAY[o.value, -o.id]))[2]::bigint AS max_id,
                       (min(ARRAY[%s, o.id]))[2] AS first_id,
                       (max(ARRAY[%s, o.id]))[2] AS last_id
                FROM observation o
                WHERE %s
                GROUP BY 1, 2
                ORDER BY 1, 2""".formatted(perSource ? "o.source_id" : "0::bigint", MID_DAYS, MID_DAYS, MID_DAYS,
                IN_RANGE);
        return jdbc.sql(sql)
                .param("series", seriesId).param("from", from).param("to", to)
                .param("buckets", buckets).param("days", (double) days)
                .query((rs, n) -> new ObservationBucket(rs.getLong("source_id"), rs.getInt("bucket"), rs.getLong("n"),
                        rs.getLong("min_id"), rs.getLong("max_id"), rs.getLong("first_id"), rs.getLong("last_id")))
                .list();
    }
}
