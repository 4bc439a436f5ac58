package org.crdash.series;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.crdash.base.Origin;
import org.crdash.base.write.VersionedRow;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The series table and the vocabularies a series uses (units, categories). */
@Repository
class SeriesRepository {

    private static final String SERIES_COLUMNS =
            "se.id, se.series_key, se.name, se.unit, se.category, se.description, se.origin, se.version, "
            + "se.deleted_at";

    private final JdbcClient jdbc;

    SeriesRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long count() {
        return jdbc.sql("SELECT count(*) FROM series WHERE deleted_at IS NULL").query(Long.class).single();
    }

    List<SeriesSummary> summaries() {
        // Per series from its indexes (V050): count and dates from an index-only scan of observation_chart_idx,
        // the distinct sources by a skip scan of observation_series_source_idx. A single join with
        // count(DISTINCT source_id) sorts every observation instead: seconds for a million-value series.
        // Without JIT, whose compile time exceeds the query's run time.
        jdbc.sql("SELECT set_config('jit', 'off', true)").query((rs, n) -> null).list();
        return jdbc.sql("""
                SELECT %s, c.label AS category_label, c.sort_order,
                       agg.observations, src.sources, agg.first_start, agg.last_end
                FROM series se
                JOIN series_category c ON c.code = se.category
                CROSS JOIN LATERAL (
                    SELECT count(*) AS observations, min(o.period_start) AS first_start,
                           max(o.period_end) AS last_end
                    FROM observation o WHERE o.series_id = se.id AND o.deleted_at IS NULL) agg
                CROSS JOIN LATERAL (
                    WITH RECURSIVE s(source_id) AS (
                        (SELECT o.source_id FROM observation o
                         WHERE o.series_id = se.id AND o.deleted_at IS NULL ORDER BY o.source_id LIMIT 1)
                        UNION ALL
                        SELECT (SELECT o.source_id FROM observation o
                                WHERE o.series_id = se.id AND o.deleted_at IS NULL AND o.source_id > s.source_id
                                ORDER BY o.source_id LIMIT 1)
                        FROM s WHERE s.source_id IS NOT NULL)
                    SELECT count(source_id) AS sources FROM s) src
                WHERE se.deleted_at IS NULL
                ORDER BY c.sort_order, se.name""".formatted(SERIES_COLUMNS))
                .query((rs, n) -> new SeriesSummary(mapSeries(rs, n), rs.getString("category_label"),
                        rs.getLong("observations"), rs.getLong("sources"),
                        rs.getObject("first_start", java.time.LocalDate.class),
                        rs.getObject("last_end", java.time.LocalDate.class)))
                .list();
    }

    Optional<Series> findByKey(String key) {
        return jdbc.sql("SELECT " + SERIES_COLUMNS + " FROM series se WHERE se.series_key = ?").param(key)
                .query(SeriesRepository::mapSeries).optional();
    }

    /** A series that has not been deleted: what new observations may belong to. */
    Optional<Series> findLiveByKey(String key) {
        return jdbc.sql("SELECT " + SERIES_COLUMNS + " FROM series se WHERE se.series_key = ? AND se.deleted_at IS NULL")
                .param(key).query(SeriesRepository::mapSeries).optional();
    }

    /** Soft-deleted series, most recently deleted first. */
    List<Series> deleted() {
        return jdbc.sql("SELECT " + SERIES_COLUMNS + " FROM series se WHERE se.deleted_at IS NOT NULL "
                + "ORDER BY se.deleted_at DESC, se.id").query(SeriesRepository::mapSeries).list();
    }

    /** The live observations of a series, as (id, version) for deleting them together with it. */
    List<long[]> liveObservations(long seriesId) {
        return jdbc.sql("SELECT id, version FROM observation WHERE series_id = ? AND deleted_at IS NULL ORDER BY id")
                .param(seriesId).query((rs, n) -> new long[] {rs.getLong(1), rs.getInt(2)}).list();
    }

    Optional<Series> findById(long id) {
        return jdbc.sql("SELECT " + SERIES_COLUMNS + " FROM series se WHERE se.id = ?").param(id)
                .query(SeriesRepository::mapSeries).optional();
    }

    Optional<SeriesSummary> summary(String key) {
        return summaries().stream().filter(s -> s.series().key().equals(key)).findFirst();
    }

    List<Series> findAll() {
        return jdbc.sql("SELECT " + SERIES_COLUMNS + " FROM series se WHERE se.deleted_at IS NULL "
                        + "ORDER BY se.name, se.series_key")
                .query(SeriesRepository::mapSeries).list();
    }

    /** Every unit by code, currencies first. */
    java.util.Map<String, Unit> units() {
        java.util.Map<String, Unit> units = new java.util.LinkedHashMap<>();
        jdbc.sql("SELECT code, label, kind FROM unit ORDER BY kind, code")
                .query((rs, n) -> new Unit(rs.getString("code"), rs.getString("label"), rs.getString("kind")))
                .list().forEach(u -> units.put(u.code(), u));
        return units;
    }

    List<SeriesCategory> categories() {
        return jdbc.sql("SELECT code, label FROM series_category ORDER BY sort_order")
                .query((rs, n) -> new SeriesCategory(rs.getString("code"), rs.getString("label"))).list();
    }

    static Series mapSeries(ResultSet rs, int n) throws SQLException {
        return new Series(rs.getLong("id"), rs.getString("series_key"), rs.getString("name"), rs.getString("unit"),
                rs.getString("category"), rs.getString("description"), Origin.ofCode(rs.getString("origin")),
                rs.getInt("version"), VersionedRow.deletedAt(rs));
    }

}
