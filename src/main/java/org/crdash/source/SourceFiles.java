package org.crdash.source;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.crdash.document.Block;
import org.crdash.document.Document;
import org.crdash.document.DocumentFormat;
import org.jspecify.annotations.Nullable;
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
                                         created_at, created_by, layout)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(sourceId, d.fileName(), d.format().code(), d.format().mediaType(), d.bytes().length,
                        d.sha256(), d.bytes(), Timestamp.from(clock.instant()), actor,
                        d.layout().isEmpty() ? null : Block.encode(d.layout()))
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

    /**
     * How a source's text is shown: as Markdown (no file, or a text or Markdown file), laid out as its document
     * was (a web page or Word file), or plain (a PDF, or a file stored before layouts were kept).
     */
    RenderedText render(long sourceId, String text) {
        Optional<Shape> shape = jdbc.sql("SELECT format, layout FROM source_file WHERE source_id = ?")
                .param(sourceId).query((rs, n) -> new Shape(rs.getString(1), rs.getString(2))).optional();
        if (shape.isEmpty() || DocumentFormat.valueOf(shape.get().format().toUpperCase(Locale.ROOT)).markdown()) {
            return RenderedText.markdown(text);
        }
        String layout = shape.get().layout();
        return layout == null ? RenderedText.plain(text) : RenderedText.laidOut(text, Block.decode(layout));
    }

    private record Shape(String format, @Nullable String layout) {
    }
}
