package org.crdash.chart;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.crdash.base.Html;
import org.crdash.base.Origin;
import org.crdash.series.Observation;
import org.crdash.series.Series;
import org.crdash.series.ValueFormat;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds the ECharts option for one series: per source one colour and one marker shape, its values joined by a
 * line in period order (ranges drawn as spans), every value at the middle of its period (never shifted, so
 * conflicting values of a period share its x), and a min–max whisker where sources disagree. Every series in the
 * option carries {@code crdashSource} (the source id, or 0) and {@code crdashRole} so a view can hide a source or
 * the lines without asking for the data again ({@link SeriesChart#option(java.util.Set, boolean)}).
 */
final class ChartOptions {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    /** Scatter series with more points than this are drawn progressively, in chunks of PROGRESSIVE_CHUNK. */
    static final int PROGRESSIVE_FROM = 500;
    static final int PROGRESSIVE_CHUNK = 250;
    static final String SPREAD_COLOR = "#5b5b5b";

    private ChartOptions() {
    }

    static ObjectNode build(Series series, List<Observation> observations,
                            SourcePalette palette, LocalDate from, LocalDate to) {
        return build(series, observations, palette, from, to, observations.size(), null, null, o -> null);
    }

    /**
     * @param totalCount  how many values the data range holds; more than drawn when the chart is downsampled
     * @param visibleFrom the zoomed window the values were fetched for (the initial zoom), or null for all
     * @param passageHtml an observation's passage as safe inline HTML for its tooltip, or null to leave it out
     */
    static ObjectNode build(Series series, List<Observation> observations,
                            SourcePalette palette, LocalDate from, LocalDate to, long totalCount,
                            LocalDate visibleFrom, LocalDate visibleTo, Function<Observation, String> passageHtml) {
        boolean downsampled = totalCount > observations.size();
        List<PeriodSpread> spreads = downsampled ? List.of() : PeriodSpread.of(observations);
        ObjectNode o = JSON.objectNode();
        o.put("animationDuration", 300);
        if (observations.size() > PROGRESSIVE_FROM) {
            o.put("animation", false);
        }
        o.put("crdashPointCount", observations.size());
        o.put("crdashDownsampled", downsampled);
        o.put("crdashShownCount", observations.size());
        o.put("crdashTotalCount", totalCount);
        o.put("crdashSpreadCount", spreads.size());
        if (downsampled) {
            o.put("crdashNotice", shownOf(observations.size(), totalCount));
        }
        o.put("crdashDescription", ChartSummary.of(series, observations, spreads, totalCount));

        ObjectNode tooltip = o.putObject("tooltip");
        tooltip.put("trigger", "item");
        tooltip.put("confine", true);
        tooltip.put("extraCssText", "max-width: 340px; white-space: normal;");

        ObjectNode toolbox = o.putObject("toolbox");
        toolbox.put("right", 10);
        toolbox.put("top", 0);
        ObjectNode features = toolbox.putObject("feature");
        features.putObject("dataZoom").put("yAxisIndex", "none");
        features.putObject("restore").put("title", "Reset zoom");

        ObjectNode main = o.putArray("grid").addObject();
        main.put("left", 104);
        main.put("right", 24);
        main.put("top", 40);
        main.put("bottom", 64);
        ChartAxes.add(o, series, from, to);
        ChartAxes.zoom(o, visibleFrom, visibleTo);

        ArrayNode out = o.putArray("series");
        Map<Long, List<Observation>> bySource = new LinkedHashMap<>();
        observations.stream().sorted(Comparator.comparing(Observation::sourceKey))
                .forEach(ob -> bySource.computeIfAbsent(ob.sourceId(), k -> new ArrayList<>()).add(ob));
        Map<org.crdash.base.Period, List<Observation>> byPeriod = new LinkedHashMap<>();
        observations.forEach(ob -> byPeriod.computeIfAbsent(ob.period(), k -> new ArrayList<>()).add(ob));
        Map<Long, Integer> dodge = Dodge.offsets(observations);
        for (Map.Entry<Long, List<Observation>> e : bySource.entrySet()) {
            sourceSeries(out, series, e.getKey(), e.getValue(), palette, byPeriod, dodge, passageHtml);
        }
        for (PeriodSpread s : spreads) {
            out.add(spread(series, s, palette, from, to));
        }
        return o;
    }

    /** One source's values: the markers, the line joining them in period order, and spans for ranges. */
    private static void sourceSeries(ArrayNode out, Series series, long sourceId, List<Observation> values,
                                     SourcePalette palette, Map<org.crdash.base.Period, List<Observation>> byPeriod,
                                     Map<Long, Integer> dodge, Function<Observation, String> passageHtml) {
        String name = palette.label(sourceId);
        String color = palette.color(sourceId);
        ObjectNode scatter = out.addObject();
        scatter.put("type", "scatter");
        scatter.put("id", "src-" + sourceId);
        scatter.put("name", name);
        scatter.put("crdashSource", sourceId);
        scatter.put("crdashRole", "values");
        scatter.put("xAxisIndex", 0);
        scatter.put("yAxisIndex", 0);
        scatter.put("symbol", palette.symbol(sourceId));
        scatter.put("symbolSize", 12);
        scatter.putObject("itemStyle").put("color", color).put("borderColor", "#ffffff").put("borderWidth", 1);
        scatter.putObject("emphasis").put("scale", 1.6);
        scatter.put("z", 5);
        if (values.size() > PROGRESSIVE_FROM) {
            // draw long series in chunks per animation frame, so the page stays responsive
            scatter.put("progressive", PROGRESSIVE_CHUNK);
            scatter.put("progressiveThreshold", PROGRESSIVE_FROM);
        }
        ArrayNode data = scatter.putArray("data");
        List<Observation> joined = new ArrayList<>();
        for (Observation ob : values) {
            ObjectNode item = data.addObject();
            item.putArray("value").add(ob.period().midpoint().toString()).add(ob.value());
            item.put("id", "o" + ob.id());
            item.put("tip", Tooltips.value(series, ob, palette, byPeriod.get(ob.period()), passageHtml.apply(ob)));
            Integer dx = dodge.get(ob.id());
            if (dx != null) {
                // close to another value of its period: drawn beside it, labelled, so both can be told apart
                item.putArray("symbolOffset").add(dx).add(0);
                item.putObject("label").put("show", true).put("position", dx < 0 ? "left" : dx > 0 ? "right" : "bottom")
                        .put("formatter", ob.value().stripTrailingZeros().toPlainString()).put("fontSize", 10)
                        .put("color", "#333333");
            }
            if (ob.origin() == Origin.USER) {
                // hollow: added by a user, not from the seed extraction
                item.putObject("itemStyle").put("color", "#ffffff").put("borderColor", color).put("borderWidth", 2);
            }
            if (ob.period().isRange()) {
                ObjectNode span = segment(0, name, color, ob.period().start(), ob.period().end(),
                        JSON.numberNode(ob.value()));
                span.put("crdashSource", sourceId);
                span.put("crdashRole", "span");
                ObjectNode style = (ObjectNode) span.get("lineStyle");
                style.put("width", 3);
                style.put("opacity", 0.55);
                style.put("type", "dashed");
                out.add(span);
            } else {
                joined.add(ob);
            }
        }
        if (joined.size() >= 2) {
            joined.sort(Comparator.comparing(ob -> ob.period().midpoint()));
            ObjectNode line = JSON.objectNode();
            line.put("type", "line");
            line.put("id", "line-" + sourceId);
            line.put("name", name);
            line.put("crdashSource", sourceId);
            line.put("crdashRole", "line");
            line.put("silent", true);
            line.put("showSymbol", false);
            line.put("xAxisIndex", 0);
            line.put("yAxisIndex", 0);
            line.put("z", 3);
            line.putObject("lineStyle").put("color", color).put("width", 2).put("opacity", 0.8);
            line.putObject("itemStyle").put("color", color);
            ArrayNode points = line.putArray("data");
            joined.forEach(ob -> points.addArray().add(ob.period().midpoint().toString()).add(ob.value()));
            out.add(line);
        }
    }

    /** A whisker from the lowest to the highest value of a period, labelled with the sources' spread. */
    private static ObjectNode spread(Series series, PeriodSpread s, SourcePalette palette, LocalDate from,
                                     LocalDate to) {
        ObjectNode line = JSON.objectNode();
        line.put("type", "line");
        line.put("id", "spread-" + s.period().label());
        line.put("name", "Disagreement " + s.period().display());
        line.put("crdashSource", 0);
        line.put("crdashRole", "spread");
        line.put("xAxisIndex", 0);
        line.put("yAxisIndex", 0);
        line.put("z", 4);
        line.put("symbol", "rect");
        line.putArray("symbolSize").add(14).add(2);
        line.put("showSymbol", true);
        line.putObject("lineStyle").put("color", SPREAD_COLOR).put("width", 7).put("opacity", 0.22)
                .put("cap", "butt");
        line.putObject("itemStyle").put("color", SPREAD_COLOR);
        String tip = "<b>" + Html.escape(s.sentence(series.unit())) + "</b>" + Tooltips.valuesAt(series, s.values(), palette, null);
        String x = s.period().midpoint().toString();
        ArrayNode data = line.putArray("data");
        ObjectNode low = data.addObject();
        low.putArray("value").add(x).add(s.min());
        low.put("tip", tip);
        ObjectNode high = data.addObject();
        high.putArray("value").add(x).add(s.max());
        high.put("tip", tip);
        high.put("crdashSpread", s.label(series.unit()));
        ObjectNode label = high.putObject("label");
        label.put("show", true);
        label.put("position", "top");
        label.put("distance", 10);
        // near an end of the axis the label reaches inwards, so it stays whole on a narrow chart
        double at = (double) (s.period().midpoint().toEpochDay() - from.toEpochDay())
                / Math.max(1, to.toEpochDay() - from.toEpochDay());
        label.put("align", at > 0.75 ? "right" : at < 0.25 ? "left" : "center");
        label.put("formatter", s.label(series.unit()));
        label.put("color", "#333333");
        label.put("fontSize", 11);
        label.put("backgroundColor", "rgba(255,255,255,0.85)");
        label.put("padding", 2);
        return line;
    }

    /** "showing 2,000 of 1,000,000 values — zoom in to see all" */
    static String shownOf(long shown, long total) {
        return String.format(java.util.Locale.ROOT, "showing %,d of %,d values — zoom in to see all", shown, total);
    }

    /** A silent horizontal line from start to end at height y, on grid {@code axis}. */
    static ObjectNode segment(int axis, String name, String color, LocalDate start, LocalDate end, JsonNode y) {
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

    /** Other features' markers ({@link ChartAnnotations}) above the values they mark; unknown values are skipped. */
    static void addMarkers(ObjectNode option, List<Observation> drawn, List<ChartAnnotations.Marker> markers) {
        if (markers.isEmpty()) {
            return;
        }
        Map<Long, Observation> byId = new LinkedHashMap<>();
        drawn.forEach(o -> byId.put(o.id(), o));
        ObjectNode scatter = ((ArrayNode) option.get("series")).addObject();
        scatter.put("type", "scatter");
        scatter.put("id", "annotations");
        scatter.put("name", "Notes");
        scatter.put("crdashSource", 0);
        scatter.put("crdashRole", "annotation");
        scatter.put("symbol", "pin");
        scatter.put("symbolSize", 22);
        scatter.putArray("symbolOffset").add(0).add(-16);
        scatter.put("z", 6);
        ArrayNode data = scatter.putArray("data");
        for (ChartAnnotations.Marker m : markers) {
            Observation o = byId.get(m.observationId());
            if (o == null) {
                continue;
            }
            ObjectNode item = data.addObject();
            item.put("id", "o" + o.id()); // a click on the marker opens the value it marks (and the notes about it)
            item.putArray("value").add(o.period().midpoint().toString()).add(o.value());
            item.putObject("itemStyle").put("color", m.color());
            item.putObject("label").put("show", true).put("formatter", m.label()).put("color", "#ffffff")
                    .put("fontSize", 10).put("offset", 0);
            item.put("tip", Html.escape(m.tip()));
        }
        option.put("crdashMarkerCount", data.size());
    }
}
