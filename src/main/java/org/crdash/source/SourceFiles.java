package org.crdash.source;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import org.crdash.document.Document;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code source_file} table: each source's original file, written once with its source. */
@Repository
class SourceFiles {

    private final JdbcClient jdbc;
    private final Clock clock;

    SourceFiles(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void insert(long sourceId, Document d, String actor) {
        jdbc.sql("""
                INSERT INTO source_file (source_id, file_name, format, media_type, byte_size, sha256, content,
                                         created_at, created_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(sourceId, d.fileName(), d.format().code(), d.format().mediaType(), d.bytes().length,
                        d.sha256(), d.bytes(), Timestamp.from(clock.instant()), actor)
                .update();
    }

    Optional<SourceFile> find(long sourceId) {
        return jdbc.sql("""
                SELECT source_id, file_name, format, media_type, byte_size, sha256, created_at
                FROM source_file WHERE source_id = ?""").param(sourceId)
                .query((rs, n) -> new SourceFile(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getInt(5), rs.getString(6), rs.getTimestamp(7).toInstant()))
                .optional();
    }

    Optional<byte[]> content(long sourceId) {
        return jdbc.sql("SELECT content FROM source_file WHERE source_id = ?").param(sourceId)
                .query((rs, n) -> rs.getBytes(1)).optional();
    }

    Optional<String> format(long sourceId) {
        return jdbc.sql("SELECT format FROM source_file WHERE source_id = ?").param(sourceId).query(String.class)
                .optional();
    }
}
