package org.crdash.chart.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crdash.event.Event;

/**
 * The events page's state as its URL holds it, so that a filtered list can be shared and reloaded:
 * {@code /events?q=no+limits&category=summit&category=war&source=002_….txt&from=2014&to=2024&point=e12}.
 * Values that make no sense (an unknown category, a year that is not a number) are dropped.
 */
record EventsPageState(String q, Set<String> categories, String source, Integer from, Integer to, String point) {

    EventsPageState {
        q = q == null ? "" : q.strip();
        categories = Set.copyOf(categories);
        source = source == null || source.isBlank() ? null : source;
        point = point != null && point.matches("e\\d{1,18}") ? point : null;
    }

    /** @param known the event categories, in display order (the database's vocabulary) */
    static EventsPageState of(Map<String, List<String>> params, List<String> known) {
        Set<String> categories = new LinkedHashSet<>(params.getOrDefault("category", List.of()));
        categories.retainAll(known);
        return new EventsPageState(first(params, "q"), categories, first(params, "source"), year(params, "from"),
                year(params, "to"), first(params, "point"));
    }

    private static String first(Map<String, List<String>> params, String name) {
        List<String> values = params.getOrDefault(name, List.of());
        return values.isEmpty() ? null : values.getFirst();
    }

    private static Integer year(Map<String, List<String>> params, String name) {
        String v = first(params, name);
        return v != null && v.matches("\\d{4}") ? Integer.valueOf(v) : null;
    }

    /** The URL parameters, without empty ones, in a stable order. */
    Map<String, List<String>> toParameters(List<String> known) {
        Map<String, List<String>> p = new LinkedHashMap<>();
        if (!q.isEmpty()) {
            p.put("q", List.of(q));
        }
        if (!categories.isEmpty()) {
            List<String> sorted = new ArrayList<>(categories);
            sorted.sort(java.util.Comparator.comparingInt(known::indexOf));
            p.put("category", sorted);
        }
        if (source != null) {
            p.put("source", List.of(source));
        }
        if (from != null) {
            p.put("from", List.of(from.toString()));
        }
        if (to != null) {
            p.put("to", List.of(to.toString()));
        }
        if (point != null) {
            p.put("point", List.of(point));
        }
        return p;
    }
}
