package org.crdash.checks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.crdash.base.Period;

/**
 * Parts against their total ({@link CheckKind#PARTS_AND_TOTAL}): the components of a total add up to it (exports
 * both ways = turnover: 111 + 129 = 240), a part is at most its total (trade to November ≤ the year's), and the
 * shares of one whole add up to at most 100 %.
 */
final class PartsAndTotal {

    /** At most this many combinations of different stated values are compared per period. */
    private static final int MAX_COMBINATIONS = 50;

    private PartsAndTotal() {
    }

    static List<Finding> find(CheckData data) {
        List<Finding> found = new ArrayList<>();
        components(data, found);
        parts(data, found);
        shares(data, found);
        return found;
    }

    private static void components(CheckData data, List<Finding> found) {
        Map<String, List<String>> byTotal = data.relations(RelationKind.COMPONENT_OF).stream().collect(
                Collectors.groupingBy(SeriesRelation::ofSeriesKey, LinkedHashMap::new,
                        Collectors.mapping(SeriesRelation::seriesKey, Collectors.toList())));
        byTotal.forEach((total, parts) -> {
            for (Period p : periods(data.of(total))) {
                List<List<List<Claim>>> options = parts.stream().map(k -> CheckData.sameValue(data.at(k, p))).toList();
                if (options.stream().anyMatch(List::isEmpty)) {
                    continue; // a component is not stated for this period: nothing to add up
                }
                for (List<List<Claim>> combination : combinations(options)) {
                    for (List<Claim> t : CheckData.sameValue(data.at(total, p))) {
                        found.add(sum(combination, t, false));
                    }
                }
            }
        });
    }

    private static void parts(CheckData data, List<Finding> found) {
        for (SeriesRelation r : data.relations(RelationKind.PART_OF)) {
            for (Claim part : data.of(r.seriesKey())) {
                for (Claim total : data.of(r.ofSeriesKey())) {
                    if (!part.period().start().isBefore(total.period().start())
                            && !part.period().end().isAfter(total.period().end())) {
                        found.add(sum(List.of(List.of(part)), List.of(total), true));
                    }
                }
            }
        }
    }

    private static void shares(CheckData data, List<Finding> found) {
        Map<String, List<String>> byWhole = data.relations(RelationKind.SHARE_OF).stream().collect(
                Collectors.groupingBy(SeriesRelation::wholeKey, LinkedHashMap::new,
                        Collectors.mapping(SeriesRelation::seriesKey, Collectors.toList())));
        byWhole.forEach((whole, shares) -> {
            List<Claim> all = shares.stream().flatMap(k -> data.of(k).stream()).toList();
            for (Period p : periods(all)) {
                List<List<List<Claim>>> options = shares.stream().map(k -> CheckData.sameValue(data.at(k, p)))
                        .filter(o -> !o.isEmpty()).toList();
                if (options.size() < 2) {
                    continue;
                }
                String name = data.of(whole).stream().map(Claim::seriesName).findFirst().orElse(whole);
                for (List<List<Claim>> combination : combinations(options)) {
                    found.add(shareSum(name, combination));
                }
            }
        });
    }

