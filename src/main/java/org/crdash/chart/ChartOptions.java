package org.crdash.chart;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crdash.base.Html;
import org.crdash.base.Origin;
import org.crdash.base.Period;
import org.crdash.base.PeriodPrecision;
import org.crdash.event.Event;
import org.crdash.series.Observation;
import org.crdash.series.Qualifier;
import org.crdash.series.Series;
import org.crdash.series.ValueFormat;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds the ECharts option for one series: one colour per source article (so conflicting values sit side by
 * side, never averaged), marker shapes for qualifiers, spans for ranges, and an events lane under the chart.
 */
final class ChartOptions {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    /** Share of a period's length between neighbouring sources' markers of the same period. */
    private static final double SIDE_BY_SIDE = 0.12;
    /** Scatter series with more points than this are drawn progressively, in chunks of PROGRESSIVE_CHUNK. */
    static final int PROGRESSIVE_FROM = 500;
    static final int PROGRESSIVE_CHUNK = 250;

    private ChartOptions() {
    }

    static ObjectNode build(Series series, List<Observation> observations, List<Event> events,
                            SourcePalette palette, LocalDate from, LocalDate to) {
        return build(series, observations, events, palette, from, to, observations.size(), null, null);
    }

    /**
     * @param totalCount  how many values the data range holds; more than drawn when the chart is downsampled
     * @param visibleFrom the zoomed window the values were fetched for (the initial zoom), or null for all
     */
    static ObjectNode build(Series series, List<Observation> observations, List<Event> events,
                            SourcePalette palette, LocalDate from, LocalDate to, long totalCount,
                            LocalDate visibleFrom, LocalDate visibleTo) {
        boolean downsampled = totalCount > observations.size();
        ObjectNode o = JSON.objectNode();
        o.put("animationDuration", 300);
        if (observations.size() > PROGRESSIVE_FROM) {
            o.put("animation", false);
        }
        o.put("crdashPointCount", observations.size());
        o.put("crdashDownsampled", downsampled);
        o.put("crdashShownCount", observations.size());
        o.put("crdashTotalCount", totalCount);
        if (downsampled) {
            o.put("crdashNotice", shownOf(observations.size(), totalCount));
        }
        o.put("crdashDescription", series.name() + " (" + series.unit() + "): " + (downsampled
                ? shownOf(observations.size(), totalCount) + ", the lowest, highest, first and last of each time "
                + "slice" : observations.size() + " sourced values")
                + (events.isEmpty() ? "" : ", " + events.size() + " events")
                + ". The table below lists every value with its source.");

        ObjectNode tooltip = o.putObject("tooltip");
        tooltip.put("trigger", "item");
        tooltip.put("confine", true);
        tooltip.put("extraCssText", "max-width: 360px; white-space: normal;");

        ObjectNode toolbox = o.putObject("toolbox");
        toolbox.put("right", 10);
        ObjectNode features = toolbox.putObject("feature");
        ObjectNode save = features.putObject("saveAsImage");
        save.put("name", series.key());
        save.put("pixelRatio", 2);
        save.put("title", "Download PNG");
        features.putObject("dataZoom").put("yAxisIndex", "none");
        features.putObject("restore").put("title", "Reset zoom");

        boolean lane = !events.isEmpty();
        ArrayNode grids = o.putArray("grid");
        ObjectNode main = grids.addObject();
        main.put("left", 104);
        main.put("right", 24);
        main.put("top", 56);
        main.put("bottom", lane ? 150 : 64);
        if (lane) {
            ObjectNode g = grids.addObject();
            g.put("left", 104);
            g.put("right", 24);
            g.put("bottom", 56);
            g.put("height", 76);
        }

        ArrayNode xAxes = o.putArray("xAxis");
        ArrayNode yAxes = o.putArray("yAxis");
        ObjectNode x0 = timeAxis(xAxes, 0, from, to);
        x0.put("crdashYears", true);
        ObjectNode y0 = yAxes.addObject();
        y0.put("type", "value");
        y0.put("gridIndex", 0);
        y0.put("name", series.unit());
        y0.putObject("nameTextStyle").put("align", "right");
        if ("%".equals(series.unit())) {
            y0.put("crdashUnit", "%");
        }
        if ("rank".equals(series.unit())) {
            y0.put("inverse", true);
            y0.put("minInterval", 1);
        }
        List<String> categories = events.stream().map(Event::category).distinct().sorted().toList();
        if (lane) {
            ObjectNode x1 = timeAxis(xAxes, 1, from, to);
            x1.putObject("axisLabel").put("show", false);
            ObjectNode y1 = yAxes.addObject();
            y1.put("type", "category");
            y1.put("gridIndex", 1);
            ArrayNode cats = y1.putArray("data");
            categories.forEach(cats::add);
            ObjectNode labels = y1.putObject("axisLabel");
            labels.put("fontSize", 9);
            labels.put("interval", 0);
            y1.putObject("splitLine").put("show", true);
        }

        ArrayNode zoom = o.putArray("dataZoom");
        for (String type : List.of("inside", "slider")) {
            ObjectNode z = zoom.addObject();
            z.put("type", type);
            ArrayNode idx = z.putArray("xAxisIndex");
            idx.add(0);
            if (lane) {
                idx.add(1);
            }
            z.put("filterMode", "none");
            if (visibleFrom != null) {
                z.put("startValue", visibleFrom.toString());
                z.put("endValue", visibleTo.toString());
            }
            if (type.equals("slider")) {
                z.put("bottom", 8);
                z.put("height", 18);
            }
        }

        ArrayNode legendData = JSON.arrayNode();
        ArrayNode out = o.putArray("series");
        Map<Long, List<Observation>> bySource = new LinkedHashMap<>();
        observations.stream().sorted(Comparator.comparing(Observation::sourceKey))
                .forEach(ob -> bySource.computeIfAbsent(ob.sourceId(), k -> new ArrayList<>()).add(ob));
        Map<String, List<Long>> sourcesPerPeriod = new LinkedHashMap<>();
        for (Observation ob : observations) {
            List<Long> ids = sourcesPerPeriod.computeIfAbsent(ob.period().label(), k -> new ArrayList<>());
            if (!ids.contains(ob.sourceId())) {
                ids.add(ob.sourceId());
            }
        }
        for (Map.Entry<Long, List<Observation>> e : bySource.entrySet()) {
            long sourceId = e.getKey();
            String name = palette.label(sourceId);
            String color = palette.color(sourceId);
            legendData.add(name);
            ObjectNode scatter = out.addObject();
            scatter.put("type", "scatter");
            scatter.put("id", "src-" + sourceId);
            scatter.put("name", name);
            scatter.put("xAxisIndex", 0);
            scatter.put("yAxisIndex", 0);
            scatter.putObject("itemStyle").put("color", color);
            scatter.putObject("emphasis").put("scale", 1.6);
            scatter.put("z", 5);
            if (e.getValue().size() > PROGRESSIVE_FROM) {
                // draw long series in chunks per animation frame, so the page stays responsive
                scatter.put("progressive", PROGRESSIVE_CHUNK);
                scatter.put("progressiveThreshold", PROGRESSIVE_FROM);
            }
            ArrayNode data = scatter.putArray("data");
            for (Observation ob : e.getValue()) {
                List<Long> same = sourcesPerPeriod.get(ob.period().label());
                LocalDate x = sideBySide(ob.period(), same.indexOf(sourceId), same.size());
                ObjectNode item = data.addObject();
                ArrayNode value = item.putArray("value");
                value.add(x.toString());
                value.add(ob.value());
                item.put("id", "o" + ob.id());
                item.put("tip", tip(series, ob, name, color));
                marker(item, ob.qualifier(), ob.origin());
                if (ob.period().isRange()) {
                    out.add(span(ob, name, color));
                }
            }
        }
        if (lane) {
            addEvents(out, events, palette, legendData);
        }
        ObjectNode legend = o.putObject("legend");
        legend.put("type", "scroll");
        legend.put("top", 8);
        legend.put("left", 104);
        legend.put("right", 150);
        legend.set("data", legendData);
        return o;
    }

