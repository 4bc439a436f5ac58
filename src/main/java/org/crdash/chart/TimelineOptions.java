package org.crdash.chart;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crdash.base.Html;
import org.crdash.base.Period;
import org.crdash.base.PeriodPrecision;
import org.crdash.event.Event;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The ECharts option of the events timeline: one row per category ({@value EventTimeline#ROW} px, 12 px labels),
 * one marker per day and category — a cluster of several events shows their count, its tooltip lists them all and
 * a click offers the choice. Vague dates ("late 1990s") are shaded bands over what they may mean.
 */
final class TimelineOptions {

    static final int TOP = 8;
    static final int BOTTOM = 30;
    static final String COLOR = "#6b4f2a";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private TimelineOptions() {
    }

    static ObjectNode build(List<Event> events, List<String> categories, SourcePalette palette, LocalDate from,
                            LocalDate to) {
        ObjectNode o = JSON.objectNode();
        o.put("animationDuration", 200);
        o.put("crdashPointCount", events.size());
        o.put("crdashDescription", "Events timeline: " + events.size() + " events in " + categories.size()
                + " categories. The events page lists them all with their sources.");
        ObjectNode tooltip = o.putObject("tooltip");
        tooltip.put("trigger", "item");
        tooltip.put("confine", true);
        tooltip.put("extraCssText", "max-width: 340px; white-space: normal;");
        ObjectNode grid = o.putArray("grid").addObject();
        grid.put("left", 130);
        grid.put("crdashFixed", true); // the category labels need the room on phones too
        grid.put("right", 24);
        grid.put("top", TOP);
        grid.put("bottom", BOTTOM);
        ObjectNode x = o.putArray("xAxis").addObject();
        x.put("type", "time");
        x.put("min", from.toString());
        x.put("max", to.toString());
        x.put("crdashYears", true);
        x.putObject("splitLine").put("show", true);
        x.putObject("axisLabel").put("fontSize", 12).put("hideOverlap", true); // years of a zoomed phone axis
        // follows the charts' zoom (EChart#setZoomGroup); the reader zooms the charts, not the timeline itself
        ObjectNode zoom = o.putArray("dataZoom").addObject();
        zoom.put("type", "inside");
        zoom.putArray("xAxisIndex").add(0);
        zoom.put("filterMode", "none");
        zoom.put("zoomOnMouseWheel", false);
        zoom.put("moveOnMouseMove", false);
        zoom.put("moveOnMouseWheel", false);
        zoom.put("preventDefaultMouseMove", false);
        ObjectNode y = o.putArray("yAxis").addObject();
        y.put("type", "category");
        y.put("inverse", true);
        ArrayNode rows = y.putArray("data");
        categories.forEach(rows::add);
        y.putObject("axisLabel").put("fontSize", 12).put("interval", 0).put("color", "#333333");
        y.putObject("splitLine").put("show", true);
        y.putObject("axisTick").put("show", false);

        ArrayNode out = o.putArray("series");
        ObjectNode scatter = out.addObject();
        scatter.put("type", "scatter");
        scatter.put("id", "events");
        scatter.put("name", "Events");
        scatter.put("z", 5);
        scatter.putObject("itemStyle").put("color", COLOR).put("borderColor", "#ffffff").put("borderWidth", 1);
        scatter.putObject("emphasis").put("scale", 1.4);
        ArrayNode data = scatter.putArray("data");
        for (List<Event> cluster : clusters(events)) {
            Event first = cluster.getFirst();
            ObjectNode item = data.addObject();
            item.putArray("value").add(first.date().midpoint().toString()).add(first.category());
            if (cluster.size() == 1) {
                item.put("id", "e" + first.id());
                item.put("symbolSize", 13);
            } else {
                ArrayNode ids = item.putArray("ids");
                cluster.forEach(e -> ids.add("e" + e.id()));
                item.put("symbolSize", 22);
                ObjectNode label = item.putObject("label");
                label.put("show", true);
                label.put("formatter", String.valueOf(cluster.size()));
                label.put("color", "#ffffff");
                label.put("fontSize", 11);
                label.put("fontWeight", "bold");
            }
            item.put("tip", tip(cluster, palette));
            for (Event e : cluster) {
                Period d = e.date();
                if (d.precision() != PeriodPrecision.DAY && d.precision() != PeriodPrecision.MONTH) {
                    out.add(band(e, palette));
                }
            }
        }
        return o;
    }

    /** Events of the same category and day (the same drawn x) together, in date order. */
    static List<List<Event>> clusters(List<Event> events) {
        Map<String, List<Event>> byKey = new LinkedHashMap<>();
        events.forEach(e -> byKey.computeIfAbsent(e.category() + "|" + e.date().midpoint(), k -> new ArrayList<>())
                .add(e));
        return List.copyOf(byKey.values());
    }

    private static ObjectNode band(Event e, SourcePalette palette) {
        ObjectNode line = JSON.objectNode();
        line.put("type", "line");
        line.put("silent", true);
        line.put("showSymbol", false);
        line.put("z", 2);
        line.putObject("lineStyle").put("color", COLOR).put("width", 10).put("opacity", 0.18).put("cap", "round");
        ArrayNode points = line.putArray("data");
        points.addArray().add(e.date().start().toString()).add(e.category());
        points.addArray().add(e.date().end().toString()).add(e.category());
        return line;
    }

    private static String tip(List<Event> cluster, SourcePalette palette) {
        StringBuilder sb = new StringBuilder();
        if (cluster.size() > 1) {
            sb.append("<b>").append(cluster.size()).append(" events · ")
                    .append(Html.escape(cluster.getFirst().category())).append("</b>");
        }
        for (Event e : cluster) {
            sb.append(sb.isEmpty() ? "" : "<br>").append("<b>").append(Html.escape(e.title())).append("</b><br>")
                    .append(Html.escape(e.dateText())).append(" · ").append(Tooltips.swatch(palette, e.sourceId()))
                    .append(' ').append(Html.escape(palette.label(e.sourceId())));
        }
        sb.append("<br><i>Click for ").append(cluster.size() > 1 ? "a choice of these" : "the passage").append("</i>");
        return sb.toString();
    }
}
