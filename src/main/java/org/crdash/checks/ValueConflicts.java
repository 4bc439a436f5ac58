package org.crdash.checks;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crdash.base.Period;

/**
 * Values of one series for one period compared ({@link CheckKind#VALUE_CONFLICT}), and values for periods that
 * mostly overlap ({@link CheckKind#PERIOD_OVERLAP}: "1839–1949" and "the 19th century" of the same series).
 */
final class ValueConflicts {

    private ValueConflicts() {
    }

    static List<Finding> find(CheckData data) {
        List<Finding> found = new ArrayList<>();
        for (List<Claim> ofSeries : data.bySeries().values()) {
            Map<String, List<Claim>> byPeriod = new LinkedHashMap<>();
            for (Claim c : ofSeries) {
                byPeriod.computeIfAbsent(c.period().start() + "/" + c.period().end() + "/"
                        + c.period().precision(), k -> new ArrayList<>()).add(c);
            }
            for (List<Claim> same : byPeriod.values()) {
                if (same.size() > 1) {
                    found.add(samePeriod(same));
                }
            }
            // by first day, so each period is compared only with those starting before it ends (not every pair)
            List<List<Claim>> groups = new ArrayList<>(byPeriod.values());
            List<Integer> byStart = new ArrayList<>();
            for (int i = 0; i < groups.size(); i++) {
                byStart.add(i);
            }
            byStart.sort(Comparator.comparing(i -> groups.get(i).getFirst().period().start()));
            for (int x = 0; x < byStart.size(); x++) {
                Period first = groups.get(byStart.get(x)).getFirst().period();
                for (int y = x + 1; y < byStart.size()
                        && !groups.get(byStart.get(y)).getFirst().period().start().isAfter(first.end()); y++) {
                    // the pair in the order the periods came in, as before: its key does not change
                    int i = Math.min(byStart.get(x), byStart.get(y));
                    int j = Math.max(byStart.get(x), byStart.get(y));
                    Period a = groups.get(i).getFirst().period();
                    Period b = groups.get(j).getFirst().period();
                    if (mostlyOverlap(a, b)) {
                        List<Claim> both = new ArrayList<>(groups.get(i));
                        both.addAll(groups.get(j));
                        found.add(overlapping(both, a, b));
                    }
                }
            }
        }
        return found;
    }

    private static Finding samePeriod(List<Claim> claims) {
        claims = sorted(claims);
        Claim first = claims.getFirst();
        Comparison c = Comparison.of(claims);
        long sources = claims.stream().map(Claim::sourceKey).distinct().count();
        String title = first.seriesName() + ", " + first.period().display() + ": " + claims.size() + " values from "
                + sources + (sources == 1 ? " source" : " sources");
        return new Finding(CheckKind.VALUE_CONFLICT.code() + ":" + first.seriesKey() + ":"
                + Finding.keyPart(first.period().label()), CheckKind.VALUE_CONFLICT, c.verdict(),
                Severity.ofGap(c.verdict(), c.spreadPct()), title, List.of(first.seriesKey()),
                List.of(first.period().label()), claims.stream().map(x -> Finding.Involved.of(x, "value")).toList(),
                c.figures(first.unit()), c.formula(claims, first.unit()), c.result());
    }

    private static Finding overlapping(List<Claim> claims, Period a, Period b) {
        claims = sorted(claims);
        Claim first = claims.getFirst();
        Comparison c = Comparison.of(claims);
        // periods written differently may be meant differently: never more than medium
        Severity severity = Severity.ofGap(c.verdict(), c.spreadPct());
        if (severity == Severity.HIGH) {
            severity = Severity.MEDIUM;
        }
        String title = first.seriesName() + ": " + a.display() + " and " + b.display() + " overlap";
        return new Finding(CheckKind.PERIOD_OVERLAP.code() + ":" + first.seriesKey() + ":"
                + Finding.keyPart(a.label()) + ":" + Finding.keyPart(b.label()), CheckKind.PERIOD_OVERLAP,
                c.verdict(), severity, title, List.of(first.seriesKey()), List.of(a.label(), b.label()),
                claims.stream().map(x -> Finding.Involved.of(x, "value for " + x.period().display())).toList(),
                c.figures(first.unit()), "The periods " + a.display() + " and " + b.display() + " overlap for more "
                + "than half of the shorter one, so the values are compared as one claim. "
                + c.formula(claims, first.unit()), c.result());
    }

    /**
     * Whether two different periods overlap for more than half of the shorter: the same claim dated with other
     * precision. Consecutive growth ranges (2021/2022 and 2022/2023) share exactly half and are not compared.
     */
    static boolean mostlyOverlap(Period a, Period b) {
        if (a.start().isAfter(b.end()) || b.start().isAfter(a.end())) {
            return false;
        }
        long shorter = Math.min(days(a.start(), a.end()), days(b.start(), b.end()));
        java.time.LocalDate from = a.start().isAfter(b.start()) ? a.start() : b.start();
        java.time.LocalDate to = a.end().isBefore(b.end()) ? a.end() : b.end();
        return days(from, to) * 2 > shorter;
    }

    private static long days(java.time.LocalDate from, java.time.LocalDate to) {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    private static List<Claim> sorted(List<Claim> claims) {
        return claims.stream().sorted(Comparator.comparing(Claim::value).thenComparing(Claim::sourceKey)
                .thenComparingLong(Claim::observationId)).toList();
    }
}
