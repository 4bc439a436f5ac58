package org.crdash.chart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.crdash.series.Series;
import tools.jackson.databind.node.ObjectNode;

/**
 * Several series of one unit on one chart and one time axis ({@link ChartService#compare}): the first series'
 * unit decides, a series of another unit is refused with the reason.
 *
 * @param parts   the series drawn, each a chart over the same axis in its own colour ({@link CompareOptions})
 * @param refused the series asked for but not drawn because their unit differs
 */
public record ChartComparison(List<SeriesChart> parts, List<Series> refused) {

    /** The markers of the sources' keys on a compared chart: the shape tells the source, not the colour. */
    public static final String SOURCE_KEY_COLOR = "#4d4d4d";

    public ChartComparison {
        parts = List.copyOf(parts);
        refused = List.copyOf(refused);
    }

    /** The card's key in the permalink: the keys drawn joined by "+". */
    public String key() {
        return parts.stream().map(p -> p.series().key()).collect(Collectors.joining("+"));
    }

    public String unit() {
        return parts.isEmpty() ? "" : parts.getFirst().series().unit();
    }

    /** Why some series are not drawn, e.g. "“Trade growth” is in %, not USD bn: only series of one unit …". */
    public String refusal() {
        if (refused.isEmpty() || parts.isEmpty()) {
            return null;
        }
        return refused.stream().map(s -> "“" + s.name() + "” is in " + s.unit()).collect(Collectors.joining("; "))
                + ", not " + unit() + ": only series of the same unit can be compared on one chart, so "
                + (refused.size() == 1 ? "it is" : "they are") + " left out.";
    }

    /** Every source of every series drawn, once, with how many values it states on the chart. */
    public List<ChartSource> sources() {
        Map<Long, ChartSource> out = new LinkedHashMap<>();
        for (SeriesChart p : parts) {
            for (ChartSource s : p.sources()) {
                ChartSource had = out.get(s.sourceId());
                out.put(s.sourceId(), new ChartSource(s.sourceId(), s.sourceKey(), s.label(), SOURCE_KEY_COLOR,
                        s.shape(), s.shapeName(), s.citation(), s.count() + (had == null ? 0 : had.count())));
            }
        }
        return new ArrayList<>(out.values());
    }

    /** The option with these sources hidden in every series and, unless {@code lines}, no lines. */
    public ObjectNode option(Set<Long> hiddenSources, boolean lines, EventGuide guide) {
        return CompareOptions.merge(parts, hiddenSources, lines, guide);
    }
}
