package org.crdash.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crdash.bench.BenchTiming.MB;
import static org.crdash.bench.BenchTiming.log;
import static org.crdash.bench.BenchTiming.quarter;
import static org.crdash.bench.BenchTiming.seconds;

import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.crdash.export.CsvDialect;
import org.crdash.export.ExportService;
import org.crdash.series.ObservationFilter;

/**
 * Rows (a), (a′) and (c) of the scale benchmark: the CSV export of every live observation through the app's endpoint,
 * through COPY of the same query and through the export code without HTTP, alternately, with the heap sampled
 * during each; and how the export grows with rows ({@link ExportGrowth}).
 */
final class ScaleExport {

    private final DataSource dataSource;
    private final int port;
    private final ExportService exportService;

    ScaleExport(DataSource dataSource, int port, ExportService exportService) {
        this.dataSource = dataSource;
        this.port = port;
        this.exportService = exportService;
    }

    record ExportResult(List<String> rows, List<String> details) {
    }

    /** (a), (a′), (c) and how the export grows with rows: table rows and detail lines for the results. */
    ExportResult measure(long liveRows, long seriesId) throws Exception {
        List<String> rows = new ArrayList<>();
        List<String> details = new ArrayList<>();
        CsvExportPath copy = new CopyCsvExport(dataSource, ScaleBenchmark.EXPORT_QUERY);
        CsvExportPath app = new HttpCsvExport(URI.create(System.getProperty("bench.export.url",
                "http://localhost:" + port + "/api/export/observations.csv")));
        boolean appAvailable = app.available();
        CsvExportPath inProcess = new CsvExportPath() {
            @Override
            public String name() {
                return "ExportService.writeObservations in-process (no HTTP)";
            }

            @Override
            public long export(OutputStream sink) throws Exception {
                return exportService.writeObservations(ObservationFilter.ALL, CsvDialect.DATA, sink);
            }
        };
        List<ExportRun> copyRuns = new ArrayList<>();
        List<ExportRun> appRuns = new ArrayList<>();
        List<ExportRun> inProcessRuns = new ArrayList<>();
        for (int i = 0; i < ScaleBenchmark.EXPORT_RUNS; i++) {
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
                + "app over HTTP vs COPY of the same query, alternating, median of " + ScaleBenchmark.GROWTH_RUNS + "):");
        details.add("");
        details.addAll(ExportGrowth.measure(dataSource, port, ScaleBenchmark.SERIES, LocalDate.of(2000, 1, 1),
                ScaleBenchmark.ROWS / (ScaleBenchmark.SOURCES * ScaleBenchmark.PASSAGES_PER_SOURCE), seriesId,
                ScaleBenchmark.GROWTH_RUNS));
        return new ExportResult(rows, details);
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
}
