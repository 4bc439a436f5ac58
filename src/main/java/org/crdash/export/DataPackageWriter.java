package org.crdash.export;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.crdash.base.SqlWhere;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Frictionless Tabular Data Package (v1) as a zip: {@code datapackage.json} (a Table Schema per CSV — field
 * names, types, descriptions, allowed values, primary and foreign keys), one data CSV per {@link ExportTable}
 * (exactly what the CSV download of the same rows gives), and every source text the passages are quoted from
 * ({@code texts/…}, with its SHA-256), so the package proves its own provenance. Streamed entry by entry.
 */
final class DataPackageWriter {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Connection connection;
    private final List<ExportTable> tables;
    private final Instant created;

    /** {@code connection} is in a repeatable-read transaction, so all files come from one snapshot. */
    DataPackageWriter(Connection connection, List<ExportTable> tables, Instant created) {
        this.connection = connection;
        this.tables = tables;
        this.created = created.truncatedTo(ChronoUnit.SECONDS);
    }

    void write(OutputStream out) throws SQLException, IOException {
        ZipOutputStream zip = new ZipOutputStream(new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len); // FilterOutputStream would write byte by byte
            }

            @Override
            public void close() throws IOException {
                flush(); // the caller owns the response stream
            }
        });
        // small writes (one per CSV row) are gathered before they reach the compressor
        BufferedOutputStream buffered = new BufferedOutputStream(zip, 1 << 16);
        List<Text> texts = texts();
        entry(zip, buffered, "datapackage.json");
        buffered.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(descriptor(texts)));
        for (ExportTable table : tables) {
            entry(zip, buffered, table.name() + ".csv");
            CopyWriter.write(connection, table, table.packageWhere(), CsvDialect.DATA, buffered);
        }
        for (Text text : texts) {
            entry(zip, buffered, text.path());
            writeText(buffered, text.id());
        }
        buffered.flush();
        zip.close();
    }

    private void entry(ZipOutputStream zip, BufferedOutputStream buffered, String name) throws IOException {
        buffered.flush();
        ZipEntry entry = new ZipEntry(name);
        entry.setLastModifiedTime(FileTime.from(created));
        zip.putNextEntry(entry);
    }

    private record Text(long id, String sourceKey, String title, String url, String sha256, String path) {
    }

    /** The texts of the sources in the package (their metadata; the texts are read one at a time). */
    private List<Text> texts() throws SQLException {
        SqlWhere where = ExportTables.SOURCES.packageWhere();
        List<Text> texts = new ArrayList<>();
        try (PreparedStatement st = connection.prepareStatement("SELECT s.id, s.source_key, s.title, s.url, s.sha256, "
                + ExportTables.TEXT_PATH + " AS path FROM source s WHERE " + CopyWriter.inline(connection, where)
                + " ORDER BY s.source_key COLLATE \"C\"");
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                texts.add(new Text(rs.getLong("id"), rs.getString("source_key"), rs.getString("title"),
                        rs.getString("url"), rs.getString("sha256"), rs.getString("path")));
            }
        }
        return texts;
    }

    private void writeText(OutputStream out, long sourceId) throws SQLException, IOException {
        try (PreparedStatement st = connection.prepareStatement("SELECT full_text FROM source WHERE id = ?")) {
            st.setLong(1, sourceId);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                out.write(rs.getString(1).getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private Map<String, Object> descriptor(List<Text> texts) throws SQLException {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("profile", "tabular-data-package");
        p.put("name", "crdash-china-russia");
        p.put("title", "China–Russia trade and events, every number with its source");
        p.put("description", "Sourced observations and dated events from articles on China–Russia relations. Each "
                + "row quotes its verbatim passage with character offsets into the source text, which is in "
                + "texts/. Sources that disagree are separate rows: nothing is averaged, dropped or corrected.");
        p.put("created", created.toString());
        p.put("sources", texts.stream().map(t -> t.url() == null ? Map.of("title", t.title())
                : Map.of("title", t.title(), "path", t.url())).toList());
        List<Object> resources = new ArrayList<>();
        for (ExportTable table : tables) {
            resources.add(resource(table));
        }
        for (Text t : texts) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("name", "source-text-" + t.id());
            r.put("path", t.path());
            r.put("title", t.title());
            r.put("description", "Full text of source " + t.sourceKey() + "; passage offsets count its characters.");
            r.put("format", "txt");
            r.put("mediatype", "text/plain");
            r.put("encoding", "utf-8");
            r.put("hash", "sha256:" + t.sha256());
            resources.add(r);
        }
        p.put("resources", resources);
        return p;
    }

    private Map<String, Object> resource(ExportTable table) throws SQLException {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("name", table.name());
        r.put("path", table.name() + ".csv");
        r.put("profile", "tabular-data-resource");
        r.put("title", table.title());
        r.put("description", table.description());
        r.put("format", "csv");
        r.put("mediatype", "text/csv");
        r.put("encoding", "utf-8");
        Map<String, Object> dialect = new LinkedHashMap<>();
        dialect.put("delimiter", ",");
        dialect.put("lineTerminator", "\r\n");
        dialect.put("quoteChar", "\"");
        dialect.put("doubleQuote", true);
        dialect.put("header", true);
        r.put("dialect", dialect);
        Map<String, Object> schema = new LinkedHashMap<>();
        List<Object> fields = new ArrayList<>();
        for (ExportColumn c : table.columns()) {
            fields.add(field(c));
        }
        schema.put("fields", fields);
        schema.put("missingValues", List.of(""));
        if (!table.primaryKey().isEmpty()) {
            schema.put("primaryKey", table.primaryKey());
        }
        if (!table.foreignKeys().isEmpty()) {
            schema.put("foreignKeys", table.foreignKeys().stream().map(DataPackageWriter::foreignKey).toList());
        }
        r.put("schema", schema);
        return r;
    }

    private static Map<String, Object> foreignKey(ExportTable.ForeignKey fk) {
        Map<String, Object> reference = new LinkedHashMap<>();
        reference.put("resource", fk.table());
        reference.put("fields", List.of(fk.field()));
        Map<String, Object> key = new LinkedHashMap<>();
        key.put("fields", List.of(fk.column()));
        key.put("reference", reference);
        return key;
    }

    private Map<String, Object> field(ExportColumn c) throws SQLException {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("name", c.name());
        f.put("type", c.type().tableSchema());
        f.put("description", c.description());
        Map<String, Object> constraints = new LinkedHashMap<>();
        if (c.required()) {
            constraints.put("required", true);
        }
        if (c.unique()) {
            constraints.put("unique", true);
        }
        List<String> allowed = c.allowedSql() == null ? c.allowed() : values(c.allowedSql());
        if (!allowed.isEmpty()) {
            constraints.put("enum", allowed);
        }
        if (!constraints.isEmpty()) {
            f.put("constraints", constraints);
        }
        return f;
    }

    private List<String> values(String query) throws SQLException {
        List<String> values = new ArrayList<>();
        try (PreparedStatement st = connection.prepareStatement(query); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