    /** The parts' sum against the total: equal for components, at most for a part. */
    private static Finding sum(List<List<Claim>> parts, List<Claim> totalGroup, boolean atMost) {
        Claim total = totalGroup.getFirst();
        BigDecimal sum = parts.stream().map(g -> g.getFirst().value()).reduce(BigDecimal.ZERO, BigDecimal::add);
        Stated range = parts.stream().map(g -> g.getFirst().stated()).reduce(Stated::plus).orElseThrow();
        BigDecimal gapPct = Numbers.pct(sum.subtract(total.value()), total.value());
        Verdict verdict;
        if (atMost) {
            verdict = range.low() == null || total.stated().high() == null
                    || range.low().compareTo(total.stated().high()) <= 0 ? Verdict.CONSISTENT : Verdict.CONFLICT;
        } else {
            verdict = !range.overlaps(total.stated()) ? Verdict.CONFLICT
                    : sum.compareTo(total.value()) == 0 ? Verdict.CONSISTENT : Verdict.AGREES_AFTER_ROUNDING;
        }
        String terms = parts.stream().map(CheckData::describe).collect(Collectors.joining(" + "));
        String formula = (atMost ? "part ≤ total: " : "sum of the components = ") + terms
                + (parts.size() > 1 ? " = " + Numbers.plain(sum) + " " + total.unit() : "") + (atMost ? " ≤ " : "; total ")
                + CheckData.describe(totalGroup) + "; " + (atMost ? "the part is " + Numbers.pct(sum, total.value())
                + "% of the total." : "gap " + gapPct + "% (with rounding the sum is " + Comparison.range(range)
                + ").");
        String result = switch (verdict) {
            case CONSISTENT -> "Consistent: " + (atMost ? "the part is within its total." : "the components add up to "
                    + "the total.");
            case AGREES_AFTER_ROUNDING -> "Agrees after rounding: the components add up to " + Numbers.plain(sum)
                    + ", the total is " + total.shown() + ".";
            case CONFLICT -> "Conflict: " + (atMost ? "the part " + terms + " is larger than its total "
                    : "the components add up to " + Numbers.plain(sum) + " " + total.unit() + ", not ")
                    + CheckData.describe(totalGroup) + ".";
        };
        List<Finding.Involved> involved = new ArrayList<>();
        parts.forEach(g -> g.forEach(c -> involved.add(Finding.Involved.of(c, atMost ? "part" : "component"))));
        totalGroup.forEach(c -> involved.add(Finding.Involved.of(c, "total")));
        List<String> series = new ArrayList<>(List.of(total.seriesKey()));
        parts.forEach(g -> series.add(g.getFirst().seriesKey()));
        return new Finding(CheckKind.PARTS_AND_TOTAL.code() + ":o" + total.observationId() + parts.stream()
                .map(g -> ":o" + g.getFirst().observationId()).collect(Collectors.joining()), CheckKind.PARTS_AND_TOTAL,
                verdict, Severity.ofGap(verdict, gapPct), total.seriesName() + ", " + total.period().display() + ": "
                + (atMost ? "part " : "components ") + terms + " against " + total.shown(), series,
                parts.stream().map(g -> g.getFirst().period().label()).distinct().toList(), involved,
                List.of(new Finding.Figure("sum", Numbers.round(sum, 4), total.unit()),
                        new Finding.Figure("total", total.value(), total.unit())), formula, result);
    }

    private static Finding shareSum(String whole, List<List<Claim>> shares) {
        BigDecimal sum = shares.stream().map(g -> g.getFirst().value()).reduce(BigDecimal.ZERO, BigDecimal::add);
        Stated range = shares.stream().map(g -> g.getFirst().stated()).reduce(Stated::plus).orElseThrow();
        boolean fits = range.low() == null || range.low().compareTo(Numbers.HUNDRED) <= 0;
        Verdict verdict = fits ? Verdict.CONSISTENT : Verdict.CONFLICT;
        String terms = shares.stream().map(CheckData::describe).collect(Collectors.joining(" + "));
        Claim first = shares.getFirst().getFirst();
        String of = shares.stream().map(g -> g.getFirst().seriesName()).collect(Collectors.joining(", "));
        List<Finding.Involved> involved = new ArrayList<>();
        shares.forEach(g -> g.forEach(c -> involved.add(Finding.Involved.of(c, "share of " + whole))));
        return new Finding(CheckKind.PARTS_AND_TOTAL.code() + ":shares" + shares.stream()
                .map(g -> ":o" + g.getFirst().observationId()).collect(Collectors.joining()), CheckKind.PARTS_AND_TOTAL,
                verdict, fits ? Severity.NONE : Severity.HIGH, "Shares of " + whole + ", " + first.period().display()
                + ": " + terms, shares.stream().map(g -> g.getFirst().seriesKey()).toList(),
                List.of(first.period().label()), involved,
                List.of(new Finding.Figure("sum", Numbers.round(sum, 4), "%")),
                "shares of one whole (" + of + ") add up to at most 100 %: " + terms + " = " + Numbers.plain(sum) + "%.",
                fits ? "Consistent: together " + Numbers.plain(sum) + "% of " + whole + "."
                        : "Conflict: together more than 100 % of " + whole + " (" + Numbers.plain(sum) + "%).");
    }

    /** The distinct periods of these claims, in the order first met. */
    private static List<Period> periods(List<Claim> claims) {
        Map<String, Period> periods = new LinkedHashMap<>();
        claims.forEach(c -> periods.putIfAbsent(c.period().start() + "/" + c.period().end(), c.period()));
        return new ArrayList<>(periods.values());
    }

    /** Every choice of one option per position, at most {@link #MAX_COMBINATIONS}. */
    static <T> List<List<T>> combinations(List<List<T>> options) {
        List<List<T>> result = new ArrayList<>(List.of(List.of()));
        for (List<T> choice : options) {
            List<List<T>> next = new ArrayList<>();
            for (List<T> partial : result) {
                for (T t : choice) {
                    if (next.size() < MAX_COMBINATIONS) {
                        List<T> l = new ArrayList<>(partial);
                        l.add(t);
                        next.add(l);
                    }
                }
            }
            result = next;
        }
        return result;
    }
}
