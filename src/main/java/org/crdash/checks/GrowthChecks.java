package org.crdash.checks;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.crdash.base.Period;

/**
 * A stated growth rate (growth_of) or multiple (multiple_of) for A→B against the one the levels at A and B imply,
 * from the same or other sources ({@link CheckKind#GROWTH_VS_LEVELS}): 32.7 % for 2022→2023 against 190 → 240
 * (+26.3 %). Levels are read with their rounding, so the implied growth is a range too.
 */
final class GrowthChecks {

    private GrowthChecks() {
    }

    static List<Finding> find(CheckData data) {
        List<Finding> found = new ArrayList<>();
        for (RelationKind kind : List.of(RelationKind.GROWTH_OF, RelationKind.MULTIPLE_OF)) {
            for (SeriesRelation r : data.relations(kind)) {
                for (Claim g : data.of(r.seriesKey())) {
                    Period[] ends = CheckData.ends(g.period());
                    if (ends == null) {
                        continue;
                    }
                    for (List<Claim> a : CheckData.sameValue(data.at(r.ofSeriesKey(), ends[0]))) {
                        for (List<Claim> b : CheckData.sameValue(data.at(r.ofSeriesKey(), ends[1]))) {
                            found.add(compare(kind == RelationKind.GROWTH_OF, g, a, b, ends));
                        }
                    }
                }
            }
        }
        return found;
    }

    /** The factor a rate stands for: 32.7 % → 1.327, ×4 → 4. */
    static BigDecimal factor(boolean growth, BigDecimal rate) {
        return growth ? BigDecimal.ONE.add(rate.movePointLeft(2)) : rate;
    }

    /** The rate a factor stands for, one decimal for growth. */
    static BigDecimal rate(boolean growth, BigDecimal factor) {
        return growth ? factor.subtract(BigDecimal.ONE).movePointRight(2).setScale(1, RoundingMode.HALF_UP)
                : factor.setScale(2, RoundingMode.HALF_UP);
    }

    private static Finding compare(boolean growth, Claim g, List<Claim> a, List<Claim> b, Period[] ends) {
        Claim start = a.getFirst();
        Claim end = b.getFirst();
        String rateUnit = growth ? "%" : "multiple";
        BigDecimal impliedFactor = end.value().divide(start.value(), Numbers.MC);
        BigDecimal implied = rate(growth, impliedFactor);
        Stated ratio = end.stated().dividedBy(start.stated());
        Stated impliedRange = growth ? new Stated(ratio.low() == null ? null : rate(true, ratio.low()),
                ratio.high() == null ? null : rate(true, ratio.high())) : ratio;
        BigDecimal gap = g.value().subtract(implied);
        BigDecimal endAtStatedRate = start.value().multiply(factor(growth, g.value()));
        BigDecimal endGapPct = Numbers.pct(endAtStatedRate.subtract(end.value()), end.value());
        Verdict verdict;
        if (!impliedRange.overlaps(g.stated())) {
            verdict = Verdict.CONFLICT;
        } else if (implied.setScale(Math.max(0, g.value().scale()), RoundingMode.HALF_UP)
                .compareTo(g.value()) == 0 || g.qualifier() != org.crdash.series.Qualifier.EXACT) {
            verdict = Verdict.CONSISTENT;
        } else {
            verdict = Verdict.AGREES_AFTER_ROUNDING;
        }
        String what = growth ? "growth" : "multiple";
        String formula = "implied " + what + " = " + Numbers.plain(end.value()) + " / " + Numbers.plain(start.value())
                + (growth ? " − 1 = " + implied.toPlainString() + "%" : " = ×" + implied.toPlainString())
                + "; stated " + g.shown() + "; difference " + Numbers.plain(Numbers.round(gap, 2))
                + (growth ? " percentage points" : "") + ". With the levels read with their rounding ("
                + Comparison.range(start.stated()) + " and " + Comparison.range(end.stated()) + ") the implied "
                + what + " is " + Comparison.range(impliedRange) + (growth ? "%" : "") + ". At the stated rate "
                + Numbers.plain(start.value()) + " would have become " + Numbers.plain(Numbers.round(endAtStatedRate, 1))
                + " " + end.unit() + ", " + (endGapPct == null ? "?" : endGapPct.toPlainString()) + "% from the stated "
                + Numbers.plain(end.value()) + ".";
        String result = switch (verdict) {
            case CONSISTENT -> "Consistent: " + CheckData.describe(a) + " → " + CheckData.describe(b) + " is "
                    + implied.toPlainString() + (growth ? "%" : "×") + ", as stated.";
            case AGREES_AFTER_ROUNDING -> "Agrees after rounding: " + CheckData.describe(a) + " → "
                    + CheckData.describe(b) + " gives " + implied.toPlainString() + (growth ? "%" : "×")
                    + ", within the rounding of the levels of the stated " + g.shown() + ".";
            case CONFLICT -> "Conflict: " + g.shown() + " (" + g.sourceLabel() + ") for " + g.period().display()
                    + ", but " + CheckData.describe(a) + " → " + CheckData.describe(b) + " is "
                    + implied.toPlainString() + (growth ? "%" : "×") + ".";
        };
        List<Finding.Involved> involved = Stream.concat(Stream.of(Finding.Involved.of(g, "stated " + what)),
                Stream.concat(a.stream().map(c -> Finding.Involved.of(c, "level at " + ends[0].display())),
                        b.stream().map(c -> Finding.Involved.of(c, "level at " + ends[1].display())))).toList();
        List<Finding.Figure> numbers = new ArrayList<>(List.of(
                new Finding.Figure("stated_" + what, g.value(), rateUnit),
                new Finding.Figure("implied_" + what, implied, rateUnit),
                new Finding.Figure("difference", Numbers.round(gap, 2), growth ? "pp" : "multiple"),
                new Finding.Figure("end_at_stated_rate", Numbers.round(endAtStatedRate, 2), end.unit())));
        if (endGapPct != null) {
            numbers.add(new Finding.Figure("end_gap_pct", endGapPct, "%"));
        }
        return new Finding(CheckKind.GROWTH_VS_LEVELS.code() + ":o" + g.observationId() + ":o"
                + start.observationId() + ":o" + end.observationId(), CheckKind.GROWTH_VS_LEVELS, verdict,
                Severity.ofGap(verdict, endGapPct), g.seriesName() + ", " + g.period().display() + ": " + g.shown()
                + " (" + g.sourceLabel() + ") against " + start.shown() + " → " + end.shown(),
                List.of(g.seriesKey(), start.seriesKey()), List.of(g.period().label(), ends[0].label(),
                ends[1].label()), involved, numbers, formula, result);
    }
}
