package org.crdash.checks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A stated target against the actual values of the series it targets ({@link CheckKind#TARGET}): reached, not
 * reached, or reached before its date. Not a disagreement between sources, so consistent with no severity; a
 * reader sees how a goal compares with what the sources report.
 */
final class TargetCheck {

    private TargetCheck() {
    }

    static List<Finding> find(CheckData data) {
        List<Finding> found = new ArrayList<>();
        for (SeriesRelation r : data.relations(RelationKind.TARGET_OF)) {
            for (Claim target : data.of(r.seriesKey())) {
                List<Claim> actual = data.at(r.ofSeriesKey(), target.period());
                if (actual.isEmpty()) {
                    // not yet (or not stated) for the target's date: the latest actual value before it
                    actual = data.of(r.ofSeriesKey()).stream()
                            .filter(c -> !c.period().end().isAfter(target.period().end()))
                            .max(Comparator.comparing((Claim c) -> c.period().end())).map(List::of).orElse(List.of());
                    if (!actual.isEmpty()) {
                        actual = data.at(r.ofSeriesKey(), actual.getFirst().period());
                    }
                }
                for (List<Claim> same : CheckData.sameValue(actual)) {
                    found.add(compare(target, same));
                }
            }
        }
        return found;
    }

    private static Finding compare(Claim target, List<Claim> actual) {
        Claim a = actual.getFirst();
        boolean reached = a.value().compareTo(target.value()) >= 0;
        boolean early = a.period().end().isBefore(target.period().start());
        java.math.BigDecimal pct = Numbers.pct(a.value(), target.value());
        String result = (reached ? early ? "Reached early: " : "Reached: " : "Not reached: ")
                + CheckData.describe(actual) + " for " + a.period().display() + (reached ? " ≥ " : " < ")
                + "the target " + target.shown() + " (" + target.sourceLabel() + ") for " + target.period().display()
                + ".";
        return new Finding(CheckKind.TARGET.code() + ":o" + target.observationId() + ":o" + a.observationId(),
                CheckKind.TARGET, Verdict.CONSISTENT, Severity.NONE, target.seriesName() + ", "
                + target.period().display() + ": " + target.shown() + " against the actual " + a.shown(),
                List.of(target.seriesKey(), a.seriesKey()), List.of(target.period().label(), a.period().label()),
                Stream.concat(Stream.of(Finding.Involved.of(target, "target")),
                        actual.stream().map(c -> Finding.Involved.of(c, "actual for " + c.period().display())))
                        .toList(),
                pct == null ? List.of() : List.of(new Finding.Figure("actual_pct_of_target", pct, "%")),
                "actual / target = " + Numbers.plain(a.value()) + " / " + Numbers.plain(target.value()) + " = "
                        + (pct == null ? "?" : pct.toPlainString()) + "%"
                        + (early ? "; the actual is for " + a.period().display() + ", before the target's date." : "."),
                result);
    }
}
