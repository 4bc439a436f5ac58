package org.crdash.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crdash.base.Period;
import org.crdash.series.Observation;

/**
 * Close values of one period side by side: values of the same period that would be drawn on top of each other
 * (e.g. $244.8 bn and $245 bn) are moved apart sideways by a few pixels, lowest left, so each marker can be seen,
 * hovered and clicked. Only the drawing moves (ECharts' {@code symbolOffset}): the value stays at its period's x
 * and its own y; a value with no close neighbour in its period stays where it is.
 */
final class Dodge {

    /** Pixels between the centres of neighbours: the marker (12 px) and a 2 px gap. */
    static final int STEP = 14;
    /** Values closer than this share of the series' value range would overlap (a marker is ~4 % of a plot). */
    private static final BigDecimal CLOSE = new BigDecimal("0.04");

    private Dodge() {
    }

    /** Observation id → its sideways offset in pixels, for the values that need one. */
    static Map<Long, Integer> offsets(List<Observation> observations) {
        if (observations.size() < 2) {
            return Map.of();
        }
        BigDecimal min = observations.stream().map(Observation::value).min(Comparator.naturalOrder()).orElseThrow();
        BigDecimal max = observations.stream().map(Observation::value).max(Comparator.naturalOrder()).orElseThrow();
        BigDecimal close = max.subtract(min).multiply(CLOSE);
        Map<Period, List<Observation>> byPeriod = new LinkedHashMap<>();
        observations.forEach(o -> byPeriod.computeIfAbsent(o.period(), k -> new ArrayList<>()).add(o));
        Map<Long, Integer> out = new HashMap<>();
        for (List<Observation> values : byPeriod.values()) {
            if (values.size() < 2) {
                continue;
            }
            List<Observation> sorted = new ArrayList<>(values);
            sorted.sort(Comparator.comparing(Observation::value).thenComparing(Observation::sourceKey)
                    .thenComparing(Observation::id));
            List<Observation> cluster = new ArrayList<>();
            for (Observation o : sorted) {
                if (!cluster.isEmpty() && o.value().subtract(cluster.getLast().value()).compareTo(close) > 0) {
                    spread(cluster, out);
                    cluster.clear();
                }
                cluster.add(o);
            }
            spread(cluster, out);
        }
        return out;
    }

    /** A cluster of k close values at offsets −(k−1)/2 … (k−1)/2 steps, centred on the period. */
    private static void spread(List<Observation> cluster, Map<Long, Integer> out) {
        int k = cluster.size();
        if (k < 2) {
            return;
        }
        for (int i = 0; i < k; i++) {
            out.put(cluster.get(i).id(), (2 * i - (k - 1)) * STEP / 2);
        }
    }
}
