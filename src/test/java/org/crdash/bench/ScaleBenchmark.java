package org.crdash.bench;

import static org.crdash.bench.BenchTiming.MB;
import static org.crdash.bench.BenchTiming.log;
import static org.crdash.bench.BenchTiming.seconds;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.crdash.bench.ScaleChart.ChartResult;
import org.crdash.bench.ScaleExport.ExportResult;
import org.crdash.bench.ScaleImport.ImportMeasurement;
import org.crdash.chart.ChartService;
import org.crdash.export.CsvDialect;
import org.crdash.export.ExportService;
import org.crdash.export.ExportTables;
import org.crdash.importer.ImportService;
import org.crdash.series.ObservationService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Scale benchmark, NOT part of {@code ./mvnw verify}: run it with {@code ./mvnw -Pbench verify} (see
 * bench/README.md). The whole app starts in this JVM on a random port against a scratch embedded PostgreSQL in
 * target/bench-postgres (wiped when it starts, stopped after this class, deleted by the bench profile's
 * post-integration-test step), {@value #SERIES} gets {@code bench.rows} (default
 * 1 000 000) synthetic observations, and the benchmark measures side by side:
 * <ol>
 *   <li>CSV export of all observations through the app's endpoint vs PostgreSQL COPY of the same query;</li>
 *   <li>the downsampled chart of the long series (ChartService) vs a plain SQL bucket aggregate;</li>
 *   <li>the heap of this JVM (which runs the export) while exporting;</li>
 *   <li>the CSV import (ImportService) of the long series' own export vs COPY FROM STDIN of the same rows, with
 *   the heap while importing ({@code -Dbench.only=import} runs only this after loading the data).</li>
 * </ol>
 * Results go to their own section of {@code bench.results} (default bench/RESULTS.md, {@link ScaleResults}): the
 * other benchmarks' sections and the hand-written parts stay. Medians of alternating runs; no assertion on timings,
 * only on the chart being downsampled and the export being complete. The parts: {@link ScaleData},
 * {@link ScaleExport}, {@link ScaleChart}, {@link ScaleImport}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "app.db.embedded.data-dir=target/bench-postgres",
        // -Dbench.cleanDb=false -Dbench.keepDb=true reuse the loaded database between runs (development only)
        "app.db.embedded.clean=${bench.cleanDb:true}",
        "logging.level.io.zonky=warn",
        // loading and vacuuming a million rows takes longer than the app lets a statement run; the HTTP client
        // here is one address, far over the per-address limits a public server has
        "app.db.statement-timeout=0",
        "app.rate-limit.enabled=false"})
@DirtiesContext
class ScaleBenchmark {

    static final String SERIES = "bench_million";
    static final int ROWS = Integer.getInteger("bench.rows", 1_000_000);
    static final int SOURCES = 40;
    static final int PASSAGES_PER_SOURCE = 5;
    static final int EXPORT_RUNS = Integer.getInteger("bench.exportRuns", 3);
    static final int CHART_RUNS = Integer.getInteger("bench.chartRuns", 7);
    static final Path RESULTS = Path.of(System.getProperty("bench.results", "bench/RESULTS.md"));
    /**
     * {@code -Dbench.only=import} or {@code export}: measure only the import, or only the export (a, a′, c and its
     * growth with rows), and patch those rows and details into the existing results file.
     */
    static final String ONLY = System.getProperty("bench.only", "");
    static final String IMPORT_ROW_PREFIX = "| (d) Import of ";
    static final String TABLE_COLUMNS = "series_id, period_label, period_start, period_end, precision, value, qualifier, "
            + "source_id, passage, passage_start, passage_end, note, origin, created_at, created_by, updated_at, "
            + "updated_by";

    /**
     * The export's query as COPY runs it: the very SELECT the app's export sends to PostgreSQL
     * ({@code ExportTables.OBSERVATIONS}: same columns and formatting, joins, filter and order), all live rows.
     */
    static final String EXPORT_QUERY = ExportTables.OBSERVATIONS.select(CsvDialect.DATA, "o.deleted_at IS NULL");
    static final int GROWTH_RUNS = Integer.getInteger("bench.growthRuns", 3);

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ChartService charts;

    @Autowired
    ObservationService seriesService;

    @Autowired
    ExportService exportService;

    @Autowired
    ImportService importService;

    private final StringBuilder out = new StringBuilder();

