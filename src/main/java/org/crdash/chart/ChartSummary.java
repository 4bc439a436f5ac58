package org.crdash.chart;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.crdash.series.Observation;
import org.crdash.series.Series;

/**
 * What a chart shows, in words, for screen readers (the chart's aria-label): the series, its range, how many
 * values from how many sources, and every period where the sources disagree.
 */
final class ChartSummary {

    private ChartSummary() {
    }

    /**
     * "China–Russia bilateral trade (USD bn), 2013 to 2024: 8 values from 3 sources; sources disagree for 1
     * period — 2024: 3 sources disagree, from $237 bn to $245 bn (3.3 %). The table tab lists every value …"
     */
    static String of(Series series, List<Observation> drawn, List<PeriodSpread> spreads, long total) {
        StringBuilder sb = new StringBuilder(series.name()).append(" (").append(series.unit()).append(")");
        if (drawn.isEmpty()) {
            return sb.append(": no values in this range.").toString();
        }
        Observation first = drawn.stream().min(Comparator.comparing(o -> o.period().start())).orElseThrow();
        Observation last = drawn.stream().max(Comparator.comparing(o -> o.period().end())).orElseThrow();
        long sources = drawn.stream().map(Observation::sourceId).distinct().count();
        sb.append(", ").append(first.period().display()).append(first.period().equals(last.period()) ? ""
                : " to " + last.period().display()).append(": ");
        if (total > drawn.size()) {
            sb.append(ChartOptions.shownOf(drawn.size(), total)).append(", the lowest, highest, first and last of "
                    + "each time slice, ");
        } else {
            sb.append(drawn.size()).append(drawn.size() == 1 ? " value" : " values");
        }
        sb.append(" from ").append(sources).append(sources == 1 ? " source" : " sources");
        if (!spreads.isEmpty()) {
            sb.append("; sources disagree for ").append(spreads.size()).append(spreads.size() == 1 ? " period"
                    : " periods").append(" — ").append(spreads.stream().map(s -> s.sentence(series.unit()))
                    .collect(Collectors.joining("; ")));
        }
        return sb.append(". The table tab lists every value with its source.").toString();
    }
}
