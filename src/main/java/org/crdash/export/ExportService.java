package org.crdash.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVPrinter;
import org.crdash.base.SqlWhere;
import org.crdash.event.EventFilter;
import org.crdash.series.ObservationFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Writes observations and events as CSV, streamed from the database: rows are read through a forward-only
 * cursor ({@value #FETCH_SIZE} at a time, in a read-only transaction on a connection of its own) and written
 * as they come, so an export of any size needs only constant memory.
 *
 * <p>The column names and order ({@link #OBSERVATION_COLUMNS}, {@link #EVENT_COLUMNS}) are a contract that
 * other tools read: only append to them. Text cells starting with {@code = + - @}, TAB or CR get a leading
 * apostrophe (formula-injection guard); numeric columns are never altered and {@code value} is plain decimal.
 */
@Service
public class ExportService {

    public static final List<String> OBSERVATION_COLUMNS = List.of("series_key", "series_name", "period",
            "period_start", "period_end", "precision", "value", "unit", "qualifier", "source_file", "source_title",
            "passage", "passage_start", "passage_end", "note", "origin",
            "id", "version", "created_at", "updated_at", "updated_by", "deleted_at");

    public static final List<String> EVENT_COLUMNS = List.of("date_start", "date_end", "precision", "date_text",
            "title", "category", "source_file", "source_title", "passage", "passage_start", "passage_end", "note",
            "origin", "date", "id", "version", "created_at", "updated_at", "updated_by", "deleted_at");

    static final int FETCH_SIZE = 1000;

    /** The marker comments let operators (and tests) find a running export in pg_stat_activity. */
    private static final String OBSERVATION_SQL = """
            SELECT /* crdash-export:observations */
                   se.series_key, se.name AS series_name, o.period_label, o.period_start, o.period_end, o.precision,
                   o.value, se.unit, o.qualifier, so.source_key, so.title AS source_title, o.passage,
                   o.passage_start, o.passage_end, o.note, o.origin, o.id, o.version, o.created_at, o.updated_at,
                   o.updated_by, o.deleted_at
            FROM observation o
            JOIN series se ON se.id = o.series_id
            JOIN source so ON so.id = o.source_id
            WHERE %s
            ORDER BY se.series_key, o.period_start, o.period_end, so.source_key, o.id""";

    private static final String EVENT_SQL = """
            SELECT /* crdash-export:events */
                   e.date_start, e.date_end, e.precision, e.date_text, e.title, e.category, so.source_key,
                   so.title AS source_title, e.passage, e.passage_start, e.passage_end, e.note, e.origin,
                   e.date_label, e.id, e.version, e.created_at, e.updated_at, e.updated_by, e.deleted_at
            FROM event e
            JOIN source so ON so.id = e.source_id
            WHERE %s
            ORDER BY e.date_start NULLS LAST, e.date_end, so.source_key, e.id""";

    private static final Logger log = LoggerFactory.getLogger(ExportService.class);

    private final DataSource dataSource;
    private final Clock clock;

    ExportService(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /**
     * Writes the observations matching the filter to {@code out} (flushed, not closed).
     *
     * @return the number of data rows written
     * @throws ExportFailedException if the database fails; what was written so far is then incomplete
     * @throws IOException           if {@code out} fails, e.g. the client went away
     */
    public long writeObservations(ObservationFilter filter, CsvDialect dialect, OutputStream out) throws IOException {
        return write("observations", OBSERVATION_SQL, filter.where(), OBSERVATION_COLUMNS, dialect, out,
                rs -> new Object[] {
                        CsvCells.text(rs, "series_key"),
                        CsvCells.text(rs, "series_name"),
                        CsvCells.text(rs, "period_label"),
                        CsvCells.date(rs, "period_start"),
                        CsvCells.date(rs, "period_end"),
                        CsvCells.text(rs, "precision"),
                        CsvCells.decimal(rs, "value"),
                        CsvCells.text(rs, "unit"),
                        CsvCells.text(rs, "qualifier"),
                        CsvCells.text(rs, "source_key"),
                        CsvCells.text(rs, "source_title"),
                        CsvCells.text(rs, "passage"),
                        CsvCells.integer(rs, "passage_start"),
                        CsvCells.integer(rs, "passage_end"),
                        CsvCells.text(rs, "note"),
                        CsvCells.text(rs, "origin"),
                        CsvCells.integer(rs, "id"),
                        CsvCells.integer(rs, "version"),
                        CsvCells.timestamp(rs, "created_at"),
                        CsvCells.timestamp(rs, "updated_at"),
                        CsvCells.text(rs, "updated_by"),
                        CsvCells.timestamp(rs, "deleted_at")});
    }

    /** Writes the events matching the filter to {@code out} (flushed, not closed); see {@link #writeObservations}. */
    public long writeEvents(EventFilter filter, CsvDialect dialect, OutputStream out) throws IOException {
        return write("events", EVENT_SQL, filter.where(), EVENT_COLUMNS, dialect, out,
                rs -> new Object[] {
                        CsvCells.date(rs, "date_start"),
                        CsvCells.date(rs, "date_end"),
                        CsvCells.text(rs, "precision"),
                        CsvCells.text(rs, "date_text"),
                        CsvCells.text(rs, "title"),
                        CsvCells.text(rs, "category"),
                        CsvCells.text(rs, "source_key"),
                        CsvCells.text(rs, "source_title"),
                        CsvCells.text(rs, "passage"),
                        CsvCells.integer(rs, "passage_start"),
                        CsvCells.integer(rs, "passage_end"),
                        CsvCells.text(rs, "note"),
                        CsvCells.text(rs, "origin"),
                        CsvCells.text(rs, "date_label"),
                        CsvCells.integer(rs, "id"),
                        CsvCells.integer(rs, "version"),
                        CsvCells.timestamp(rs, "created_at"),
                        CsvCells.timestamp(rs, "updated_at"),
                        CsvCells.text(rs, "updated_by"),
                        CsvCells.timestamp(rs, "deleted_at")});
    }

    /** File name offered for download, e.g. {@code crdash-observations-2026-01-31.csv}. */
    public String fileName(String what) {
        return "crdash-" + what + "-" + LocalDate.now(clock) + ".csv";
    }

    @FunctionalInterface
    private interface RowReader {
        Object[] read(ResultSet rs) throws SQLException;
    }

    private long write(String what, String sqlTemplate, SqlWhere where, List<String> header, CsvDialect dialect,
                       OutputStream out, RowReader rowReader) throws IOException {
        String sql = sqlTemplate.formatted(where.sql());
        long rows = 0;
        try (Connection connection = dataSource.getConnection()) {
            // A cursor needs a transaction: with autocommit on, PostgreSQL's driver would fetch every row at once.
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            try (PreparedStatement statement = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY,
                    ResultSet.CONCUR_READ_ONLY)) {
                statement.setFetchSize(FETCH_SIZE);
                int i = 1;
                for (Object param : where.params()) {
                    statement.setObject(i++, param);
                }
                try (ResultSet rs = statement.executeQuery()) {
                    Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
                    if (dialect.byteOrderMark()) {
                        writer.write('\uFEFF');
                    }
                    // Not closed on purpose: closing would close (and so complete) the caller's stream.
                    CSVPrinter printer = new CSVPrinter(writer, dialect.format(header));
                    while (rs.next()) {
                        printer.printRecord(rowReader.read(rs));
                        rows++;
                    }
                    printer.flush();
                }
                connection.commit();
                return rows;
            } catch (SQLException | IOException | RuntimeException e) {
                rollbackQuietly(connection);
                throw e;
            }
        } catch (SQLException e) {
            log.warn("CSV export of {} failed after {} rows: {}", what, rows, e.getMessage());
            throw new ExportFailedException("the database failed during the export of " + what + " after " + rows
                    + " rows", e);
        } catch (IOException e) {
            log.info("CSV export of {} stopped after {} rows: {}", what, rows, e.getMessage());
            throw e;
        }
    }

    private static void rollbackQuietly(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the connection is probably broken; the pool discards it
        }
    }
}
