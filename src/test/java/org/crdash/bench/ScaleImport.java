package org.crdash.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crdash.bench.BenchTiming.MB;
import static org.crdash.bench.BenchTiming.log;
import static org.crdash.bench.BenchTiming.quarter;
import static org.crdash.bench.BenchTiming.seconds;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import org.crdash.export.CsvDialect;
import org.crdash.export.ExportService;
import org.crdash.importer.ImportRejectedException;
import org.crdash.importer.ImportResult;
import org.crdash.importer.ImportService;
import org.crdash.series.ObservationFilter;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * (d) The app's CSV import of the long series vs COPY FROM STDIN of the same rows. The series is exported with
 * the app's own export (only {@value ScaleBenchmark#SERIES}) and, in the table's columns, with COPY TO; then its
 * rows are deleted (and vacuumed) before each of: ImportService.importObservations of the export, COPY FROM of the
 * table-column file. Both go through the passage-check trigger; COPY does no validation, duplicate check or
 * audit. One run each (each takes minutes on this machine); the series' rows are present again afterwards.
 */
final class ScaleImport {

    record ImportMeasurement(String row, List<String> details) {
    }

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final ExportService exportService;
    private final ImportService importService;

    ScaleImport(DataSource dataSource, JdbcClient jdbc, ExportService exportService, ImportService importService) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.exportService = exportService;
        this.importService = importService;
    }

    ImportMeasurement measure(long seriesId) throws Exception {
        Path exportFile = Files.createTempFile("bench-import-", ".csv");
        Path copyFile = Files.createTempFile("bench-copy-", ".csv");
        try {
            long t = System.nanoTime();
            long exported;
            try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(exportFile), 1 << 16)) {
                exported = exportService.writeObservations(ObservationFilter.ofSeries(ScaleBenchmark.SERIES),
                        CsvDialect.DATA, o);
            }
            double exportSeconds = seconds(t);
            long copied;
            try (Connection c = dataSource.getConnection();
                 OutputStream o = new BufferedOutputStream(Files.newOutputStream(copyFile), 1 << 16)) {
                copied = c.unwrap(PGConnection.class).getCopyAPI().copyOut("COPY (SELECT "
                        + ScaleBenchmark.TABLE_COLUMNS
                        + " FROM observation WHERE series_id = " + seriesId + " AND deleted_at IS NULL ORDER BY id) "
                        + "TO STDOUT WITH (FORMAT csv)", o);
            }
            log("import files: export %,d rows %,d bytes in %.1f s; table-column CSV %,d rows %,d bytes", exported,
                    Files.size(exportFile), exportSeconds, copied, Files.size(copyFile));
            assertThat(exported).isEqualTo(ScaleBenchmark.ROWS);
            assertThat(copied).isEqualTo(ScaleBenchmark.ROWS);

            double deleteSeconds = deleteSeries(seriesId);
            SecurityContext previous = SecurityContextHolder.getContext();
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("bench", null,
                    List.of(new SimpleGrantedAuthority("ROLE_EDITOR"))));
            SecurityContextHolder.setContext(context);
            AtomicLong linesRead = new AtomicLong();
            AtomicLong lastProgress = new AtomicLong();
            double stagedSeconds;
            ImportResult result;
            double importSeconds;
            HeapSampler heap = new HeapSampler(linesRead::get);
            boolean jfr = Boolean.getBoolean("bench.jfr");
            Recording recording = jfr ? new Recording(Configuration.getConfiguration("profile")) : null;
            try (heap; InputStream in = Files.newInputStream(exportFile)) {
                if (recording != null) {
                    recording.start();
                }
                t = System.nanoTime();
                try {
                    result = importService.importObservations(in, lines -> {
                        linesRead.set(lines);
                        lastProgress.set(System.nanoTime());
                    }, true); // the synthetic values are not in their passages: saved anyway, warnings computed
                } catch (ImportRejectedException e) {
                    throw new IllegalStateException("the import rejected the export: " + e.getMessage() + " "
                            + e.problems().stream().limit(5).map(Object::toString).toList(), e);
                }
                importSeconds = seconds(t);
                stagedSeconds = (lastProgress.get() - t) / 1e9;
            } finally {
                if (recording != null) {
                    recording.stop();
                    recording.dump(Path.of("target/bench-import.jfr"));
                    recording.close();
                }
                SecurityContextHolder.setContext(previous);
            }
            assertThat(result.inserted()).isEqualTo(ScaleBenchmark.ROWS);
            long audits = jdbc.sql("SELECT count(*) FROM audit_log WHERE actor = 'bench' AND action = 'create' "
                    + "AND entity_type = 'observation'").query(Long.class).single();
            log("import: %,d rows in %.1f s (file read, validated and staged after %.1f s), live heap %d -> max %d MB",
                    result.inserted(), importSeconds, stagedSeconds, heap.baselineLive() / MB,
                    heap.maxLiveAfterGc() / MB);

            double deleteAgainSeconds = deleteSeries(seriesId);
            long copyIn;
            double copySeconds;
            try (Connection c = dataSource.getConnection();
                 InputStream in = new BufferedInputStream(Files.newInputStream(copyFile), 1 << 16)) {
                t = System.nanoTime();
                copyIn = c.unwrap(PGConnection.class).getCopyAPI()
                        .copyIn("COPY observation (" + ScaleBenchmark.TABLE_COLUMNS + ") FROM STDIN WITH (FORMAT csv)", in);
                copySeconds = seconds(t);
            }
            assertThat(copyIn).isEqualTo(ScaleBenchmark.ROWS);
            log("COPY FROM: %,d rows in %.1f s", copyIn, copySeconds);
            jdbc.sql("VACUUM (ANALYZE) observation").update();

            double ratio = importSeconds / copySeconds;
            long growth = heap.maxLiveAfterGc() - heap.baselineLive();
            long lines = linesRead.get();
            String row = String.format(Locale.ROOT, "%sthe %,d-row series (the app's own export of it, %,d MB), "
                            + "`ImportService.importObservations` (parse, validate every row, COPY to staging in "
                            + "batches of %,d, duplicate check, insert + one audit row each, one transaction) | "
                            + "%.1f s | %,.0f rows/s | `COPY observation (…) FROM STDIN (FORMAT csv)` of the same rows "
                            + "in the table's columns (passage trigger, no validation, no audit): %.1f s, %,.0f rows/s "
                            + "| %.2f× | ≤ 3× %s; heap: live after GC %d MB before, at most %d MB during (%+d MB), "
                            + "first / last quarter %s / %s MB, peak in use %d MB, %d GCs — flat %s |",
                    ScaleBenchmark.IMPORT_ROW_PREFIX, ScaleBenchmark.ROWS, Files.size(exportFile) / MB, 5000, importSeconds,
                    result.inserted() / importSeconds, copySeconds, copyIn / copySeconds, ratio,
                    ratio <= 3 ? "✅ met" : "❌ missed", heap.baselineLive() / MB, heap.maxLiveAfterGc() / MB,
                    growth / MB, quarter(heap.maxLiveBetween(0, 0.25, lines)),
                    quarter(heap.maxLiveBetween(0.75, 1, lines)), heap.peakUsed() / MB, heap.collections(),
                    growth <= 64 * MB ? "✅" : "❌ (grew " + growth / MB + " MB)");
            List<String> details = List.of(
                    "Import (d), one run each, in this order: the app's export of `" + ScaleBenchmark.SERIES + "` to a file ("
                            + String.format(Locale.ROOT, "%,d rows, %,d bytes, %.1f s", exported,
                            Files.size(exportFile), exportSeconds) + ") and a `COPY (SELECT <table columns> …) TO "
                            + "STDOUT` file of the same rows (" + String.format(Locale.ROOT, "%,d bytes",
                            Files.size(copyFile)) + "); `DELETE` of the series' rows + `VACUUM (ANALYZE)` ("
                            + String.format(Locale.ROOT, "%.1f s", deleteSeconds) + "); the import as an EDITOR ("
                            + String.format(Locale.ROOT, "%,d rows inserted, %,d audit rows by the bench user, %.1f s: "
                                    + "reading, validating and staging the file %.1f s, then duplicate check, insert "
                                    + "and audit rows %.1f s", result.inserted(), audits, importSeconds, stagedSeconds,
                            importSeconds - stagedSeconds) + "); `DELETE` + `VACUUM (ANALYZE)` again ("
                            + String.format(Locale.ROOT, "%.1f s", deleteAgainSeconds) + "); COPY FROM ("
                            + String.format(Locale.ROOT, "%,d rows, %.1f s", copyIn, copySeconds) + "). Both "
                            + "write into the same table with its indexes and the passage-check trigger; the "
                            + "import additionally validates each row in Java, stages it (a second COPY), checks "
                            + "duplicates and writes an audit row with the row as JSON.");
            return new ImportMeasurement(row, details);
        } finally {
            Files.deleteIfExists(exportFile);
            Files.deleteIfExists(copyFile);
        }
    }

    double deleteSeries(long seriesId) {
        long t = System.nanoTime();
        jdbc.sql("DELETE FROM observation WHERE series_id = ?").param(seriesId).update();
        jdbc.sql("VACUUM (ANALYZE) observation").update();
        return seconds(t);
    }
}
