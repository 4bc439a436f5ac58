package org.crdash.checks;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The live, dated events {@link EventDates} compares, straight from the table. */
@Repository
class EventDateReader {

    private static final String SELECT = """
            SELECT e.id, e.title, e.category, e.date_label, e.precision, e.date_start, e.date_end, e.date_text,
                   so.source_key, e.source_id, e.passage, e.passage_start, e.passage_end
            FROM event e JOIN source so ON so.id = e.source_id
            WHERE e.deleted_at IS NULL AND e.date_start IS NOT NULL""";

    private final JdbcClient jdbc;

    EventDateReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every live, dated event. */
    List<EventDates.Dated> all() {
        return jdbc.sql(SELECT + " ORDER BY e.id").query(this::dated).list();
    }

    /** The live, dated events of these categories (those a changed event can be the same event as). */
    List<EventDates.Dated> ofCategories(Collection<String> categories) {
        return jdbc.sql(SELECT + " AND e.category = ANY (?::text[]) ORDER BY e.id")
                .param(FindingStore.array(List.copyOf(categories))).query(this::dated).list();
    }

    /** The categories of these events, deleted ones too. */
    List<String> categoriesOf(Collection<Long> eventIds) {
        return jdbc.sql("SELECT DISTINCT category FROM event WHERE id = ANY (?::bigint[])")
                .param(ClaimReader.ids(eventIds)).query(String.class).list();
    }

    private EventDates.Dated dated(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new EventDates.Dated(rs.getLong("id"), rs.getString("title"), rs.getString("category"),
                rs.getString("date_label"), rs.getString("precision"), rs.getObject("date_start", LocalDate.class),
                rs.getObject("date_end", LocalDate.class), rs.getString("date_text"), rs.getString("source_key"),
                rs.getLong("source_id"), rs.getString("passage"), rs.getInt("passage_start"),
                rs.getInt("passage_end"));
    }
}
