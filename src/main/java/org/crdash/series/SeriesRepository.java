package org.crdash.series;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.crdash.base.Origin;
import org.crdash.base.Period;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class SeriesRepository {

    private static final String SERIES_COLUMNS =
            "se.id, se.series_key, se.name, se.unit, se.category, se.description, se.origin, se.version";

    static final String OBSERVATION_SELECT = """
            SELECT o.id, o.series_id, se.series_key, o.period_label, o.precision, o.value, o.qualifier,
                   o.source_id, so.source_key, o.passage, o.passage_start, o.passage_end, o.note, o.origin,
                   o.version, o.updated_at, o.updated_by, o.deleted_at
            FROM observation o
            JOIN series se ON se.id = o.series_id
            JOIN source so ON so.id = o.source_id
            """;

    private final JdbcClient jdbc;

    SeriesRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long countSeries() {
        return jdbc.sql("SELECT count(*) FROM series").query(Long.class).single();
    }

    long countObservations() {
        return jdbc.sql("SELECT count(*) FROM observation WHERE deleted_at IS NULL").query(Long.class).single();
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

    Optional<Series> findById(long id) {
        return jdbc.sql("SELECT " + SERIES_COLUMNS + " FROM series se WHERE se.id = ?").param(id)
                .query(SeriesRepository::mapSeries).optional();
    }

    List<Observation> observationsOf(long seriesId) {
        return jdbc.sql(OBSERVATION_SELECT + """
                WHERE o.series_id = ? AND o.deleted_at IS NULL
                ORDER BY o.period_start, o.period_end, so.source_key, o.id""")
                .param(seriesId).query(SeriesRepository::mapObservation).list();
    }

    Optional<Observation> findObservation(long id) {
        return jdbc.sql(OBSERVATION_SELECT + " WHERE o.id = ?").param(id)
                .query(SeriesRepository::mapObservation).optional();
    }

    List<Observation> observationsOfSource(long sourceId) {
        return jdbc.sql(OBSERVATION_SELECT + " WHERE o.source_id = ? AND o.deleted_at IS NULL ORDER BY o.passage_start")
                .param(sourceId).query(SeriesRepository::mapObservation).list();
    }

    /** Other live observations of the same series whose period overlaps the given one. */
    List<Observation> samePeriod(long seriesId, long exceptId, java.time.LocalDate start, java.time.LocalDate end) {
        return jdbc.sql(OBSERVATION_SELECT + """
                WHERE o.series_id = ? AND o.id <> ? AND o.deleted_at IS NULL
                  AND o.period_start = ? AND o.period_end = ?
                ORDER BY so.source_key""")
                .params(seriesId, exceptId, start, end).query(SeriesRepository::mapObservation).list();
    }

    /** One page of observations matching the filter, ordered by series, period, source and id. */
    List<Observation> findObservations(ObservationFilter filter, long offset, int limit) {
        org.crdash.base.SqlWhere where = filter.where();
        List<Object> params = new java.util.ArrayList<>(where.params());
        params.add(limit);
        params.add(offset);
        return jdbc.sql(OBSERVATION_SELECT + " WHERE " + where.sql()
                        + " ORDER BY se.series_key, o.period_start, o.period_end, so.source_key, o.id LIMIT ? OFFSET ?")
                .params(params).query(SeriesRepository::mapObservation).list();
    }

    long countObservations(ObservationFilter filter) {
        org.crdash.base.SqlWhere where = filter.where();
        return jdbc.sql("""
                SELECT count(*) FROM observation o
                JOIN series se ON se.id = o.series_id
                JOIN source so ON so.id = o.source_id
                """ + " WHERE " + where.sql()).params(where.params()).query(Long.class).single();
    }

    Optional<SeriesSummary> summary(String key) {
        return summaries().stream().filter(s -> s.series().key().equals(key)).findFirst();
    }

    List<Series> findAllSeries() {
        return jdbc.sql("SELECT " + SERIES_COLUMNS + " FROM series se ORDER BY se.name, se.series_key")
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

    /** A live observation with the same identity (series, period, source, passage), other than {@code exceptId}. */
    Optional<Observation> findDuplicate(long seriesId, Period period, long sourceId, int passageStart,
                                        int passageEnd, Long exceptId) {
        return jdbc.sql(OBSERVATION_SELECT + """
                WHERE o.series_id = ? AND o.period_start = ? AND o.period_end = ? AND o.precision = ?
                  AND o.source_id = ? AND o.passage_start = ? AND o.passage_end = ? AND o.deleted_at IS NULL
                  AND o.id <> ?
                ORDER BY o.id LIMIT 1""")
                .params(seriesId, period.start(), period.end(), period.precision().code(), sourceId, passageStart,
                        passageEnd, exceptId == null ? -1L : exceptId)
                .query(SeriesRepository::mapObservation).optional();
    }

    List<Observation> deletedObservations() {
        return jdbc.sql(OBSERVATION_SELECT + " WHERE o.deleted_at IS NOT NULL ORDER BY o.deleted_at DESC, o.id")
                .query(SeriesRepository::mapObservation).list();
    }

    long insertSeries(SeriesInput s, String actor, java.time.Instant now) {
        java.sql.Timestamp ts = java.sql.Timestamp.from(now);
        return jdbc.sql("""
                INSERT INTO series (series_key, name, unit, category, description, origin,
                    created_at, created_by, updated_at, updated_by)
                VALUES (?, ?, ?, ?, ?, 'user', ?, ?, ?, ?) RETURNING id""")
                .params(s.key(), s.name(), s.unit(), s.category(), s.description(), ts, actor, ts, actor)
                .query(Long.class).single();
    }

    long insertObservation(ObservationValidator.ObservationDraft d, String actor, java.time.Instant now) {
        java.sql.Timestamp ts = java.sql.Timestamp.from(now);
        return jdbc.sql("""
                INSERT INTO observation (series_id, period_label, period_start, period_end, precision, value,
                    qualifier, source_id, passage, passage_start, passage_end, note, origin,
                    created_at, created_by, updated_at, updated_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'user', ?, ?, ?, ?) RETURNING id""")
                .params(d.series().id(), d.period().label(), d.period().start(), d.period().end(),
                        d.period().precision().code(), d.value(), d.qualifier().code(), d.quote().source().id(),
                        d.quote().passage(), d.quote().start(), d.quote().end(), d.note(), ts, actor, ts, actor)
                .query(Long.class).single();
    }

    /** Optimistic update: 0 when the row is not at {@code version} any more (or was deleted). */
    int updateObservation(long id, int version, ObservationValidator.ObservationDraft d, String actor,
                          java.time.Instant now) {
        return jdbc.sql("""
                UPDATE observation SET series_id = ?, period_label = ?, period_start = ?, period_end = ?,
                    precision = ?, value = ?, qualifier = ?, source_id = ?, passage = ?, passage_start = ?,
                    passage_end = ?, note = ?, version = version + 1, updated_at = ?, updated_by = ?
                WHERE id = ? AND version = ? AND deleted_at IS NULL""")
                .params(d.series().id(), d.period().label(), d.period().start(), d.period().end(),
                        d.period().precision().code(), d.value(), d.qualifier().code(), d.quote().source().id(),
                        d.quote().passage(), d.quote().start(), d.quote().end(), d.note(),
                        java.sql.Timestamp.from(now), actor, id, version)
                .update();
    }

    /** Soft delete at the expected version; 0 rows on a conflict. */
    int softDeleteObservation(long id, int version, String actor, java.time.Instant now) {
        java.sql.Timestamp ts = java.sql.Timestamp.from(now);
        return jdbc.sql("""
                UPDATE observation SET deleted_at = ?, deleted_by = ?, version = version + 1, updated_at = ?,
                    updated_by = ?
                WHERE id = ? AND version = ? AND deleted_at IS NULL""")
                .params(ts, actor, ts, actor, id, version).update();
    }

    /** Undoes a soft delete at the expected version; 0 rows on a conflict. */
    int restoreObservation(long id, int version, String actor, java.time.Instant now) {
        return jdbc.sql("""
                UPDATE observation SET deleted_at = NULL, deleted_by = NULL, version = version + 1, updated_at = ?,
                    updated_by = ?
                WHERE id = ? AND version = ? AND deleted_at IS NOT NULL""")
                .params(java.sql.Timestamp.from(now), actor, id, version).update();
    }

    static Series mapSeries(ResultSet rs, int n) throws SQLException {
        return new Series(rs.getLong("id"), rs.getString("series_key"), rs.getString("name"), rs.getString("unit"),
                rs.getString("category"), rs.getString("description"), Origin.ofCode(rs.getString("origin")),
                rs.getInt("version"));
    }

    static Observation mapObservation(ResultSet rs, int n) throws SQLException {
        java.sql.Timestamp deleted = rs.getTimestamp("deleted_at");
        return new Observation(
                rs.getLong("id"),
                rs.getLong("series_id"),
                rs.getString("series_key"),
                Period.parse(rs.getString("period_label")),
                rs.getBigDecimal("value"),
                Qualifier.ofCode(rs.getString("qualifier")),
                rs.getLong("source_id"),
                rs.getString("source_key"),
                rs.getString("passage"),
                rs.getInt("passage_start"),
                rs.getInt("passage_end"),
                rs.getString("note"),
                Origin.ofCode(rs.getString("origin")),
                rs.getInt("version"),
                rs.getTimestamp("updated_at").toInstant(),
                rs.getString("updated_by"),
                deleted == null ? null : deleted.toInstant());
    }
}
