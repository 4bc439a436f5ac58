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
 * {@code ?series=a,b&from=2019&to=2025&events=summit,war&point=o12&hide=a:src1.txt&nolines=b}.
 *
 * @param series          extra series shown besides the headline ones (or the one of a series view)
 * @param from            start of the time range, or null for "fit the data"
 * @param to              end of the time range, or null
 * @param eventCategories event categories drawn; null means all
 * @param point           the selected item ("o12", "e7"), or null
 * @param hidden          sources hidden in a chart's legend, each "seriesKey:sourceKey"
 * @param noLines         series whose chart shows points only (the lines switch off)
 * @param cards           the dashboard's cards in their order once the reader added, removed or moved one
 *                        (then {@code series} is empty), or null for the headline cards and {@code series}; a
 *                        card comparing series on one chart is their keys joined by "+" ({@code cards=a+b,c};
 *                        a "+" typed into an address arrives as a space, which reads the same)
 */
public record ViewState(List<String> series, LocalDate from, LocalDate to, Set<String> eventCategories,
                        String point, Set<String> hidden, Set<String> noLines, List<String> cards) {

    private static final String KEY = "[a-z][a-z0-9_]{2,99}";
    /** At most this many series on one compared chart (four line styles and colour families). */
    public static final int MAX_COMPARED = 4;

    public ViewState {
        series = List.copyOf(series);
        hidden = Set.copyOf(hidden);
        noLines = Set.copyOf(noLines);
        cards = cards == null ? null : List.copyOf(cards);
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
        return new ViewState(List.of(), null, null, null, null, Set.of(), Set.of(), null);
    }

    public static ViewState parse(QueryParameters q) {
        Map<String, List<String>> p = q.getParameters();
        List<String> series = new ArrayList<>();
        for (String v : p.getOrDefault("series", List.of())) {
            Arrays.stream(v.split(",")).map(String::strip).filter(s -> s.matches(KEY))
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
                first(p, "point"), list(p, "hide", KEY + ":[A-Za-z0-9._-]{1,200}"), list(p, "nolines", KEY),
                p.containsKey("cards") ? cards(p.get("cards")) : null);
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
        if (!hidden.isEmpty()) {
            p.put("hide", List.of(String.join(",", hidden.stream().sorted().toList())));
        }
        if (!noLines.isEmpty()) {
            p.put("nolines", List.of(String.join(",", noLines.stream().sorted().toList())));
        }
        if (cards != null) {
            p.put("cards", List.of(String.join(",", cards)));
        }
        return new QueryParameters(p);
    }

    public ViewState withSeries(List<String> s) {
        return new ViewState(s, from, to, eventCategories, point, hidden, noLines, cards);
    }

    public ViewState withRange(LocalDate f, LocalDate t) {
        return new ViewState(series, f, t, eventCategories, point, hidden, noLines, cards);
    }

    public ViewState withEvents(Set<String> cats) {
        return new ViewState(series, from, to, cats, point, hidden, noLines, cards);
    }

    public ViewState withPoint(String p) {
        return new ViewState(series, from, to, eventCategories, p, hidden, noLines, cards);
    }

    /** The dashboard's cards, in this order (the headline ones no longer implied). */
    public ViewState withCards(List<String> keys) {
        return new ViewState(List.of(), from, to, eventCategories, point, hidden, noLines, keys);
    }

    /** The sources hidden and the lines switch of one series' chart, the others' left as they are. */
    public ViewState withChart(String seriesKey, Set<String> hiddenSourceKeys, boolean lines) {
        Set<String> h = new LinkedHashSet<>();
        hidden.stream().filter(x -> !x.startsWith(seriesKey + ":")).forEach(h::add);
        hiddenSourceKeys.forEach(k -> h.add(seriesKey + ":" + k));
        Set<String> n = new LinkedHashSet<>(noLines);
        if (lines) {
            n.remove(seriesKey);
        } else {
            n.add(seriesKey);
        }
        return new ViewState(series, from, to, eventCategories, point, h, n, cards);
    }

    /** The source keys hidden in one series' chart. */
    public Set<String> hiddenIn(String seriesKey) {
        Set<String> out = new LinkedHashSet<>();
        hidden.stream().filter(x -> x.startsWith(seriesKey + ":"))
                .forEach(x -> out.add(x.substring(seriesKey.length() + 1)));
        return out;
    }

    /** The cards of {@code cards=}: each a key or keys joined by "+" (or a space), repeats and garbage left out. */
    private static List<String> cards(List<String> values) {
        Set<String> out = new LinkedHashSet<>();
        for (String v : values) {
            for (String card : v.split(",")) {
                List<String> keys = parts(card);
                if (!keys.isEmpty()) {
                    out.add(String.join("+", keys));
                }
            }
        }
        return List.copyOf(out);
    }

    /** The series of one card: "a+b" → [a, b]; invalid keys and repeats dropped, at most {@value #MAX_COMPARED}. */
    public static List<String> parts(String card) {
        return Arrays.stream(card.strip().split("[+ ]+")).filter(k -> k.matches(KEY)).distinct()
                .limit(MAX_COMPARED).toList();
    }

    private static Set<String> list(Map<String, List<String>> p, String key, String pattern) {
        Set<String> out = new LinkedHashSet<>();
        for (String v : p.getOrDefault(key, List.of())) {
            Arrays.stream(v.split(",")).map(String::strip).filter(s -> s.matches(pattern)).forEach(out::add);
        }
        return out;
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