    /** "showing 2,000 of 1,000,000 values — zoom in to see all" */
    static String shownOf(long shown, long total) {
        return String.format(java.util.Locale.ROOT, "showing %,d of %,d values — zoom in to see all", shown, total);
    }

    private static ObjectNode timeAxis(ArrayNode axes, int grid, LocalDate from, LocalDate to) {
        ObjectNode x = axes.addObject();
        x.put("type", "time");
        x.put("gridIndex", grid);
        x.put("min", from.toString());
        x.put("max", to.toString());
        x.putObject("splitLine").put("show", grid == 0);
        return x;
    }

    /**
     * Where a value is drawn: the middle of its period, moved a little sideways per source when several sources
     * state a value for the same period, so each stays visible. The offset stays well inside the period.
     */
    static LocalDate sideBySide(Period p, int index, int count) {
        LocalDate mid = p.midpoint();
        if (count <= 1 || p.precision() == PeriodPrecision.DAY) {
            return mid;
        }
        long length = ChronoUnit.DAYS.between(p.start(), p.end()) + 1;
        double offset = (index - (count - 1) / 2.0) * SIDE_BY_SIDE * length;
        return mid.plusDays(Math.round(offset));
    }

    /** Shape by qualifier, hollow for user-added values. */
    private static void marker(ObjectNode item, Qualifier q, Origin origin) {
        String symbol = switch (q) {
            case EXACT -> "circle";
            case APPROX -> "diamond";
            case ALMOST -> "roundRect";
            case MORE_THAN, LESS_THAN -> "triangle";
        };
        if (origin == Origin.USER) {
            symbol = "empty" + Character.toUpperCase(symbol.charAt(0)) + symbol.substring(1);
        }
        item.put("symbol", symbol);
        if (q == Qualifier.LESS_THAN) {
            item.put("symbolRotate", 180);
        }
        item.put("symbolSize", 13);
    }

