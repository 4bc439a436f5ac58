package org.crdash.checks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.crdash.base.Period;

/**
 * Values of series that measure the same thing in different units, compared after conversion
 * ({@link CheckKind#SAME_QUANTITY}): 2,615 miles = 4,208.4 km against 4,200 km. A consistent pair is reported as
 * consistent too, so a reader sees the check was made.
 */
final class SameQuantity {

    private SameQuantity() {
    }

    static List<Finding> find(CheckData data) {
        List<Finding> found = new ArrayList<>();
        for (SeriesRelation r : data.relations(RelationKind.SAME_QUANTITY_AS)) {
            for (Claim s : data.of(r.seriesKey())) {
                for (Claim t : data.of(r.ofSeriesKey())) {
                    if (!r.acrossPeriods() && !samePeriod(s.period(), t.period())) {
                        continue;
                    }
                    data.conversions().factor(s.unit(), t.unit()).ifPresent(f -> found.add(compare(s, t, f)));
                }
            }
        }
        return found;
    }

    private static boolean samePeriod(Period a, Period b) {
        return a.start().equals(b.start()) && a.end().equals(b.end());
    }

    private static Finding compare(Claim s, Claim t, BigDecimal factor) {
        BigDecimal converted = s.value().multiply(factor);
        Stated range = s.stated().times(factor);
        BigDecimal gapPct = Numbers.pct(converted.subtract(t.value()), t.value());
        Verdict verdict = !range.overlaps(t.stated()) ? Verdict.CONFLICT
                : Numbers.round(converted, Math.max(0, t.value().scale())).compareTo(t.value()) == 0
                && s.qualifier() == t.qualifier() ? Verdict.CONSISTENT
                : s.qualifier() != org.crdash.series.Qualifier.EXACT
                || t.qualifier() != org.crdash.series.Qualifier.EXACT ? Verdict.CONSISTENT
                : Verdict.AGREES_AFTER_ROUNDING;
        BigDecimal shown = Numbers.round(converted, 2);
        String formula = Numbers.plain(s.value()) + " " + s.unit() + " × " + factor.stripTrailingZeros().toPlainString()
                + " (" + t.unit() + " in one " + s.unit() + ")" + " = " + shown.toPlainString() + " " + t.unit() + " ("
                + Comparison.range(range) + " with its rounding); stated " + t.shown() + " ("
                + Comparison.range(t.stated()) + "); gap " + (gapPct == null ? "?" : gapPct.toPlainString()) + "%.";
        String pair = Comparison.describe(s) + " = " + shown.toPlainString() + " " + t.unit() + " and "
                + Comparison.describe(t);
        String result = switch (verdict) {
            case CONSISTENT -> "Consistent: " + pair + ".";
            case AGREES_AFTER_ROUNDING -> "Agree after rounding: " + pair + ".";
            case CONFLICT -> "Conflict: " + pair + " are not the same.";
        };
        List<Finding.Figure> numbers = new ArrayList<>(List.of(new Finding.Figure("converted", shown, t.unit()),
                new Finding.Figure("factor", factor, t.unit() + " per " + s.unit())));
        if (gapPct != null) {
            numbers.add(new Finding.Figure("gap_pct", gapPct, "%"));
        }
        return new Finding(CheckKind.SAME_QUANTITY.code() + ":o" + s.observationId() + ":o" + t.observationId(),
                CheckKind.SAME_QUANTITY, verdict, Severity.ofGap(verdict, gapPct), t.seriesName() + ": "
                + Comparison.describe(s) + " against " + Comparison.describe(t),
                List.of(s.seriesKey(), t.seriesKey()), List.of(s.period().label(), t.period().label()),
                List.of(Finding.Involved.of(s, "value in " + s.unit()), Finding.Involved.of(t, "value in " + t.unit())),
                numbers, formula, result);
    }
}
