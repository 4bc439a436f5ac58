package org.crdash.export;

import org.crdash.base.DatabaseTimeouts;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.crdash.base.SqlWhere;
import org.crdash.event.EventFilter;
import org.crdash.series.ObservationFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * The one export implementation, behind the API, the UI's download links and the data package: the database
 * formats the CSV ({@code COPY … TO STDOUT}, see {@link CopyWriter}) and its bytes stream to the caller's output as
 * they come, in a read-only transaction on a connection of its own, so an export of any size needs constant memory
 * and runs at the speed of COPY. The tables and their columns are in {@link ExportTables}; other features export
 * their own {@link ExportTable} through {@link #write}.
 */
@Service
public class ExportService {

    private static final Logger log = LoggerFactory.getLogger(ExportService.class);
    private static final int BUFFER = 1 << 16;

    private final DataSource dataSource;
    private final Clock clock;
    private final ObjectProvider<ExportTable> extraTables;

    ExportService(DataSource dataSource, Clock clock, ObjectProvider<ExportTable> extraTables) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.extraTables = extraTables;
    }

    /**
     * Writes the observations matching the filter to {@code out} (flushed, not closed).
     *
     * @return the number of data rows written
     * @throws ExportFailedException if the database fails; what was written so far is then incomplete
     * @throws IOException           if {@code out} fails, e.g. the client went away
     */
    public long writeObservations(ObservationFilter filter, CsvDialect dialect, OutputStream out) throws IOException {
        return write(ExportTables.OBSERVATIONS, filter.where(), dialect, out);
    }

    /** Writes the events matching the filter to {@code out} (flushed, not closed); see {@link #writeObservations}. */
    public long writeEvents(EventFilter filter, CsvDialect dialect, OutputStream out) throws IOException {
        return write(ExportTables.EVENTS, filter.where(), dialect, out);
    }

    /**
     * Writes the rows of any export table matching {@code where} (a condition over the table's FROM aliases) to
     * {@code out}, flushed, not closed; see {@link #writeObservations} for what can go wrong.
     */
    public long write(ExportTable table, SqlWhere where, CsvDialect dialect, OutputStream out) throws IOException {
        return inTransaction(table.name(), false, connection -> {
            BufferedOutputStream buffered = new BufferedOutputStream(out, BUFFER);
            long rows = CopyWriter.write(connection, table, where, dialect, buffered);
            buffered.flush();
            return rows;
        });
    }

    /**
     * Writes the data package of every live row (see {@link DataPackageWriter}) as a zip to {@code out}, from one
     * consistent snapshot, so every foreign key resolves even while others write.
     */
    public void writeDataPackage(OutputStream out) throws IOException {
        inTransaction("datapackage", true, connection -> {
            new DataPackageWriter(connection, tables(), clock.instant()).write(out);
            return 0L;
        });
    }

    /** The data package's tables: the four of {@link ExportTables}, then those other features declare as beans. */
    List<ExportTable> tables() {
        List<ExportTable> core = List.of(ExportTables.OBSERVATIONS, ExportTables.EVENTS, ExportTables.SERIES,
                ExportTables.SOURCES);
        return java.util.stream.Stream.concat(core.stream(), extraTables.orderedStream()
                .filter(t -> core.stream().noneMatch(c -> c.name().equals(t.name())))).toList();
    }

    /** File name offered for download, e.g. {@code crdash-observations-2026-01-31-excel-semicolon-decimal-comma.csv}. */
    public String fileName(String what, CsvDialect dialect) {
        return "crdash-" + what + "-" + LocalDate.now(clock) + dialect.fileNameSuffix() + ".csv";
    }

    /** File name of the data package, e.g. {@code crdash-datapackage-2026-01-31.zip}. */
    public String dataPackageFileName() {
        return "crdash-datapackage-" + LocalDate.now(clock) + ".zip";
    }

    @FunctionalInterface
    private interface Work {
        long run(Connection connection) throws SQLException, IOException;
    }

    private long inTransaction(String what, boolean snapshot, Work work) throws IOException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            if (snapshot) {
                connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            }
            connection.setReadOnly(true);
            try (Statement settings = connection.createStatement()) {
                // dates as YYYY-MM-DD whatever the server's or a previous session's settings
                settings.execute("SET LOCAL DateStyle = 'ISO, YMD'");
                // a million rows stream for longer than an ordinary statement may (app.db.statement-timeout)
                settings.execute(DatabaseTimeouts.UNBOUNDED);
            }
            try {
                long rows = work.run(connection);
                connection.commit();
                return rows;
            } catch (SQLException | IOException | RuntimeException e) {
                rollbackQuietly(connection);
                throw e;
            }
        } catch (SQLException e) {
            log.warn("Export of {} failed: {}", what, e.getMessage());
            throw new ExportFailedException("the database failed during the export of " + what, e);
        } catch (IOException e) {
            log.info("Export of {} stopped: {}", what, e.getMessage());
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