    private static ObjectNode span(Observation ob, String name, String color) {
        ObjectNode line = segment(0, name, color, ob.period().start(), ob.period().end(), JSON.numberNode(ob.value()));
        ObjectNode style = (ObjectNode) line.get("lineStyle");
        style.put("width", 3);
        style.put("opacity", 0.55);
        style.put("type", "dashed");
        return line;
    }

    /** A silent horizontal line from start to end at height y, on grid {@code axis}. */
    private static ObjectNode segment(int axis, String name, String color, LocalDate start, LocalDate end,
                                      tools.jackson.databind.JsonNode y) {
        ObjectNode line = JSON.objectNode();
        line.put("type", "line");
        line.put("name", name);
        line.put("silent", true);
        line.put("showSymbol", false);
        line.put("xAxisIndex", axis);
        line.put("yAxisIndex", axis);
        line.putObject("lineStyle").put("color", color);
        line.putObject("itemStyle").put("color", color);
        ArrayNode data = line.putArray("data");
        data.addArray().add(start.toString()).add(y);
        data.addArray().add(end.toString()).add(y);
        return line;
    }

    private static void addEvents(ArrayNode out, List<Event> events, SourcePalette palette, ArrayNode legendData) {
        String name = "Events";
        legendData.add(name);
        ObjectNode scatter = out.addObject();
        scatter.put("type", "scatter");
        scatter.put("id", "events");
        scatter.put("name", name);
        scatter.put("xAxisIndex", 1);
        scatter.put("yAxisIndex", 1);
        scatter.put("symbol", "pin");
        scatter.put("symbolSize", 16);
        scatter.putObject("itemStyle").put("color", "#6b4f2a");
        ArrayNode data = scatter.putArray("data");
        for (Event ev : events) {
            Period d = ev.date();
            ObjectNode item = data.addObject();
            ArrayNode value = item.putArray("value");
            value.add(d.midpoint().toString());
            value.add(ev.category());
            item.put("id", "e" + ev.id());
            item.putObject("itemStyle").put("color", palette.color(ev.sourceId()));
            item.put("tip", "<b>" + Html.escape(ev.title()) + "</b><br>" + Html.escape(ev.dateText()) + " · "
                    + Html.escape(ev.category()) + "<br><span style='color:" + palette.color(ev.sourceId()) + "'>●</span> "
                    + Html.escape(palette.label(ev.sourceId())) + "<br><i>Click for the passage</i>");
            if (d.precision() != PeriodPrecision.DAY && d.precision() != PeriodPrecision.MONTH) {
                // a vague date is drawn as a shaded band over everything it may mean
                ObjectNode band = segment(1, name, palette.color(ev.sourceId()), d.start(), d.end(),
                        JSON.stringNode(ev.category()));
                ObjectNode style = (ObjectNode) band.get("lineStyle");
                style.put("width", 9);
                style.put("opacity", 0.22);
                style.put("cap", "round");
                out.add(band);
            }
        }
    }

    private static String tip(Series series, Observation ob, String sourceLabel, String color) {
        StringBuilder sb = new StringBuilder();
        sb.append("<b>").append(Html.escape(ValueFormat.qualified(ob.value(), series.unit(), ob.qualifier())))
                .append("</b> · ").append(Html.escape(ob.period().display())).append("<br>")
                .append(Html.escape(series.name())).append("<br><span style='color:").append(color)
                .append("'>●</span> ").append(Html.escape(sourceLabel));
        if (ob.origin() == Origin.USER) {
            sb.append(" · <i>user-added</i>");
        }
        sb.append("<br><i>Click for the passage</i>");
        return sb.toString();
    }
}
