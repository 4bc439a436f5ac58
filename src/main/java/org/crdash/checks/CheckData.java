package org.crdash.checks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.crdash.base.Period;

/**
 * Everything the checks read: the live observations (as claims), how series relate, and unit conversions. The
 * claims are indexed by series and period, so a check's lookups do not scan them all.
 */
public final class CheckData {

    private final List<Claim> claims;
    private final List<SeriesRelation> relations;
    private final UnitConversions conversions;
    private final Map<String, List<Claim>> bySeries;
    private final Map<String, List<Claim>> byPeriod = new HashMap<>();

    public CheckData(List<Claim> claims, List<SeriesRelation> relations, UnitConversions conversions) {
        this.claims = List.copyOf(claims);
        this.relations = List.copyOf(relations);
        this.conversions = conversions;
        Map<String, List<Claim>> series = new LinkedHashMap<>();
        for (Claim c : this.claims) {
            series.computeIfAbsent(c.seriesKey(), k -> new ArrayList<>()).add(c);
            byPeriod.computeIfAbsent(periodKey(c.seriesKey(), c.period()), k -> new ArrayList<>()).add(c);
        }
        series.replaceAll((k, v) -> List.copyOf(v));
        byPeriod.replaceAll((k, v) -> List.copyOf(v));
        this.bySeries = Collections.unmodifiableMap(series);
    }

    public List<Claim> claims() {
        return claims;
    }

    public List<SeriesRelation> relations() {
        return relations;
    }

    public UnitConversions conversions() {
        return conversions;
    }

    private static String periodKey(String seriesKey, Period p) {
        return seriesKey + "|" + p.start() + "/" + p.end();
    }

    public CheckData(List<Claim> claims) {
        this(claims, List.of(), UnitConversions.NONE);
    }

    /** The claims of each series, in the order given. */
    Map<String, List<Claim>> bySeries() {
        return bySeries;
    }

    List<Claim> of(String seriesKey) {
        return bySeries.getOrDefault(seriesKey, List.of());
    }

    /** The claims of the series for exactly this period (same first and last day). */
    List<Claim> at(String seriesKey, Period p) {
        return byPeriod.getOrDefault(periodKey(seriesKey, p), List.of());
    }

    List<SeriesRelation> relations(RelationKind kind) {
        return relations.stream().filter(r -> r.kind() == kind).toList();
    }

    /** The two ends of a range period ("2022/2023" → 2022, 2023), or null for a single period. */
    static Period[] ends(Period p) {
        if (!p.isRange()) {
            return null;
        }
        int slash = p.label().indexOf('/');
        return new Period[] {Period.parse(p.label().substring(0, slash)), Period.parse(p.label().substring(slash + 1))};
    }

    /** Claims with the same value and qualifier together (two sources stating 190 are one level). */
    static List<List<Claim>> sameValue(Collection<Claim> claims) {
        Map<String, List<Claim>> groups = new LinkedHashMap<>();
        for (Claim c : claims) {
            groups.computeIfAbsent(c.value().stripTrailingZeros().toPlainString() + c.qualifier(),
                    k -> new ArrayList<>()).add(c);
        }
        return new ArrayList<>(groups.values());
    }

    /** "190 (001, 003)": a value and every source stating it. */
    static String describe(List<Claim> same) {
        return same.getFirst().shown() + " (" + same.stream().map(Claim::sourceLabel).distinct()
                .collect(Collectors.joining(", ")) + ")";
    }
}
