package org.crdash.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.crdash.base.Origin;
import org.crdash.base.ValidationException;
import org.crdash.base.write.VersionedWrites;
import org.crdash.series.ObservationTable;
import org.crdash.series.ObservationValidator.ObservationDraft;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * The valid rows of one import, on their way into {@code observation}: a temporary table with the observation
 * table's own columns (and types) plus the line each row came from, filled with COPY one batch at a time so memory
 * stays flat, checked set-based for repeats, and inserted in one statement through the one write path. Lives as
 * long as the import's transaction (ON COMMIT DROP).
 */
final class ImportStaging {

    /** The observation columns a row is staged and inserted with: the one write path's description of them. */
    private static final List<String> COLUMNS = ObservationTable.COLUMN_NAMES;

    /** What tells two staged rows apart (no two repeat each other: {@link #checkDuplicates}). */
    private static final List<String> KEY = List.of("series_id", "period_start", "period_end", "precision",
            "source_id", "passage_start", "passage_end");

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final StringWriter buffer = new StringWriter();
    private final CSVPrinter printer;
    private int size;

    ImportStaging(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        jdbc.sql("CREATE TEMP TABLE import_staging ON COMMIT DROP AS SELECT 0::bigint AS line, "
                + String.join(", ", COLUMNS) + ", NULL::jsonb AS acknowledged_warnings FROM observation WITH NO DATA")
                .update();
        try {
            printer = new CSVPrinter(buffer, CSVFormat.RFC4180);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter never throws
        }
    }

    /** Stages a row; {@code warnings} (JSON, null for none) are those its audit row is to record as acknowledged. */
    void add(long line, ObservationDraft d, String warnings) {
        List<Object> row = new ArrayList<>();
        row.add(line);
        for (Object v : ObservationTable.columns(d).values()) {
            row.add(v instanceof BigDecimal b ? b.toPlainString() : v);
        }
        row.add(warnings);
        try {
            printer.printRecord(row);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        size++;
    }

    /** Copies the rows added since the last flush into the staging table. */
    void flush() {
        if (size == 0) {
            return;
        }
        try {
            printer.flush();
            Connection c = DataSourceUtils.getConnection(dataSource);
            // bytes, not a Reader: PgJDBC encodes a Reader in 64K-char pieces, and a piece that ends inside a
            // surrogate pair (an emoji, 𝑥, a CJK Extension B name) would turn that character into "??"
            c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY import_staging (line, "
                    + String.join(", ", COLUMNS) + ", acknowledged_warnings) FROM STDIN WITH (FORMAT csv, ENCODING "
                    + "'UTF8')",
                    new ByteArrayInputStream(buffer.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("could not stage imported rows: " + e.getMessage(), e);
        }
        buffer.getBuffer().setLength(0);
        size = 0;
    }

    /** Rows that repeat each other, or repeat a live observation, in the same series, period, source and passage. */
    void checkDuplicates(ImportProblems problems) {
        long[] total = new long[1];
        List<ImportProblem> repeats = jdbc.sql("""
                SELECT line, first_line, count(*) OVER () AS total FROM (
                    SELECT line, min(line) OVER (PARTITION BY series_id, period_start, period_end, precision, source_id,
                                                 passage_start, passage_end) AS first_line
                    FROM import_staging) d
                WHERE line <> first_line ORDER BY line LIMIT ?""")
                .param(ImportProblems.MAX_LISTED)
                .query((rs, n) -> {
                    total[0] = rs.getLong("total");
                    return new ImportProblem(rs.getLong("line"), "passage", "repeats line "
                            + rs.getLong("first_line") + " (same series, period, source and passage)");
                })
                .list();
        problems.addAll(repeats, total[0]);
        total[0] = 0;
        List<ImportProblem> existing = jdbc.sql("""
                SELECT s.line, o.id, count(*) OVER () AS total FROM import_staging s
                JOIN observation o ON o.series_id = s.series_id AND o.period_start = s.period_start
                    AND o.period_end = s.period_end AND o.precision = s.precision AND o.source_id = s.source_id
                    AND o.passage_start = s.passage_start AND o.passage_end = s.passage_end AND o.deleted_at IS NULL
                ORDER BY s.line LIMIT ?""")
                .param(ImportProblems.MAX_LISTED)
                .query((rs, n) -> {
                    total[0] = rs.getLong("total");
                    return new ImportProblem(rs.getLong("line"), "passage", "this observation is already recorded as #"
                            + rs.getLong("id") + " (same series, period, source and passage)");
                })
                .list();
        problems.addAll(existing, total[0]);
    }

    /**
     * One statement through the one write path: every staged row, in file order, with an audit row each. If another
     * import (or a form) stored the same observation after {@link #checkDuplicates} looked, the unique index refuses
     * the insert; then the insert is undone (back to a savepoint, the staged rows kept) and the clash is reported
     * line by line, as {@link #checkDuplicates} reports it, now that the other write is committed.
     *
     * @throws ImportRejectedException for a clash with a concurrently stored observation; nothing is written
     */
    long insert(VersionedWrites writes, String actor) {
        TransactionStatus tx = TransactionAspectSupport.currentTransactionStatus();
        Object beforeInsert = tx.createSavepoint();
        try {
            return writes.insertAll(ObservationTable.TABLE, COLUMNS, "SELECT " + String.join(", ", COLUMNS)
                    + ", acknowledged_warnings FROM import_staging ORDER BY line", List.of(), KEY, Origin.USER, actor);
        } catch (ValidationException duplicate) {
            tx.rollbackToSavepoint(beforeInsert);
            ImportProblems problems = new ImportProblems();
            checkDuplicates(problems);
            problems.throwIfAny();
            throw duplicate;
        }
    }
}
