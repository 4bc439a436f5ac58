package org.crdash.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crdash.bench.BenchTiming.log;
import static org.crdash.bench.BenchTiming.median;
import static org.crdash.bench.BenchTiming.millis;
import static org.crdash.bench.BenchTiming.step;
import static org.crdash.bench.BenchTiming.time;
import static org.crdash.bench.BenchTiming.times;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.crdash.chart.ChartService;
import org.crdash.chart.SeriesChart;
import org.crdash.series.ObservationBucket;
import org.crdash.series.ObservationService;

/**
 * Row (b) of the scale benchmark: the downsampled chart of the long series ({@code ChartService.chart}) vs a plain
 * SQL bucket aggregate over the same rows, alternately after two warm-ups; the chart path's steps one by one; a
 * zoom to a year and to ten days, the option's size and the catalog.
 */
final class ScaleChart {

    /** The results' row (b) and its detail lines. */
    record ChartResult(String row, List<String> details) {
    }

    private final DataSource dataSource;
    private final ChartService charts;
    private final ObservationService seriesService;

    ScaleChart(DataSource dataSource, ChartService charts, ObservationService seriesService) {
        this.dataSource = dataSource;
        this.charts = charts;
        this.seriesService = seriesService;
    }

    ChartResult measure(long seriesId) throws Exception {
        String series = ScaleBenchmark.SERIES;
        Set<String> categories = new LinkedHashSet<>(charts.eventCategories());
        SeriesChart chart = charts.chart(series, null, null, categories).orElseThrow();
        assertThat(chart.totalCount()).isEqualTo(ScaleBenchmark.ROWS);
        assertThat(chart.shownCount()).isLessThanOrEqualTo(ChartService.MAX_POINTS);
        LocalDate from = chart.from();
        LocalDate to = chart.to();
        int buckets = (ChartService.MAX_POINTS - 2) / 2; // what ChartService uses for a series of many sources
        Callable<Object> service = () -> charts.chart(series, null, null, categories).orElseThrow();
        Callable<Object> sql = () -> bucketAggregate(seriesId, from, to, buckets);
        List<Double> serviceTimes = new ArrayList<>();
        List<Double> sqlTimes = new ArrayList<>();
        for (int i = 0; i < 2; i++) { // warm-up
            time(service);
            time(sql);
        }
        for (int i = 0; i < ScaleBenchmark.CHART_RUNS; i++) {
            serviceTimes.add(time(service));
            sqlTimes.add(time(sql));
        }
        int sqlBuckets = bucketAggregate(seriesId, from, to, buckets).size();
        // the chart path's steps one by one (what ChartService.chart calls, in order)
        List<ObservationBucket> found = seriesService.buckets(seriesId, from, to, buckets, false);
        List<Long> candidateIds = Stream.concat(
                        seriesService.firstAndLast(seriesId, from, to, false).stream(),
                        found.stream().flatMap(b -> Stream.of(b.minId(), b.maxId())))
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
        SeriesChart year = charts.chart(series, null, null, categories, yearFrom, yearTo).orElseThrow();
        List<Double> yearTimes = times(() -> charts.chart(series, null, null, categories, yearFrom, yearTo),
                5);
        LocalDate daysFrom = yearFrom.plusMonths(6);
        LocalDate daysTo = daysFrom.plusDays(9);
        SeriesChart days = charts.chart(series, null, null, categories, daysFrom, daysTo).orElseThrow();
        List<Double> daysTimes = times(() -> charts.chart(series, null, null, categories, daysFrom, daysTo),
                5);
        List<Double> catalogTimes = times(() -> charts.catalog(), 3);
        int optionBytes = chart.option().toString().getBytes(StandardCharsets.UTF_8).length;
        log("chart: service %.0f ms, sql %.0f ms", median(serviceTimes) * 1000, median(sqlTimes) * 1000);
        double chartRatio = median(serviceTimes) / median(sqlTimes);
        String row = String.format(Locale.ROOT, "| (b) chart of the %,d-value series, `ChartService.chart` (downsampled to %,d "
                        + "points) | %.0f ms | %,.0f values/s | plain SQL bucket aggregate (%d buckets, count/min/max): "
                        + "%.0f ms | %.2f× | ≤ 2× %s |", ScaleBenchmark.ROWS, chart.shownCount(), median(serviceTimes) * 1000,
                ScaleBenchmark.ROWS / median(serviceTimes), sqlBuckets, median(sqlTimes) * 1000, chartRatio,
                chartRatio <= 2 ? "✅ met" : "❌ missed");
        List<String> details = new ArrayList<>();
        details.add(String.format(Locale.ROOT, "Chart runs after 2 warm-ups: ChartService %s ms; SQL aggregate %s ms.",
                millis(serviceTimes), millis(sqlTimes)));
        details.add("");
        details.add("The downsampled chart's steps, timed one by one (median of 5 after a warm-up):");
        details.add("");
        for (String[] st : steps) {
            details.add("- " + st[0] + ": " + st[1] + " ms");
        }
        details.add("");
        details.add("Zoom and dashboard (what a view re-queries):");
        details.add("");
        details.add(String.format(Locale.ROOT, "- zoomed to one year (%s..%s, %,d values): %s, %,d points drawn, median %.0f ms",
                yearFrom, yearTo, year.totalCount(), year.downsampled() ? "downsampled" : "all values",
                year.shownCount(), median(yearTimes) * 1000));
        details.add(String.format(Locale.ROOT, "- zoomed to ten days (%s..%s, %,d values): %s, %,d points drawn, median %.0f ms",
                daysFrom, daysTo, days.totalCount(), days.downsampled() ? "downsampled" : "all values",
                days.shownCount(), median(daysTimes) * 1000));
        details.add(String.format(Locale.ROOT, "- ECharts option of the whole-range chart: %,d bytes of JSON for %,d points",
                optionBytes, chart.shownCount()));
        details.add(String.format(Locale.ROOT, "- `ChartService.catalog()` (series list with counts, run when the dashboard "
                + "opens): median %.0f ms", median(catalogTimes) * 1000));
        return new ChartResult(row, details);
    }

    /**
     * The baseline: a plain count/min/max per time bucket over the same rows as the chart, with the same session
     * settings as the chart's queries (planned for its literal values, no JIT).
     */
    private List<Object[]> bucketAggregate(long seriesId, LocalDate from, LocalDate to, int buckets)
            throws SQLException {
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
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.execute("SET jit = off");
            try (ResultSet rs = st.executeQuery(sql)) {
                while (rs.next()) {
                    rows.add(new Object[] {rs.getInt(1), rs.getLong(2), rs.getBigDecimal(3), rs.getBigDecimal(4)});
                }
            } finally {
                st.execute("RESET jit");
            }
        }
        return rows;
    }
}
