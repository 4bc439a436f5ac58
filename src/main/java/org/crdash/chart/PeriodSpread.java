package org.crdash.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.crdash.base.Period;
import org.crdash.series.Observation;
import org.crdash.series.ValueFormat;

/**
 * Where sources disagree: the values two or more sources state for the same period, when they differ. The chart
 * draws it as a min–max whisker at the period labelled e.g. "3 sources · 237–245 · 3.3 %".
 *
 * @param values every value stated for the period, lowest first
 */
public record PeriodSpread(Period period, BigDecimal min, BigDecimal max, int sources, List<Observation> values) {

    public PeriodSpread {
        Objects.requireNonNull(period);
        values = List.copyOf(values);
        if (min.compareTo(max) >= 0) {
            throw new IllegalArgumentException("a spread needs two different values, not " + min + " and " + max);
        }
        if (sources < 2) {
            throw new IllegalArgumentException("a spread needs two sources, not " + sources);
        }
    }

    /** The spreads of a series' values, in period order; periods where all sources agree have none. */
    public static List<PeriodSpread> of(List<Observation> observations) {
        Map<Period, List<Observation>> byPeriod = new LinkedHashMap<>();
        observations.stream().sorted(Comparator.comparing((Observation o) -> o.period().start())
                        .thenComparing(o -> o.period().end()))
                .forEach(o -> byPeriod.computeIfAbsent(o.period(), k -> new ArrayList<>()).add(o));
        List<PeriodSpread> out = new ArrayList<>();
        for (Map.Entry<Period, List<Observation>> e : byPeriod.entrySet()) {
            List<Observation> v = new ArrayList<>(e.getValue());
            v.sort(Comparator.comparing(Observation::value).thenComparing(Observation::sourceKey));
            int sources = (int) v.stream().map(Observation::sourceId).distinct().count();
            BigDecimal min = v.getFirst().value();
            BigDecimal max = v.getLast().value();
            if (sources >= 2 && min.compareTo(max) < 0) {
                out.add(new PeriodSpread(e.getKey(), min, max, sources, v));
            }
        }
        return out;
    }

    /** "3 sources · 237–245 · 3.3 %": the range, and how far apart its ends are (relative to the higher one). */
    public String label(String unit) {
        String range = plain(min) + "–" + plain(max);
        return sources + " sources · " + range + ("%".equals(unit) ? " % · " + plain(max.subtract(min)) + " pp"
                : " · " + relative() + " %");
    }

    /** A sentence for screen readers and the table: "2024: 3 sources disagree, from $237 bn to $245 bn (3.3 %)". */
    public String sentence(String unit) {
        return period.display() + ": " + sources + " sources disagree, from " + ValueFormat.number(min, unit) + " to "
                + ValueFormat.number(max, unit) + ("%".equals(unit) ? " (" + plain(max.subtract(min)) + " pp)"
                : " (" + relative() + " %)");
    }

    /** (max − min) / |max| in per cent, one decimal; against the larger magnitude so it never exceeds 100 % wildly. */
    String relative() {
        BigDecimal base = max.abs().max(min.abs());
        if (base.signum() == 0) {
            return "0";
        }
        return max.subtract(min).multiply(BigDecimal.valueOf(100)).divide(base, 1, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }
}
