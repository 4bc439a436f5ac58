package org.crdash.event;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
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

/** The event table: reads by date, source, filter and id, and the duplicate check. */
@Repository
class EventRepository {

    static final String EVENT_SELECT = """
            SELECT e.id, e.date_label, e.date_text, e.title, e.category, e.source_id, so.source_key, e.passage,
                   e.passage_start, e.passage_end, e.note, e.origin, e.review_status, e.review_reason, e.version, e.updated_at, e.updated_by,
                   e.deleted_at
            FROM event e
            JOIN source so ON so.id = e.source_id
            """;

    private final JdbcClient jdbc;

    EventRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long count() {
        return jdbc.sql("SELECT count(*) FROM event WHERE deleted_at IS NULL").query(Long.class).single();
    }

    List<Event> findAll() {
        return jdbc.sql(EVENT_SELECT + """
                WHERE e.deleted_at IS NULL
                ORDER BY e.date_start NULLS LAST, e.date_end, so.source_key, e.id""")
                .query(EventRepository::map).list();
    }

    Optional<Event> findById(long id) {
        return jdbc.sql(EVENT_SELECT + " WHERE e.id = ?").param(id).query(EventRepository::map).optional();
    }

    List<Event> ofSource(long sourceId) {
        return jdbc.sql(EVENT_SELECT + " WHERE e.source_id = ? AND e.deleted_at IS NULL ORDER BY e.passage_start")
                .param(sourceId).query(EventRepository::map).list();
    }

    /**
     * The order of lists and pages (an index, {@code event_list_idx}, has it): by date (undated last, as
     * {@code infinity}), source and id. {@link #keyOf} is a row's place in it.
     */
    static final String LIST_ORDER = "COALESCE(e.date_start, 'infinity'::date), COALESCE(e.date_end, "
            + "'infinity'::date), e.source_id, e.id";

    static Keyset keyOf(Event e) {
        return Keyset.of(e.date().start(), e.date().end(), e.sourceId(), e.id());
    }

    /** Up to {@code limit} events matching the filter after {@code after} (or from the start) and offset. */
    List<Event> find(EventFilter filter, Keyset after, long offset, int limit) {
        SqlWhere where = filter.where();
        String sql = EVENT_SELECT + " WHERE " + where.sql();
        if (after != null) {
            sql += " AND " + after.after(LIST_ORDER, "ddnn"); // literals: see Keyset.sqlRow
        }
        return jdbc.sql(sql + " ORDER BY " + LIST_ORDER + " LIMIT " + limit + " OFFSET " + offset)
                .params(where.params()).query(EventRepository::map).list();
    }

    RowTotal total(EventFilter filter) {
        SqlWhere where = filter.where();
        return RowTotal.of(jdbc, "event e JOIN source so ON so.id = e.source_id WHERE " + where.sql(),
                where.params());
    }

    /** Ids of the live events matching a full-text search (title, passage, date wording), best match first. */
    List<Long> search(EventSearch search) {
        return jdbc.sql("""
                SELECT e.id FROM event e, to_tsquery('simple', ?) q
                WHERE e.deleted_at IS NULL
                  AND event_search_document(e.title, e.passage, e.date_text, e.date_start, e.precision) @@ q
                ORDER BY ts_rank(event_search_document(e.title, e.passage, e.date_text, e.date_start, e.precision), q)
                         DESC, e.id""")
                .param(search.tsquery()).query(Long.class).list();
    }

    List<String> categories() {
        return jdbc.sql("SELECT code FROM event_category ORDER BY sort_order").query(String.class).list();
    }

    Optional<Event> findDuplicate(long sourceId, int passageStart, int passageEnd, String title, Long exceptId) {
        return jdbc.sql(EVENT_SELECT + """
                WHERE e.source_id = ? AND e.passage_start = ? AND e.passage_end = ? AND e.title = ?
                  AND e.deleted_at IS NULL AND e.id <> ?
                ORDER BY e.id LIMIT 1""")
                .params(sourceId, passageStart, passageEnd, title, exceptId == null ? -1L : exceptId)
                .query(EventRepository::map).optional();
    }

    List<Event> deleted() {
        return jdbc.sql(EVENT_SELECT + " WHERE e.deleted_at IS NOT NULL ORDER BY e.deleted_at DESC, e.id")
                .query(EventRepository::map).list();
    }

    static Event map(ResultSet rs, int n) throws SQLException {
        return new Event(
                rs.getLong("id"),
                Period.parse(rs.getString("date_label")),
                rs.getString("date_text"),
                rs.getString("title"),
                rs.getString("category"),
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
