package org.crdash.chart.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import com.vaadin.flow.router.QueryParameters;

/**
 * What a chart view shows, as it is kept in the URL so a shared link reopens the same view:
 * {@code ?series=a,b&from=2019&to=2025&events=summit,war&point=o12}.
 *
 * @param series          extra series shown besides the headline ones (or the one of a series view)
 * @param from            start of the time range, or null for "fit the data"
 * @param to              end of the time range, or null
 * @param eventCategories event categories drawn; null means all
 * @param point           the selected item ("o12", "e7"), or null
 */
public record ViewState(List<String> series, LocalDate from, LocalDate to, Set<String> eventCategories,
                        String point) {

    public ViewState {
        series = List.copyOf(series);
        eventCategories = eventCategories == null ? null : Set.copyOf(eventCategories);
        if (from != null && to != null && to.isBefore(from)) {
            LocalDate t = from;
            from = to;
            to = t;
        }
        if (point != null && !point.matches("[oe]\\d{1,18}")) {
            point = null;
        }
    }

    public static ViewState empty() {
        return new ViewState(List.of(), null, null, null, null);
    }

    public static ViewState parse(QueryParameters q) {
        Map<String, List<String>> p = q.getParameters();
        List<String> series = new ArrayList<>();
        for (String v : p.getOrDefault("series", List.of())) {
            Arrays.stream(v.split(",")).map(String::strip).filter(s -> s.matches("[a-z][a-z0-9_]{2,99}"))
                    .filter(s -> !series.contains(s)).forEach(series::add);
        }
        Set<String> cats = null;
        if (p.containsKey("events")) {
            cats = new LinkedHashSet<>();
            for (String v : p.get("events")) {
                Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(cats::add);
            }
        }
        return new ViewState(series, date(first(p, "from"), true), date(first(p, "to"), false), cats,
                first(p, "point"));
    }

    public QueryParameters toQuery() {
        Map<String, List<String>> p = new LinkedHashMap<>();
        if (!series.isEmpty()) {
            p.put("series", List.of(String.join(",", series)));
        }
        if (from != null) {
            p.put("from", List.of(from.toString()));
        }
        if (to != null) {
            p.put("to", List.of(to.toString()));
        }
        if (eventCategories != null) {
            p.put("events", List.of(String.join(",", eventCategories.stream().sorted().toList())));
        }
        if (point != null) {
            p.put("point", List.of(point));
        }
        return new QueryParameters(p);
    }

    public ViewState withSeries(List<String> s) {
        return new ViewState(s, from, to, eventCategories, point);
    }

    public ViewState withRange(LocalDate f, LocalDate t) {
        return new ViewState(series, f, t, eventCategories, point);
    }

    public ViewState withEvents(Set<String> cats) {
        return new ViewState(series, from, to, cats, point);
    }

    public ViewState withPoint(String p) {
        return new ViewState(series, from, to, eventCategories, p);
    }

    private static String first(Map<String, List<String>> p, String key) {
        List<String> v = p.get(key);
        return v == null || v.isEmpty() || v.getFirst().isBlank() ? null : v.getFirst().strip();
    }

    /** "2019" means the start (or end) of 2019; otherwise an ISO date. Garbage is ignored. */
    static LocalDate date(String s, boolean start) {
        if (s == null) {
            return null;
        }
        try {
            if (s.matches("\\d{4}")) {
                int y = Integer.parseInt(s);
                return start ? LocalDate.of(y, 1, 1) : LocalDate.of(y, 12, 31);
            }
            return LocalDate.parse(s);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
