package org.crdash.chart.ui;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Links to the CSV export endpoints for exactly what a view shows. */
final class CsvLinks {

    private CsvLinks() {
    }

    static String observations(List<String> seriesKeys, LocalDate from, LocalDate to) {
        List<String> params = new ArrayList<>();
        seriesKeys.forEach(k -> params.add("series=" + URLEncoder.encode(k, StandardCharsets.UTF_8)));
        if (from != null) {
            params.add("from=" + from);
        }
        if (to != null) {
            params.add("to=" + to);
        }
        return "api/export/observations.csv" + (params.isEmpty() ? "" : "?" + String.join("&", params));
    }

    static String events(String category, String source, LocalDate from, LocalDate to) {
        List<String> params = new ArrayList<>();
        if (category != null) {
            params.add("category=" + URLEncoder.encode(category, StandardCharsets.UTF_8));
        }
        if (source != null) {
            params.add("source=" + URLEncoder.encode(source, StandardCharsets.UTF_8));
        }
        if (from != null) {
            params.add("from=" + from);
        }
        if (to != null) {
            params.add("to=" + to);
        }
        return "api/export/events.csv" + (params.isEmpty() ? "" : "?" + String.join("&", params));
    }
}
