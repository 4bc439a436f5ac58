package org.crdash.bench;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.crdash.export.CsvDialect;
import org.crdash.export.ExportTables;

/**
 * How the export's cost grows with the rows exported: the long series over 50, 500 and all of its days
 * (≈ 1 %, 10 % and 100 % of its rows), each through the app's endpoint and through COPY of the same query,
 * alternately, median of {@code runs}. Returns the rows of a Markdown table.
 */
final class ExportGrowth {

    private ExportGrowth() {
    }

    static List<String> measure(DataSource dataSource, int port, String series, LocalDate first, int days,
                                long seriesId, int runs) throws Exception {
        List<String> table = new ArrayList<>();
        table.add("| days of `" + series + "` | rows | CSV bytes (app) | app over HTTP (median) | COPY (median) "
                + "| ratio | app rows/s |");
        table.add("|---|---|---|---|---|---|---|");
        for (int span : new int[] {days / 100, days / 10, days}) {
            LocalDate to = first.plusDays(span - 1);
            String condition = "se.id = " + seriesId + " AND o.deleted_at IS NULL AND o.period_end >= DATE '" + first
                    + "' AND o.period_start <= DATE '" + to + "'";
            CsvExportPath copy = new CopyCsvExport(dataSource,
                    ExportTables.OBSERVATIONS.select(CsvDialect.DATA, condition));
            CsvExportPath app = new HttpCsvExport(URI.create("http://localhost:" + port
                    + "/api/export/observations.csv?series=" + series + "&from=" + first + "&to=" + to));
            List<Double> appTimes = new ArrayList<>();
            List<Double> copyTimes = new ArrayList<>();
            long rows = 0;
            long bytes = 0;
            for (int i = 0; i < runs; i++) {
                CountingSink c = new CountingSink();
                long t = System.nanoTime();
                rows = copy.export(c);
                copyTimes.add((System.nanoTime() - t) / 1e9);
                CountingSink a = new CountingSink();
                t = System.nanoTime();
                app.export(a);
                appTimes.add((System.nanoTime() - t) / 1e9);
                bytes = a.bytes();
                if (a.lines() - 1 != rows) {
                    throw new IllegalStateException("app exported " + (a.lines() - 1) + " lines, COPY " + rows + " rows");
                }
            }
            double appMedian = median(appTimes);
            double copyMedian = median(copyTimes);
            table.add(String.format(Locale.ROOT, "| %,d | %,d | %,d | %.3f s | %.3f s | %.2f× | %,.0f |", span, rows,
                    bytes, appMedian, copyMedian, appMedian / copyMedian, rows / appMedian));
            System.out.printf(Locale.ROOT, "[bench] growth: %,d days, %,d rows: app %.3f s, COPY %.3f s%n", span,
                    rows, appMedian, copyMedian);
        }
        return table;
    }

    private static double median(List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