    @Test
    void measure() throws Exception {
        Instant started = Instant.now();
        String load0 = BenchMachine.loadAverage();
        log("benchmark: %,d rows; results to %s", ROWS, RESULTS.toAbsolutePath());

        // ---- data
        long t = System.nanoTime();
        Long existing = jdbc.sql("SELECT id FROM series WHERE series_key = ?").param(SERIES).query(Long.class)
                .optional().orElse(null);
        long seriesId = existing != null ? existing : ScaleData.generate(jdbc);
        double loadSeconds = existing != null ? Double.NaN : seconds(t);
        t = System.nanoTime();
        jdbc.sql("VACUUM (ANALYZE) observation").update();
        double vacuumSeconds = seconds(t);
        long liveRows = jdbc.sql("SELECT count(*) FROM observation WHERE deleted_at IS NULL").query(Long.class).single();
        long tableBytes = jdbc.sql("SELECT pg_total_relation_size('observation')").query(Long.class).single();
        log("loaded %,d rows in %.1f s (vacuum analyze %.1f s)", ROWS, loadSeconds, vacuumSeconds);

        ScaleImport scaleImport = new ScaleImport(dataSource, jdbc, exportService, importService);
        if ("import".equals(ONLY)) {
            ImportMeasurement m = scaleImport.measure(seriesId);
            ScaleResults.patchImport(m, started, load0);
            return;
        }

        // ---- (a) + (c) export
        ExportResult exportResult = new ScaleExport(dataSource, port, exportService).measure(liveRows, seriesId);
        if ("export".equals(ONLY)) {
            ScaleResults.patchExport(exportResult, started, load0);
            return;
        }

        // ---- (b) chart
        ChartResult chart = new ScaleChart(dataSource, charts, seriesService).measure(seriesId);

        // ---- report
        String load1 = BenchMachine.loadAverage();
        r("# Scale benchmark results");
        r("");
        r("Generated by `./mvnw -Pbench verify` (`org.crdash.bench.ScaleBenchmark`, see [README.md](README.md)) on "
                + started + ", wall time " + Math.round(seconds(started)) + " s for the measurements"
                + (BenchMachine.gitCommit().isEmpty() ? "" : ", code at commit `" + BenchMachine.gitCommit() + "`") + ".");
        r("");
        r("## Machine");
        r("");
        r("| | |");
        r("|---|---|");
        r("| CPU | " + BenchMachine.cpuModel() + " |");
        r("| nproc | " + Runtime.getRuntime().availableProcessors() + " |");
        r("| RAM | " + BenchMachine.memTotal() + " |");
        r("| load average (1/5/15 min) at start / end | " + load0 + " / " + load1 + " (machine shared with other work) |");
        r("| JDK | " + System.getProperty("java.vm.vendor") + " " + System.getProperty("java.vm.name") + " "
                + System.getProperty("java.runtime.version") + ", heap max " + Runtime.getRuntime().maxMemory() / MB
                + " MB, GC " + ManagementFactory.getGarbageCollectorMXBeans().stream()
                        .map(GarbageCollectorMXBean::getName).collect(Collectors.joining(", ")) + " |");
        r("| PostgreSQL | " + jdbc.sql("SELECT version()").query(String.class).single()
                + " (embedded, zonky binaries, fsync on; shared_buffers "
                + jdbc.sql("SHOW shared_buffers").query(String.class).single() + ", work_mem "
                + jdbc.sql("SHOW work_mem").query(String.class).single() + ") |");
        r("");
        r("## Data");
        r("");
        r(String.format(Locale.ROOT, "One series `%s` with **%,d** observations (day periods over %,d days, %d sources "
                        + "of %d passages of 200 characters, every 10th row with a note), plus the seed data: %,d live "
                        + "observations in all, table with indexes %,d MB. Inserted with one `INSERT … SELECT "
                        + "generate_series` through the passage-check trigger in %.1f s (%,.0f rows/s), then "
                        + "`VACUUM (ANALYZE)` in %.1f s.", SERIES, ROWS, ROWS / (SOURCES * PASSAGES_PER_SOURCE),
                SOURCES, PASSAGES_PER_SOURCE, liveRows, tableBytes / MB, loadSeconds, ROWS / loadSeconds,
                vacuumSeconds));
        r("");
        r("## Results");
        r("");
        r("| What | Time (median) | Rate | Compared with | Ratio | Target |");
        r("|---|---|---|---|---|---|");
        exportResult.rows().subList(0, 2).forEach(this::r);
        r(chart.row());
        r(exportResult.rows().get(2));
        ImportMeasurement importMeasurement = scaleImport.measure(seriesId);
        r(importMeasurement.row());
        r("");
        r("## Details");
        r("");
        exportResult.details().forEach(this::r);
        chart.details().forEach(this::r);
        r("");
        r("How to read it: times are wall-clock medians on a shared 2-core machine (see the load average), so they "
                + "vary by ±30 % between runs; the ratios compare runs made alternately in the same minutes. The chart "
                + "path makes a few index lookups (extent, capped count, sources, longest period, first and last "
                + "value), one statement with the bucket aggregate (index-only scan) and two index probes per bucket "
                + "for the rows holding its min and max, and one fetch of the drawn rows by id; the SQL aggregate is "
                + "that bucket aggregate alone, without finding any row. The app export and COPY run the same query "
                + "(same columns, joins, filter and order); both let PostgreSQL format the CSV (the app streams "
                + "COPY's output through CopyManager into the HTTP response, ending each row with CRLF where COPY "
                + "writes LF, hence one byte more per row) and the app's bytes go over HTTP to a client in the "
                + "same JVM.");
        r("");
        importMeasurement.details().forEach(this::r);
        ScaleResults.write(out.toString());
        log("%n%s", out);
    }

    private void r(String line) {
        out.append(line).append('\n');
    }
}
