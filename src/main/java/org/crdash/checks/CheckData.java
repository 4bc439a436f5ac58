package org.crdash.checks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.crdash.base.Period;

/** Everything the checks read: the live observations (as claims), how series relate, and unit conversions. */
public record CheckData(List<Claim> claims, List<SeriesRelation> relations, UnitConversions conversions) {

    public CheckData {
        claims = List.copyOf(claims);
        relations = List.copyOf(relations);
    }

    public CheckData(List<Claim> claims) {
        this(claims, List.of(), UnitConversions.NONE);
    }

    /** The claims of each series, in the order given. */
    Map<String, List<Claim>> bySeries() {
        return claims.stream().collect(Collectors.groupingBy(Claim::seriesKey, LinkedHashMap::new,
                Collectors.toList()));
    }

    List<Claim> of(String seriesKey) {
        return claims.stream().filter(c -> c.seriesKey().equals(seriesKey)).toList();
    }

    /** The claims of the series for exactly this period (same first and last day). */
    List<Claim> at(String seriesKey, Period p) {
        return claims.stream().filter(c -> c.seriesKey().equals(seriesKey) && c.period().start().equals(p.start())
                && c.period().end().equals(p.end())).toList();
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
