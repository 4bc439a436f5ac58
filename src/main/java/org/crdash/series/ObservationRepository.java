package org.crdash.series;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.crdash.base.Keyset;
import org.crdash.base.Origin;
import org.crdash.base.Period;
import org.crdash.base.ReviewStatus;
import org.crdash.base.RowTotal;
import org.crdash.base.SqlWhere;
import org.crdash.base.write.VersionedRow;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The observation table: reads by series, source, filter and id; the rows an edit locks and writes. */
@Repository
class ObservationRepository {

    private static final String FROM = """
            observation o
            JOIN series se ON se.id = o.series_id
            JOIN source so ON so.id = o.source_id
            """;
    static final String SELECT = """
            SELECT o.id, o.series_id, se.series_key, o.period_label, o.precision, o.value, o.qualifier,
                   o.source_id, so.source_key, o.passage, o.passage_start, o.passage_end, o.note, o.origin,
                   o.review_status, o.review_reason, o.version, o.updated_at, o.updated_by, o.deleted_at
            """ + "FROM " + FROM;

    private final JdbcClient jdbc;

    ObservationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long count() {
        return jdbc.sql("SELECT count(*) FROM observation WHERE deleted_at IS NULL").query(Long.class).single();
    }

    List<Observation> ofSeries(long seriesId) {
        return jdbc.sql(SELECT + """
                WHERE o.series_id = ? AND o.deleted_at IS NULL
                ORDER BY o.period_start, o.period_end, so.source_key, o.id""")
                .param(seriesId).query(ObservationRepository::map).list();
    }

    Optional<Observation> findById(long id) {
        return jdbc.sql(SELECT + " WHERE o.id = ?").param(id)
                .query(ObservationRepository::map).optional();
    }

    List<Observation> ofSource(long sourceId) {
        return jdbc.sql(SELECT + " WHERE o.source_id = ? AND o.deleted_at IS NULL ORDER BY o.passage_start")
                .param(sourceId).query(ObservationRepository::map).list();
    }

    /** Other live observations of the same series whose period overlaps the given one. */
    List<Observation> samePeriod(long seriesId, long exceptId, LocalDate start, LocalDate end) {
        return jdbc.sql(SELECT + """
                WHERE o.series_id = ? AND o.id <> ? AND o.deleted_at IS NULL
                  AND o.period_start = ? AND o.period_end = ?
                ORDER BY so.source_key""")
                .params(seriesId, exceptId, start, end).query(ObservationRepository::map).list();
    }

    /**
     * The order of lists and pages (an index, {@code observation_list_idx}, has it): by series, period, source and
     * id. {@link #keyOf} is a row's place in it.
     */
    static final String LIST_ORDER = "o.series_id, o.period_start, o.period_end, o.source_id, o.id";

    static Keyset keyOf(Observation o) {
        return Keyset.of(o.seriesId(), o.period().start(), o.period().end(), o.sourceId(), o.id());
    }

    /** Up to {@code limit} observations matching the filter after {@code after} (or from the start) and offset. */
    List<Observation> find(ObservationFilter filter, Keyset after, long offset, int limit) {
        SqlWhere where = filter.where();
        return jdbc.sql(findSql(where, after, offset, limit)).params(where.params()).query(ObservationRepository::map)
                .list();
    }

    /** The statement of {@link #find}; its parameters are the filter's. */
    static String findSql(SqlWhere where, Keyset after, long offset, int limit) {
        String sql = SELECT + " WHERE " + where.sql();
        if (after != null) {
            sql += " AND " + after.after(LIST_ORDER, "nddnn"); // literals: see Keyset.sqlRow
        }
        return sql + " ORDER BY " + LIST_ORDER + " LIMIT " + limit + " OFFSET " + offset;
    }

    long count(ObservationFilter filter) {
        SqlWhere where = filter.where();
        return jdbc.sql("SELECT count(*) FROM " + FROM + " WHERE " + where.sql()).params(where.params())
                .query(Long.class).single();
    }

    RowTotal total(ObservationFilter filter) {
        SqlWhere where = filter.where();
        return RowTotal.of(jdbc, FROM + " WHERE " + where.sql(), where.params());
    }

    /** A live observation with the same identity (series, period, source, passage), other than {@code exceptId}. */
    Optional<Observation> findDuplicate(long seriesId, Period period, long sourceId, int passageStart,
                                        int passageEnd, Long exceptId) {
        return jdbc.sql(SELECT + """
                WHERE o.series_id = ? AND o.period_start = ? AND o.period_end = ? AND o.precision = ?
                  AND o.source_id = ? AND o.passage_start = ? AND o.passage_end = ? AND o.deleted_at IS NULL
                  AND o.id <> ?
                ORDER BY o.id LIMIT 1""")
                .params(seriesId, period.start(), period.end(), period.precision().code(), sourceId, passageStart,
                        passageEnd, exceptId == null ? -1L : exceptId)
                .query(ObservationRepository::map).optional();
    }

    List<Observation> deleted() {
        return jdbc.sql(SELECT + " WHERE o.deleted_at IS NOT NULL ORDER BY o.deleted_at DESC, o.id")
                .query(ObservationRepository::map).list();
    }

    static Observation map(ResultSet rs, int n) throws SQLException {
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
                ReviewStatus.ofCode(rs.getString("review_status")),
                rs.getString("review_reason"),
                rs.getInt("version"),
                rs.getTimestamp("updated_at").toInstant(),
                rs.getString("updated_by"),
                VersionedRow.deletedAt(rs));
    }
}
