package org.crdash.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.crdash.chart.ChartService;
import org.crdash.chart.SeriesChart;
import org.crdash.export.CsvDialect;
import org.crdash.export.ExportService;
import org.crdash.export.ExportTables;
import org.crdash.importer.ImportRejectedException;
import org.crdash.importer.ImportResult;
import org.crdash.importer.ImportService;
import org.crdash.series.ObservationBucket;
import org.crdash.series.ObservationFilter;
import org.crdash.series.ObservationService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
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
 * Results go to {@code bench.results} (default bench/RESULTS.md). Medians of alternating runs; no assertion
 * on timings, only on the chart being downsampled and the export being complete.
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
    static final long MB = 1024 * 1024;

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
        String load0 = loadAverage();
        log("benchmark: %,d rows; results to %s", ROWS, RESULTS.toAbsolutePath());

        // ---- data
        long t = System.nanoTime();
        Long existing = jdbc.sql("SELECT id FROM series WHERE series_key = ?").param(SERIES).query(Long.class)
                .optional().orElse(null);
        long seriesId = existing != null ? existing : generate();
        double loadSeconds = existing != null ? Double.NaN : seconds(t);
        t = System.nanoTime();
        jdbc.sql("VACUUM (ANALYZE) observation").update();
        double vacuumSeconds = seconds(t);
        long liveRows = jdbc.sql("SELECT count(*) FROM observation WHERE deleted_at IS NULL").query(Long.class).single();
        long tableBytes = jdbc.sql("SELECT pg_total_relation_size('observation')").query(Long.class).single();
        log("loaded %,d rows in %.1f s (vacuum analyze %.1f s)", ROWS, loadSeconds, vacuumSeconds);

        if ("import".equals(ONLY)) {
            ImportMeasurement m = measureImport(seriesId);
            patchResults(m, started, load0);
            return;
        }

        // ---- (a) + (c) export
        ExportResult exportResult = measureExport(liveRows, seriesId);
        if ("export".equals(ONLY)) {
            patchExportResults(exportResult, started, load0);
            return;
        }


        // ---- (b) chart
        Set<String> categories = new LinkedHashSet<>(charts.eventCategories());
        SeriesChart chart = charts.chart(SERIES, null, null, categories).orElseThrow();
        assertThat(chart.totalCount()).isEqualTo(ROWS);
        assertThat(chart.shownCount()).isLessThanOrEqualTo(ChartService.MAX_POINTS);
        LocalDate from = chart.from();
        LocalDate to = chart.to();
        int buckets = (ChartService.MAX_POINTS - 2) / 2; // what ChartService uses for a series of many sources
        Callable<Object> service = () -> charts.chart(SERIES, null, null, categories).orElseThrow();
        Callable<Object> sql = () -> bucketAggregate(seriesId, from, to, buckets);
        List<Double> serviceTimes = new ArrayList<>();
        List<Double> sqlTimes = new ArrayList<>();
        for (int i = 0; i < 2; i++) { // warm-up
            time(service);
            time(sql);
        }
        for (int i = 0; i < CHART_RUNS; i++) {
            serviceTimes.add(time(service));
            sqlTimes.add(time(sql));
        }
        int sqlBuckets = bucketAggregate(seriesId, from, to, buckets).size();
        // the chart path's steps one by one (what ChartService.chart calls, in order)
        List<ObservationBucket> found = seriesService.buckets(seriesId, from, to, buckets, false);
        List<Long> candidateIds = java.util.stream.Stream.concat(
                        seriesService.firstAndLast(seriesId, from, to, false).stream(),
                        found.stream().flatMap(b -> java.util.stream.Stream.of(b.minId(), b.maxId())))
                .distinct().toList();
        List<Long> drawnIds = chart.observations().stream().map(o -> o.id()).toList();
        List<String[]> steps = List.of(
                step("series by key + extent (2 index lookups)", () -> seriesService.extent(seriesId)),
                step("count in range, capped at 2 001", () -> seriesService.countInRange(seriesId, from, to, 2001)),
                step("sources, skip scan capped at 5", () -> seriesService.countSources(seriesId, 5)),
                step("bucket aggregate + probes for the rows holding each bucket's min and max (" + found.size()
                        + " buckets)", () -> seriesService.buckets(seriesId, from, to, buckets, false)),
                step("first and last value (2 index lookups)",
                        () -> seriesService.firstAndLast(seriesId, from, to, false)),
                step("fetch the " + candidateIds.size() + " candidate rows by id",
                        () -> seriesService.byIds(candidateIds)),
                step("(for comparison) fetch only the " + drawnIds.size() + " drawn rows by id",
                        () -> seriesService.byIds(drawnIds)),
                step("palette (sources)", () -> charts.palette()));
        LocalDate yearFrom = from.plusYears(5).withDayOfYear(1);
        LocalDate yearTo = yearFrom.withMonth(12).withDayOfMonth(31);
        SeriesChart year = charts.chart(SERIES, null, null, categories, yearFrom, yearTo).orElseThrow();
        List<Double> yearTimes = times(() -> charts.chart(SERIES, null, null, categories, yearFrom, yearTo), 5);
        LocalDate daysFrom = yearFrom.plusMonths(6);
        LocalDate daysTo = daysFrom.plusDays(9);
        SeriesChart days = charts.chart(SERIES, null, null, categories, daysFrom, daysTo).orElseThrow();
        List<Double> daysTimes = times(() -> charts.chart(SERIES, null, null, categories, daysFrom, daysTo), 5);
        List<Double> catalogTimes = times(() -> charts.catalog(), 3);
        int optionBytes = chart.option().toString().getBytes(StandardCharsets.UTF_8).length;
        log("chart: service %.0f ms, sql %.0f ms", median(serviceTimes) * 1000, median(sqlTimes) * 1000);

        // ---- report
        String load1 = loadAverage();
        r("# Scale benchmark results");
        r("");
        r("Generated by `./mvnw -Pbench verify` (`org.crdash.bench.ScaleBenchmark`, see [README.md](README.md)) on "
                + started + ", wall time " + Math.round(seconds(started)) + " s for the measurements"
                + (gitCommit().isEmpty() ? "" : ", code at commit `" + gitCommit() + "`") + ".");
        r("");
        r("## Machine");
        r("");
        r("| | |");
        r("|---|---|");
        r("| CPU | " + cpuModel() + " |");
        r("| nproc | " + Runtime.getRuntime().availableProcessors() + " |");
        r("| RAM | " + memTotal() + " |");
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
        double chartRatio = median(serviceTimes) / median(sqlTimes);
        r(String.format(Locale.ROOT, "| (b) chart of the %,d-value series, `ChartService.chart` (downsampled to %,d "
                        + "points) | %.0f ms | %,.0f values/s | plain SQL bucket aggregate (%d buckets, count/min/max): "
                        + "%.0f ms | %.2f× | ≤ 2× %s |", ROWS, chart.shownCount(), median(serviceTimes) * 1000,
                ROWS / median(serviceTimes), sqlBuckets, median(sqlTimes) * 1000, chartRatio,
                chartRatio <= 2 ? "✅ met" : "❌ missed"));
        r(exportResult.rows().get(2));
        ImportMeasurement importMeasurement = measureImport(seriesId);
        r(importMeasurement.row());
        r("");
        r("## Details");
        r("");
        exportResult.details().forEach(this::r);
        r(String.format(Locale.ROOT, "Chart runs after 2 warm-ups: ChartService %s ms; SQL aggregate %s ms.",
                millis(serviceTimes), millis(sqlTimes)));
        r("");
        r("The downsampled chart's steps, timed one by one (median of 5 after a warm-up):");
        r("");
        for (String[] st : steps) {
            r("- " + st[0] + ": " + st[1] + " ms");
        }
        r("");
        r("Zoom and dashboard (what a view re-queries):");
        r("");
        r(String.format(Locale.ROOT, "- zoomed to one year (%s..%s, %,d values): %s, %,d points drawn, median %.0f ms",
                yearFrom, yearTo, year.totalCount(), year.downsampled() ? "downsampled" : "all values",
                year.shownCount(), median(yearTimes) * 1000));
        r(String.format(Locale.ROOT, "- zoomed to ten days (%s..%s, %,d values): %s, %,d points drawn, median %.0f ms",
                daysFrom, daysTo, days.totalCount(), days.downsampled() ? "downsampled" : "all values",
                days.shownCount(), median(daysTimes) * 1000));
        r(String.format(Locale.ROOT, "- ECharts option of the whole-range chart: %,d bytes of JSON for %,d points",
                optionBytes, chart.shownCount()));
        r(String.format(Locale.ROOT, "- `ChartService.catalog()` (series list with counts, run when the dashboard "
                + "opens): median %.0f ms", median(catalogTimes) * 1000));
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
        Files.createDirectories(RESULTS.toAbsolutePath().getParent());
        Files.writeString(RESULTS, out.toString());
        log("%n%s", out);
    }

    record ExportResult(List<String> rows, List<String> details) {
    }

    /** (a), (a′), (c) and how the export grows with rows: table rows and detail lines for the results. */
    private ExportResult measureExport(long liveRows, long seriesId) throws Exception {
        List<String> rows = new ArrayList<>();
        List<String> details = new ArrayList<>();
        CsvExportPath copy = new CopyCsvExport(dataSource, EXPORT_QUERY);
        CsvExportPath app = new HttpCsvExport(URI.create(System.getProperty("bench.export.url",
                "http://localhost:" + port + "/api/export/observations.csv")));
        boolean appAvailable = app.available();
        CsvExportPath inProcess = new CsvExportPath() {
            @Override
            public String name() {
                return "ExportService.writeObservations in-process (no HTTP)";
            }

            @Override
            public long export(java.io.OutputStream sink) throws Exception {
                return exportService.writeObservations(ObservationFilter.ALL, CsvDialect.DATA, sink);
            }
        };
        List<ExportRun> copyRuns = new ArrayList<>();
        List<ExportRun> appRuns = new ArrayList<>();
        List<ExportRun> inProcessRuns = new ArrayList<>();
        for (int i = 0; i < EXPORT_RUNS; i++) {
            copyRuns.add(export(copy));
            if (appAvailable) {
                appRuns.add(export(app));
            }
            inProcessRuns.add(export(inProcess));
        }
        if (Boolean.getBoolean("bench.jfr")) {
            // a CPU profile of one export over HTTP, for finding where its time goes (jfr print / JMC)
            try (jdk.jfr.Recording recording = new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile"))) {
                recording.start();
                export(app);
                recording.stop();
                recording.dump(Path.of("target/bench-export.jfr"));
            }
        }
        for (ExportRun r : copyRuns) {
            assertThat(r.rows()).isEqualTo(liveRows);
        }
        for (ExportRun r : appRuns) {
            assertThat(r.lines()).as("the app's export has a header and every live row").isGreaterThanOrEqualTo(liveRows + 1);
        }
        ExportRun copyMedian = medianRun(copyRuns);
        if (appAvailable) {
            ExportRun appMedian = medianRun(appRuns);
            double ratio = appMedian.seconds() / copyMedian.seconds();
            rows.add(String.format(Locale.ROOT, "| (a) CSV export of all rows, app (%s) | %.2f s | %,.0f rows/s, %.0f MB/s | "
                            + "COPY: %.2f s, %,.0f rows/s, %.0f MB/s | %.2f× | ≤ 1.2× %s |", app.name(),
                    appMedian.seconds(), liveRows / appMedian.seconds(), appMedian.bytes() / (double) MB / appMedian.seconds(),
                    copyMedian.seconds(), liveRows / copyMedian.seconds(), copyMedian.bytes() / (double) MB / copyMedian.seconds(),
                    ratio, ratio <= 1.2 ? "✅ met" : "❌ missed"));
        } else {
            rows.add(String.format(Locale.ROOT, "| (a) CSV export of all rows, app | **not measured**: %s | | COPY: %.2f s, "
                            + "%,.0f rows/s, %.0f MB/s | – | ≤ 1.2× (open) |", app.unavailableReason(),
                    copyMedian.seconds(), liveRows / copyMedian.seconds(),
                    copyMedian.bytes() / (double) MB / copyMedian.seconds()));
        }
        ExportRun inProcessMedian = medianRun(inProcessRuns);
        double inProcessRatio = inProcessMedian.seconds() / copyMedian.seconds();
        rows.add(String.format(Locale.ROOT, "| (a′) the same export code in-process, no HTTP (`ExportService.writeObservations` "
                        + "to a counting stream) | %.2f s | %,.0f rows/s, %.0f MB/s | COPY | %.2f× | – |",
                inProcessMedian.seconds(), liveRows / inProcessMedian.seconds(),
                inProcessMedian.bytes() / (double) MB / inProcessMedian.seconds(), inProcessRatio));
        if (appAvailable) {
            ExportRun appMedian = medianRun(appRuns);
            long growth = appMedian.maxLiveAfterGc() - appMedian.baselineLive();
            rows.add(String.format(Locale.ROOT, "| (c) heap of the JVM running the export (app + HTTP client in one JVM) | "
                            + "live after GC: %d MB before, at most %d MB during (%+d MB); first / last quarter of the "
                            + "download: %s / %s MB; peak in use incl. garbage %d MB of %d MB max; %d GCs | | COPY "
                            + "through CopyManager: live at most %d MB (%+d MB) | | flat %s |",
                    appMedian.baselineLive() / MB, appMedian.maxLiveAfterGc() / MB, growth / MB,
                    quarter(appMedian.liveFirstQuarter()), quarter(appMedian.liveLastQuarter()),
                    appMedian.peakUsed() / MB, appMedian.maxHeap() / MB, appMedian.gcs(),
                    copyMedian.maxLiveAfterGc() / MB, (copyMedian.maxLiveAfterGc() - copyMedian.baselineLive()) / MB,
                    growth <= 64 * MB ? "✅ (live set grows ≤ 64 MB over " + appMedian.bytes() / MB + " MB of CSV)"
                            : "❌ (live set grew " + growth / MB + " MB)"));
        } else {
            rows.add(String.format(Locale.ROOT, "| (c) heap during the app's export | **not measured** (no export endpoint) | | "
                            + "COPY through CopyManager in this JVM: live after GC %d MB before, at most %d MB during; "
                            + "peak in use incl. garbage %d MB | | flat (open) |",
                    copyMedian.baselineLive() / MB, copyMedian.maxLiveAfterGc() / MB, copyMedian.peakUsed() / MB));
        }
        details.add("Export runs (alternating, in order; bytes of CSV, seconds):");
        details.add("");
        for (int i = 0; i < copyRuns.size(); i++) {
            details.add(String.format(Locale.ROOT, "- COPY: %,d bytes in %.2f s (live heap after GC max %d MB, %d GCs)",
                    copyRuns.get(i).bytes(), copyRuns.get(i).seconds(), copyRuns.get(i).maxLiveAfterGc() / MB,
                    copyRuns.get(i).gcs()));
            if (i < appRuns.size()) {
                ExportRun a = appRuns.get(i);
                details.add(String.format(Locale.ROOT, "- app: %,d bytes, %,d lines in %.2f s (live heap after GC: %d MB before, "
                                + "max %d MB; peak in use %d MB; %d GCs)", a.bytes(), a.lines(), a.seconds(),
                        a.baselineLive() / MB, a.maxLiveAfterGc() / MB, a.peakUsed() / MB, a.gcs()));
            }
            ExportRun p = inProcessRuns.get(i);
            details.add(String.format(Locale.ROOT, "- in-process: %,d bytes, %,d rows in %.2f s (live heap after GC max %d MB)",
                    p.bytes(), p.rows(), p.seconds(), p.maxLiveAfterGc() / MB));
        }
        details.add("");
        details.add("");
        details.add("How the export grows with rows (the long series over 1 %, 10 % and 100 % of its days, "
                + "app over HTTP vs COPY of the same query, alternating, median of " + GROWTH_RUNS + "):");
        details.add("");
        details.addAll(ExportGrowth.measure(dataSource, port, SERIES, LocalDate.of(2000, 1, 1),
                ROWS / (SOURCES * PASSAGES_PER_SOURCE), seriesId, GROWTH_RUNS));
        return new ExportResult(rows, details);
    }
    record ImportMeasurement(String row, List<String> details) {
    }

    /**
     * (d) The app's CSV import of the long series vs COPY FROM STDIN of the same rows. The series is exported with
     * the app's own export (only {@value #SERIES}) and, in the table's columns, with COPY TO; then its rows are
     * deleted (and vacuumed) before each of: ImportService.importObservations of the export, COPY FROM of the
     * table-column file. Both go through the passage-check trigger; COPY does no validation, duplicate check or
     * audit. One run each (each takes minutes on this machine); the series' rows are present again afterwards.
     */
    private ImportMeasurement measureImport(long seriesId) throws Exception {
        Path exportFile = Files.createTempFile("bench-import-", ".csv");
        Path copyFile = Files.createTempFile("bench-copy-", ".csv");
        try {
            long t = System.nanoTime();
            long exported;
            try (java.io.OutputStream o = new java.io.BufferedOutputStream(Files.newOutputStream(exportFile), 1 << 16)) {
                exported = exportService.writeObservations(ObservationFilter.ofSeries(SERIES), CsvDialect.DATA, o);
            }
            double exportSeconds = seconds(t);
            long copied;
            try (java.sql.Connection c = dataSource.getConnection();
                 java.io.OutputStream o = new java.io.BufferedOutputStream(Files.newOutputStream(copyFile), 1 << 16)) {
                copied = c.unwrap(org.postgresql.PGConnection.class).getCopyAPI().copyOut("COPY (SELECT " + TABLE_COLUMNS
                        + " FROM observation WHERE series_id = " + seriesId + " AND deleted_at IS NULL ORDER BY id) "
                        + "TO STDOUT WITH (FORMAT csv)", o);
            }
            log("import files: export %,d rows %,d bytes in %.1f s; table-column CSV %,d rows %,d bytes", exported,
                    Files.size(exportFile), exportSeconds, copied, Files.size(copyFile));
            assertThat(exported).isEqualTo(ROWS);
            assertThat(copied).isEqualTo(ROWS);

            double deleteSeconds = deleteSeries(seriesId);
            org.springframework.security.core.context.SecurityContext previous = SecurityContextHolder.getContext();
            org.springframework.security.core.context.SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("bench", null,
                    List.of(new SimpleGrantedAuthority("ROLE_EDITOR"))));
            SecurityContextHolder.setContext(context);
            java.util.concurrent.atomic.AtomicLong linesRead = new java.util.concurrent.atomic.AtomicLong();
            java.util.concurrent.atomic.AtomicLong lastProgress = new java.util.concurrent.atomic.AtomicLong();
            double stagedSeconds;
            ImportResult result;
            double importSeconds;
            HeapSampler heap = new HeapSampler(linesRead::get);
            boolean jfr = Boolean.getBoolean("bench.jfr");
            jdk.jfr.Recording recording = jfr
                    ? new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile")) : null;
            try (heap; java.io.InputStream in = Files.newInputStream(exportFile)) {
                if (recording != null) {
                    recording.start();
                }
                t = System.nanoTime();
                try {
                    result = importService.importObservations(in, lines -> {
                        linesRead.set(lines);
                        lastProgress.set(System.nanoTime());
                    });
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
            assertThat(result.inserted()).isEqualTo(ROWS);
            long audits = jdbc.sql("SELECT count(*) FROM audit_log WHERE actor = 'bench' AND action = 'create' "
                    + "AND entity_type = 'observation'").query(Long.class).single();
            log("import: %,d rows in %.1f s (file read, validated and staged after %.1f s), live heap %d -> max %d MB",
                    result.inserted(), importSeconds, stagedSeconds, heap.baselineLive() / MB,
                    heap.maxLiveAfterGc() / MB);

            double deleteAgainSeconds = deleteSeries(seriesId);
            long copyIn;
            double copySeconds;
            try (java.sql.Connection c = dataSource.getConnection();
                 java.io.InputStream in = new java.io.BufferedInputStream(Files.newInputStream(copyFile), 1 << 16)) {
                t = System.nanoTime();
                copyIn = c.unwrap(org.postgresql.PGConnection.class).getCopyAPI()
                        .copyIn("COPY observation (" + TABLE_COLUMNS + ") FROM STDIN WITH (FORMAT csv)", in);
                copySeconds = seconds(t);
            }
            assertThat(copyIn).isEqualTo(ROWS);
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
                    IMPORT_ROW_PREFIX, ROWS, Files.size(exportFile) / MB, 5000, importSeconds,
                    result.inserted() / importSeconds, copySeconds, copyIn / copySeconds, ratio,
                    ratio <= 3 ? "✅ met" : "❌ missed", heap.baselineLive() / MB, heap.maxLiveAfterGc() / MB,
                    growth / MB, quarter(heap.maxLiveBetween(0, 0.25, lines)),
                    quarter(heap.maxLiveBetween(0.75, 1, lines)), heap.peakUsed() / MB, heap.collections(),
                    growth <= 64 * MB ? "✅" : "❌ (grew " + growth / MB + " MB)");
            List<String> details = List.of(
                    "Import (d), one run each, in this order: the app's export of `" + SERIES + "` to a file ("
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

    private double deleteSeries(long seriesId) {
        long t = System.nanoTime();
        jdbc.sql("DELETE FROM observation WHERE series_id = ?").param(seriesId).update();
        jdbc.sql("VACUUM (ANALYZE) observation").update();
        return seconds(t);
    }

    /** -Dbench.only=export: replaces rows (a), (a′), (c) and the export details of the existing results. */
    private void patchExportResults(ExportResult m, Instant started, String load0) throws IOException {
        List<String> lines = new ArrayList<>(Files.exists(RESULTS) ? Files.readAllLines(RESULTS) : List.of());
        String note = "Rows (a), (a′), (c) and the export details: a separate export-only run (`-Dbench.only=export`) "
                + "on " + started + (gitCommit().isEmpty() ? "" : " at commit `" + gitCommit() + "`")
                + ", load average at start / end " + load0 + " / " + loadAverage() + ".";
        int row = 0;
        for (int i = 0; i < lines.size(); i++) {
            for (String prefix : List.of("| (a) ", "| (a′) ", "| (c) ")) {
                if (lines.get(i).startsWith(prefix)) {
                    lines.set(i, m.rows().get(row++));
                }
            }
        }
        // drop the old export details: the run list, the growth paragraph and its table, the old note
        List<String> kept = new ArrayList<>();
        boolean skipping = false;
        for (String l : lines) {
            if (l.startsWith("Export runs (alternating") || l.startsWith("How the export grows with rows")) {
                skipping = true;
            } else if (skipping && !(l.isBlank() || l.startsWith("- ") || l.startsWith("|"))) {
                skipping = false;
            }
            if (!skipping && !l.startsWith("Rows (a), (a′), (c) and the export details")) {
                kept.add(l);
            }
        }
        int details = kept.indexOf("## Details");
        List<String> insert = new ArrayList<>(List.of("", note, ""));
        insert.addAll(m.details());
        insert.add("");
        kept.addAll(details < 0 ? kept.size() : details + 1, insert);
        Files.createDirectories(RESULTS.toAbsolutePath().getParent());
        Files.writeString(RESULTS, String.join("\n", kept) + "\n");
        log("%n%s", String.join("\n", kept));
    }

    /** -Dbench.only=import: replaces the import row (or the TODO row) of the existing results and adds its details. */
    private void patchResults(ImportMeasurement m, Instant started, String load0) throws IOException {
        List<String> lines = new ArrayList<>(Files.exists(RESULTS) ? Files.readAllLines(RESULTS) : List.of());
        String note = "Row (d) and its details: a separate import-only run (`-Dbench.only=import`) on " + started
                + (gitCommit().isEmpty() ? "" : " at commit `" + gitCommit() + "`") + ", load average at start / end "
                + load0 + " / " + loadAverage() + "; the other rows and details are from the full run named at the top "
                + "(its own time, commit and load).";
        boolean replaced = false;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.startsWith(IMPORT_ROW_PREFIX) || l.startsWith("| Import of the same rows")) {
                lines.set(i, m.row());
                replaced = true;
            }
        }
        if (!replaced) {
            lines.add(m.row());
        }
        lines.removeIf(l -> l.startsWith("Import (d), one run each") || l.startsWith("Row (d) and its details:"));
        while (!lines.isEmpty() && lines.getLast().isBlank()) {
            lines.removeLast();
        }
        lines.add("");
        lines.add(note);
        lines.add("");
        lines.addAll(m.details());
        Files.createDirectories(RESULTS.toAbsolutePath().getParent());
        Files.writeString(RESULTS, String.join("\n", lines) + "\n");
        log("%n%s", String.join("\n", lines));
    }

    /** One series, {@link #SOURCES} sources and {@link #ROWS} observations; returns the series id. */
    private long generate() {
        long seriesId = jdbc.sql("""
                INSERT INTO series (series_key, name, unit, category, description, origin, created_at, created_by,
                                    updated_at, updated_by)
                VALUES (?, 'Synthetic daily trade value (benchmark)', 'USD m', 'trade_value',
                        'A million synthetic values for the scale benchmark', 'user', now(), 'bench', now(), 'bench')
                RETURNING id""").param(SERIES).query(Long.class).single();
        jdbc.sql("""
                INSERT INTO source (source_key, title, author, publisher, published_start, published_precision, url,
                                    full_text, sha256, origin, created_at, created_by, updated_at, updated_by)
                SELECT 'bench-source-' || lpad(s::text, 2, '0') || '.txt',
                       'Synthetic customs bulletin no. ' || s || ': China–Russia trade by day',
                       'Bench Author ' || s, 'Bench Publisher', DATE '2024-01-01' + s, 'day',
                       'https://example.org/bench/' || s,
                       t.full_text, encode(sha256(convert_to(t.full_text, 'UTF8')), 'hex'),
                       'user', now(), 'bench', now(), 'bench'
                FROM generate_series(0, :sources - 1) s,
                     LATERAL (SELECT string_agg(rpad(format('Source %s, passage %s: bilateral trade between China '
                                  || 'and Russia in the reported period reached the stated value, according to '
                                  || 'customs figures quoted by the outlet', s, p), 200, ' and more.') || ' ', ''
                                  ORDER BY p) AS full_text
                              FROM generate_series(0, :passages - 1) p) t""")
                .param("sources", SOURCES).param("passages", PASSAGES_PER_SOURCE).update();
        int perDay = SOURCES * PASSAGES_PER_SOURCE;
        // every (day, source, passage) once; the passage trigger checks each row against its source's text
        int inserted = jdbc.sql("""
                WITH passage AS (
                    SELECT row_number() OVER (ORDER BY so.id, p) - 1 AS combo, so.id AS source_id, p * 201 AS pstart,
                           substr(so.full_text, p * 201 + 1, 200) AS passage
                    FROM source so CROSS JOIN generate_series(0, :passages - 1) p
                    WHERE so.source_key LIKE 'bench-source-%'
                )
                INSERT INTO observation (series_id, period_label, period_start, period_end, precision, value,
                                         qualifier, source_id, passage, passage_start, passage_end, note, origin,
                                         created_at, created_by, updated_at, updated_by)
                SELECT :series, to_char(d, 'YYYY-MM-DD'), d, d, 'day',
                       round((1000 + 500 * sin(i / 50000.0) + random() * 100)::numeric, 2),
                       CASE WHEN i % 7 = 0 THEN 'approx' ELSE 'exact' END, p.source_id,
                       p.passage, p.pstart, p.pstart + 200,
                       CASE WHEN i % 10 = 0 THEN 'Synthetic note: figure converted from RMB at the monthly rate.' END,
                       'user', now(), 'bench', now(), 'bench'
                FROM generate_series(0, :rows - 1) i
                CROSS JOIN LATERAL (SELECT DATE '2000-01-01' + (i / :perDay) AS d) k
                JOIN passage p ON p.combo = i % :perDay""")
                .param("series", seriesId).param("passages", PASSAGES_PER_SOURCE).param("rows", ROWS)
                .param("perDay", perDay).update();
        assertThat(inserted).isEqualTo(ROWS);
        return seriesId;
    }

    /**
     * The baseline: a plain count/min/max per time bucket over the same rows as the chart, with the same session
     * settings as the chart's queries (planned for its literal values, no JIT).
     */
    private List<Object[]> bucketAggregate(long seriesId, LocalDate from, LocalDate to, int buckets)
            throws java.sql.SQLException {
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        String sql = """
                SELECT width_bucket((o.period_start + (o.period_end - o.period_start) / 2 - DATE '%s')::float8,
                                    0.0::float8, %d::float8, %d) AS bucket,
                       count(*) AS n, min(o.value) AS lo, max(o.value) AS hi
                FROM observation o
                WHERE o.series_id = %d AND o.deleted_at IS NULL AND o.period_end >= DATE '%s'
                  AND o.period_start <= DATE '%s'
                GROUP BY 1 ORDER BY 1""".formatted(from, days, buckets, seriesId, from, to);
        List<Object[]> rows = new ArrayList<>();
        try (java.sql.Connection c = dataSource.getConnection(); java.sql.Statement st = c.createStatement()) {
            st.execute("SET jit = off");
            try (java.sql.ResultSet rs = st.executeQuery(sql)) {
                while (rs.next()) {
                    rows.add(new Object[] {rs.getInt(1), rs.getLong(2), rs.getBigDecimal(3), rs.getBigDecimal(4)});
                }
            } finally {
                st.execute("RESET jit");
            }
        }
        return rows;
    }

    record ExportRun(double seconds, long bytes, long lines, long rows, long baselineLive, long maxLiveAfterGc,
                     long liveFirstQuarter, long liveLastQuarter, long peakUsed, long maxHeap, int gcs) {
    }

    private ExportRun export(CsvExportPath path) throws Exception {
        CountingSink sink = new CountingSink();
        long rows;
        double secs;
        HeapSampler heap = new HeapSampler(sink::bytes);
        try (heap) {
            long t = System.nanoTime();
            rows = path.export(sink);
            secs = seconds(t);
        }
        long total = sink.bytes();
        log("%s: %,d bytes in %.2f s, live heap %d -> max %d MB", path.name(), total, secs, heap.baselineLive() / MB,
                heap.maxLiveAfterGc() / MB);
        return new ExportRun(secs, total, sink.lines(), rows, heap.baselineLive(), heap.maxLiveAfterGc(),
                heap.maxLiveBetween(0, 0.25, total), heap.maxLiveBetween(0.75, 1, total), heap.peakUsed(),
                heap.maxHeap(), heap.collections());
    }

    private static ExportRun medianRun(List<ExportRun> runs) {
        List<ExportRun> sorted = runs.stream().sorted((a, b) -> Double.compare(a.seconds(), b.seconds())).toList();
        return sorted.get(sorted.size() / 2);
    }

    private static String[] step(String name, Callable<?> work) {
        try {
            return new String[] {name, String.valueOf(Math.round(median(times(work, 5)) * 1000))};
        } catch (Exception e) {
            throw new IllegalStateException(name, e);
        }
    }

    private static double time(Callable<?> work) throws Exception {
        long t = System.nanoTime();
        work.call();
        return seconds(t);
    }

    private static List<Double> times(Callable<?> work, int runs) throws Exception {
        List<Double> times = new ArrayList<>();
        time(work);
        for (int i = 0; i < runs; i++) {
            times.add(time(work));
        }
        return times;
    }

    private static double median(List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static String millis(List<Double> values) {
        return values.stream().map(v -> String.valueOf(Math.round(v * 1000))).collect(Collectors.joining(", "));
    }

    private static String quarter(long bytes) {
        return bytes < 0 ? "no GC" : String.valueOf(bytes / MB);
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static double seconds(Instant start) {
        return java.time.Duration.between(start, Instant.now()).toMillis() / 1000.0;
    }

    private static String cpuModel() {
        return procLine("/proc/cpuinfo", "model name").map(l -> l.substring(l.indexOf(':') + 1).strip())
                .orElse(System.getProperty("os.arch"));
    }

    private static String memTotal() {
        return procLine("/proc/meminfo", "MemTotal").map(l -> {
            long kb = Long.parseLong(l.replaceAll("\\D", ""));
            return String.format(Locale.ROOT, "%.1f GiB (MemTotal %,d kB)", kb / 1024.0 / 1024.0, kb);
        }).orElse("unknown");
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return String.join(" ", Arrays.copyOf(parts, 3));
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static java.util.Optional<String> procLine(String file, String prefix) {
        try {
            return Files.readAllLines(Path.of(file)).stream().filter(l -> l.startsWith(prefix)).findFirst();
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
    }

    private static String gitCommit() {
        try {
            Process p = new ProcessBuilder("git", "rev-parse", "--short", "HEAD").redirectErrorStream(true).start();
            String s = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return p.waitFor() == 0 ? s : "";
        } catch (Exception e) {
            return "";
        }
    }

    private void r(String line) {
        out.append(line).append('\n');
    }

    private static void log(String format, Object... args) {
        System.out.printf(Locale.ROOT, "[bench] " + format + "%n", args);
    }
}
