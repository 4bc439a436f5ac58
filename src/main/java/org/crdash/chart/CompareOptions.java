package org.crdash.chart;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.crdash.base.Html;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The ECharts option of several series of one unit on one chart: each series' own option (its sources' markers,
 * lines, spans, whiskers, all in the series' colour, {@link SourcePalette#tinted(String)}) side by side on the
 * first one's axes, each series' lines in its own dash pattern, every tooltip headed by the series' name. The
 * colour and dash tell the series apart, the marker shape the source.
 */
public final class CompareOptions {

    /** One colour family per compared series (Okabe–Ito: blue, vermillion, bluish green, reddish purple). */
    private static final List<String> COLORS = List.of("#0072B2", "#D55E00", "#009E73", "#CC79A7");
    /** Dash patterns (SVG's stroke-dasharray, ECharts' lineStyle.type as numbers); empty = solid. */
    private static final List<List<Integer>> DASHES = List.of(List.of(), List.of(8, 4), List.of(2, 3),
            List.of(10, 4, 2, 4));
    private static final List<String> DASH_NAMES = List.of("solid", "dashed", "dotted", "dash-dot");

    private CompareOptions() {
    }

    /** The colour of the i-th compared series. */
    public static String color(int i) {
        return COLORS.get(i % COLORS.size());
    }

    /** What the i-th series' line looks like, for screen readers ("dashed"). */
    public static String dashName(int i) {
        return DASH_NAMES.get(i % DASH_NAMES.size());
    }

    /** The i-th series' line as a small inline SVG (its colour and dash), for keys and tooltips. */
    public static String lineSwatch(int i) {
        String dash = DASHES.get(i % DASHES.size()).stream().map(String::valueOf).collect(Collectors.joining(" "));
        return "<svg class='compare-swatch' width='26' height='10' viewBox='0 0 26 10' aria-hidden='true'>"
                + "<line x1='1' y1='5' x2='25' y2='5' stroke='" + color(i) + "' stroke-width='2.5'"
                + (dash.isEmpty() ? "" : " stroke-dasharray='" + dash + "'") + "/></svg>";
    }

    static ObjectNode merge(List<SeriesChart> parts, Set<Long> hidden, boolean lines, EventGuide guide) {
        ObjectNode merged = parts.getFirst().option(hidden, lines, guide).deepCopy();
        ArrayNode all = JsonNodeFactory.instance.arrayNode();
        long points = 0;
        long total = 0;
        long spreads = 0;
        StringBuilder about = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            SeriesChart part = parts.get(i);
            ObjectNode o = i == 0 ? merged : part.option(hidden, lines, null);
            for (JsonNode n : o.path("series")) {
                all.add(restyle(((ObjectNode) n).deepCopy(), part, i));
            }
            points += o.path("crdashPointCount").asLong(0);
            total += o.path("crdashTotalCount").asLong(0);
            spreads += o.path("crdashSpreadCount").asLong(0);
            long spreadsHere = o.path("crdashSpreadCount").asLong(0);
            about.append(i == 0 ? "" : "; ").append(part.series().name()).append(", ").append(dashName(i))
                    .append(" line: ").append(o.path("crdashPointCount").asLong(0)).append(" sourced values")
                    .append(spreadsHere == 0 ? "" : ", sources disagree for " + spreadsHere
                            + (spreadsHere == 1 ? " period" : " periods"));
        }
        merged.set("series", all);
        merged.put("crdashPointCount", points);
        merged.put("crdashShownCount", points);
        merged.put("crdashTotalCount", total);
        merged.put("crdashSpreadCount", spreads);
        merged.put("crdashCompared", parts.size());
        merged.put("crdashDescription", parts.size() + " series compared (" + parts.getFirst().series().unit()
                + "): " + about + ". The table tab lists every value with its source.");
        return merged;
    }

    /** Ids unique across the series, the series' dash on its lines, its name on every tooltip. */
    private static ObjectNode restyle(ObjectNode s, SeriesChart part, int i) {
        String role = s.path("crdashRole").asString("");
        if ("guide".equals(role)) {
            return s;
        }
        if (s.has("id")) {
            s.put("id", "p" + i + "-" + s.get("id").asString());
        }
        s.put("crdashSeries", part.series().key());
        if (s.has("name")) {
            s.put("name", part.series().name() + " — " + s.get("name").asString());
        }
        if ("line".equals(role) && !DASHES.get(i % DASHES.size()).isEmpty()) {
            ArrayNode dash = ((ObjectNode) s.get("lineStyle")).putArray("type");
            DASHES.get(i % DASHES.size()).forEach(dash::add);
        }
        String head = lineSwatch(i) + " <b>" + Html.escape(part.series().name()) + "</b><br>";
        for (JsonNode d : s.path("data")) {
            if (d.isObject() && d.has("tip")) {
                ((ObjectNode) d).put("tip", head + d.get("tip").asString());
            }
        }
        return s;
    }
}
