package org.crdash.chart;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.crdash.event.Event;
import org.crdash.series.Observation;
import org.crdash.series.Series;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A chart of one series: the observations and events it shows, its time range and the ECharts option.
 *
 * @param observations the values drawn, each a real row; all values of the data range unless {@link #downsampled()}
 * @param from         start of the time axis
 * @param to           end of the time axis
 * @param totalCount   how many values the data range holds (equal to the number drawn unless downsampled)
 * @param visibleFrom  start of the zoomed window the data was fetched for, or null when it is the whole axis
 * @param visibleTo    end of that window, or null
 * @param sources      the sources of the values drawn, as the legend and source line show them
 * @param spreads      the periods where sources disagree (none when downsampled: extremes only)
 * @param passages     observation id → its passage as rendered, safe inline HTML (none when downsampled)
 * @param visibleOption the option built over the values of the sources not in the given set (the option itself
 *                     for none): spreads, side-by-side offsets and markers as if the hidden sources stated nothing
 */
public record SeriesChart(Series series, List<Observation> observations, List<Event> events, LocalDate from,
                          LocalDate to, ObjectNode option, long totalCount, LocalDate visibleFrom,
                          LocalDate visibleTo, List<ChartSource> sources, List<PeriodSpread> spreads,
                          Map<Long, String> passages, Function<Set<Long>, ObjectNode> visibleOption) {

    public SeriesChart {
        Objects.requireNonNull(series);
        Objects.requireNonNull(option);
        observations = List.copyOf(observations);
        events = List.copyOf(events);
        sources = List.copyOf(sources);
        spreads = List.copyOf(spreads);
        passages = Map.copyOf(passages);
        Objects.requireNonNull(visibleOption);
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("chart range ends before it starts");
        }
        if (totalCount < observations.size()) {
            throw new IllegalArgumentException("a chart cannot draw more values (" + observations.size()
                    + ") than its range holds (" + totalCount + ")");
        }
        if ((visibleFrom == null) != (visibleTo == null)) {
            throw new IllegalArgumentException("a zoomed window needs both ends");
        }
        if (visibleFrom != null && (visibleFrom.isBefore(from) || visibleTo.isAfter(to)
                || visibleTo.isBefore(visibleFrom))) {
            throw new IllegalArgumentException("the zoomed window " + visibleFrom + ".." + visibleTo
                    + " is not inside the chart range " + from + ".." + to);
        }
    }

    /**
     * The option with some sources hidden (their markers, lines and spans) and, unless {@code lines}, without the
     * lines joining each source's values; the whiskers of disagreement, their labels and the side-by-side offsets
     * of close values are those of the visible sources (a period with one visible value has no whisker).
     */
    public ObjectNode option(Set<Long> hiddenSources, boolean lines) {
        return option(hiddenSources, lines, null);
    }

    /** {@link #option(Set, boolean)} with a selected event drawn as a labelled guide line (or none for null). */
    public ObjectNode option(Set<Long> hiddenSources, boolean lines, EventGuide guide) {
        if (hiddenSources.isEmpty() && lines && guide == null) {
            return option;
        }
        ObjectNode base = hiddenSources.isEmpty() ? option : visibleOption.apply(Set.copyOf(hiddenSources));
        ObjectNode copy = base.deepCopy();
        ArrayNode kept = JsonNodeFactory.instance.arrayNode();
        for (JsonNode s : base.path("series")) {
            if (lines || !"line".equals(s.path("crdashRole").asString(""))) {
                kept.add(s);
            }
        }
        if (guide != null && !guide.date().isBefore(from) && !guide.date().isAfter(to)) {
            kept.add(guideLine(guide));
        }
        copy.set("series", kept);
        return copy;
    }

    private static ObjectNode guideLine(EventGuide guide) {
        ObjectNode line = JsonNodeFactory.instance.objectNode();
        line.put("type", "line");
        line.put("id", "guide");
        line.put("crdashRole", "guide");
        line.put("silent", true);
        line.putArray("data");
        ObjectNode mark = line.putObject("markLine");
        mark.put("silent", true);
        mark.put("symbol", "none");
        mark.putObject("lineStyle").put("color", TimelineOptions.COLOR).put("type", "dashed").put("width", 1.5);
        ObjectNode label = mark.putObject("label");
        label.put("formatter", guide.label());
        label.put("position", "insideEndTop");
        label.put("color", "#4a3519");
        label.put("fontSize", 11);
        label.put("backgroundColor", "rgba(255,255,255,0.85)");
        mark.putArray("data").addObject().put("xAxis", guide.date().toString());
        return line;
    }

    /** The periods where the sources not hidden disagree: what a caption counts with those sources hidden. */
    public List<PeriodSpread> spreads(Set<Long> hiddenSources) {
        if (hiddenSources.isEmpty() || downsampled()) {
            return spreads;
        }
        return PeriodSpread.of(observations.stream().filter(o -> !hiddenSources.contains(o.sourceId())).toList());
    }

    /** How many values are drawn. */
    public int shownCount() {
        return observations.size();
    }

    /** Whether only part of the values are drawn (each time slice's extremes): zooming in shows more. */
    public boolean downsampled() {
        return totalCount > observations.size();
    }

    /** Whether the data was fetched for a zoomed window rather than the whole time axis. */
    public boolean windowed() {
        return visibleFrom != null;
    }

    /**
     * Whether a zoom on this chart should fetch the visible window again ({@link ChartService#chart(String,
     * LocalDate, LocalDate, java.util.Collection, LocalDate, LocalDate)}): when it is downsampled (zooming in
     * shows more values) or already fetched for a window (zooming out needs the values around it).
     */
    public boolean needsRequeryOnZoom() {
        return downsampled() || windowed();
    }
}
