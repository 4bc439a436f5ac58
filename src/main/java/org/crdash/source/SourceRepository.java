package org.crdash.source;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.crdash.base.DatePrecision;
import org.crdash.base.write.VersionedRow;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class SourceRepository {

    static final String COLUMNS = """
            s.id, s.source_key, s.title, s.author, s.publisher, s.published_start, s.published_precision,
            s.published_text, s.url, s.sha256, s.origin, s.version, s.deleted_at""";

    private final JdbcClient jdbc;

    SourceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Source> findAll() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM source s WHERE s.deleted_at IS NULL ORDER BY s.source_key")
                .query(SourceRepository::map).list();
    }

    Optional<Source> findById(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM source s WHERE s.id = ?").param(id)
                .query(SourceRepository::map).optional();
    }

    Optional<Source> findByKey(String key) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM source s WHERE s.source_key = ?").param(key)
                .query(SourceRepository::map).optional();
    }

    Optional<Source> findLiveByKey(String key) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM source s WHERE s.source_key = ? AND s.deleted_at IS NULL")
                .param(key).query(SourceRepository::map).optional();
    }

    Optional<Source> findLiveBySha(String sha256) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM source s WHERE s.sha256 = ? AND s.deleted_at IS NULL")
                .param(sha256).query(SourceRepository::map).optional();
    }

    Optional<String> text(long id) {
        return jdbc.sql("SELECT full_text FROM source WHERE id = ?").param(id).query(String.class).optional();
    }

    List<SourceStats> stats() {
        return stats("s.deleted_at IS NULL", List.of());
    }

    Optional<SourceStats> statsOf(String key) {
        return stats("s.source_key = ?", List.of(key)).stream().findFirst();
    }

    private List<SourceStats> stats(String condition, List<Object> params) {
        return jdbc.sql("""
                SELECT %s,
                       (SELECT count(*) FROM observation o WHERE o.source_id = s.id AND o.deleted_at IS NULL) AS observations,
                       (SELECT count(*) FROM event e WHERE e.source_id = s.id AND e.deleted_at IS NULL) AS events,
                       s.text_length
                FROM source s WHERE %s ORDER BY s.source_key""".formatted(COLUMNS, condition))
                .params(params)
                .query((rs, n) -> new SourceStats(map(rs, n), rs.getLong("observations"), rs.getLong("events"),
                        rs.getInt("text_length")))
                .list();
    }

    /** Soft-deleted sources, most recently deleted first. */
    List<Source> deleted() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM source s WHERE s.deleted_at IS NOT NULL "
                + "ORDER BY s.deleted_at DESC, s.id").query(SourceRepository::map).list();
    }

    /** Rows that quote the source, live or deleted (a deleted one can be restored and must still fit its text). */
    long quotingRows(long id) {
        return jdbc.sql("SELECT (SELECT count(*) FROM observation WHERE source_id = ?) "
                + "+ (SELECT count(*) FROM event WHERE source_id = ?)").params(id, id).query(Long.class).single();
    }

    static Source map(ResultSet rs, int rowNum) throws SQLException {
        return new Source(
                rs.getLong("id"),
                rs.getString("source_key"),
                rs.getString("title"),
                rs.getString("author"),
                rs.getString("publisher"),
                rs.getObject("published_start", java.time.LocalDate.class),
                DatePrecision.ofCode(rs.getString("published_precision")),
                rs.getString("published_text"),
                rs.getString("url"),
                rs.getString("sha256"),
                rs.getString("origin"),
                rs.getInt("version"),
                VersionedRow.deletedAt(rs));
    }
}
