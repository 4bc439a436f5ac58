package org.crdash.checks;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.crdash.base.Period;

/**
 * Levels a source implies through its own chain of growth rates ({@link CheckKind#GROWTH_CHAIN}): from its
 * $244.8 bn for 2024 back through its 2.9 % and 32.7 % to 2022, against the levels the sources state for 2022.
 * Only chains of two or more rates: one rate against two levels is {@link GrowthChecks}.
 */
final class GrowthChain {

    private GrowthChain() {
    }

    /** A level reached from a stated one through {@code rates}. */
    private record Step(Period period, BigDecimal value, Stated range, List<Claim> rates) {
    }

    static List<Finding> find(CheckData data) {
        List<Finding> found = new ArrayList<>();
        for (SeriesRelation r : data.relations(RelationKind.GROWTH_OF)) {
            List<Claim> rates = data.of(r.seriesKey()).stream().filter(c -> c.period().isRange()).toList();
            for (Claim start : data.of(r.ofSeriesKey())) {
                if (start.period().isRange()) {
                    continue;
                }
                List<Claim> own = rates.stream().filter(g -> g.sourceKey().equals(start.sourceKey())).toList();
                for (Step s : walk(start, own)) {
                    for (List<Claim> stated : CheckData.sameValue(data.at(r.ofSeriesKey(), s.period()))) {
                        found.add(compare(start, s, stated));
                    }
                }
            }
        }
        return found;
    }

    /** Every level two or more of the source's rates away from {@code start}. */
    private static List<Step> walk(Claim start, List<Claim> rates) {
        List<Step> reached = new ArrayList<>();
        Deque<Step> todo = new ArrayDeque<>(List.of(new Step(start.period(), start.value(), start.stated(), List.of())));
        Set<String> seen = new HashSet<>(Set.of(start.period().label()));
        while (!todo.isEmpty()) {
            Step s = todo.poll();
            for (Claim g : rates) {
                Period[] ends = CheckData.ends(g.period());
                boolean back = same(ends[1], s.period());
                if (!back && !same(ends[0], s.period())) {
                    continue;
                }
                Period next = back ? ends[0] : ends[1];
                if (!seen.add(next.label())) {
                    continue;
                }
                BigDecimal f = GrowthChecks.factor(true, g.value());
                Stated fr = g.stated();
                Stated factorRange = new Stated(fr.low() == null ? null : GrowthChecks.factor(true, fr.low()),
                        fr.high() == null ? null : GrowthChecks.factor(true, fr.high()));
                BigDecimal value = back ? s.value().divide(f, Numbers.MC) : s.value().multiply(f);
                Stated range = back ? s.range().dividedBy(factorRange) : times(s.range(), factorRange);
                List<Claim> used = Stream.concat(s.rates().stream(), Stream.of(g)).toList();
                Step n = new Step(next, value, range, used);
                todo.add(n);
                if (used.size() >= 2) {
                    reached.add(n);
                }
            }
        }
        return reached;
    }

    private static Stated times(Stated a, Stated b) {
        return new Stated(a.low() == null || b.low() == null ? null : a.low().multiply(b.low()),
                a.high() == null || b.high() == null ? null : a.high().multiply(b.high()));
    }

    private static boolean same(Period a, Period b) {
        return a.start().equals(b.start()) && a.end().equals(b.end());
    }

    private static Finding compare(Claim start, Step s, List<Claim> stated) {
        Claim level = stated.getFirst();
        BigDecimal gapPct = Numbers.pct(s.value().subtract(level.value()), level.value());
        Verdict verdict = !s.range().overlaps(level.stated()) ? Verdict.CONFLICT
                : Numbers.round(s.value(), Math.max(0, level.value().scale())).compareTo(level.value()) == 0
                ? Verdict.CONSISTENT : Verdict.AGREES_AFTER_ROUNDING;
        String chain = s.rates().stream().map(g -> g.shown() + " for " + g.period().display())
                .collect(Collectors.joining(", then "));
        BigDecimal implied = Numbers.round(s.value(), 1);
        String formula = "From " + start.shown() + " for " + start.period().display() + " through " + chain
                + " (each level × (1 + rate) forwards, ÷ (1 + rate) backwards) the level for " + s.period().display()
                + " is " + implied.toPlainString() + " " + level.unit() + " (" + Comparison.range(s.range())
                + " with the rounding of every number); stated " + CheckData.describe(stated) + "; gap "
                + (gapPct == null ? "?" : gapPct.toPlainString()) + "%.";
        String result = switch (verdict) {
            case CONSISTENT -> "Consistent: " + start.sourceLabel() + "'s own rates lead to the stated "
                    + CheckData.describe(stated) + ".";
            case AGREES_AFTER_ROUNDING -> "Agrees after rounding: " + start.sourceLabel() + "'s rates give "
                    + implied.toPlainString() + ", stated " + CheckData.describe(stated) + ".";
            case CONFLICT -> "Conflict: " + start.sourceLabel() + "'s own figures imply " + implied.toPlainString()
                    + " " + level.unit() + " for " + s.period().display() + ", but " + CheckData.describe(stated)
                    + " is stated.";
        };
        List<Finding.Involved> involved = new ArrayList<>();
        involved.add(Finding.Involved.of(start, "level the chain starts from"));
        s.rates().forEach(g -> involved.add(Finding.Involved.of(g, "rate of the chain")));
        stated.forEach(c -> involved.add(Finding.Involved.of(c, "stated level at " + s.period().display())));
        List<Finding.Figure> numbers = new ArrayList<>(List.of(new Finding.Figure("implied_level", implied,
                level.unit()), new Finding.Figure("stated_level", level.value(), level.unit())));
        if (gapPct != null) {
            numbers.add(new Finding.Figure("gap_pct", gapPct, "%"));
        }
        return new Finding(CheckKind.GROWTH_CHAIN.code() + ":o" + start.observationId() + ":"
                + Finding.keyPart(s.period().label()) + ":o" + level.observationId(), CheckKind.GROWTH_CHAIN, verdict,
                Severity.ofGap(verdict, gapPct), level.seriesName() + ", " + s.period().display() + ": implied by "
                + start.sourceLabel() + "'s growth rates against " + CheckData.describe(stated),
                List.of(level.seriesKey(), s.rates().getFirst().seriesKey()),
                List.of(s.period().label(), start.period().label()), involved, numbers, formula, result);
    }
}
