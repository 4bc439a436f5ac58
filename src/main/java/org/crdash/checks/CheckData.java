package org.crdash.checks;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Everything the checks read: the live observations (as claims). */
public record CheckData(List<Claim> claims) {

    public CheckData {
        claims = List.copyOf(claims);
    }

    /** The claims of each series, in the order given. */
    Map<String, List<Claim>> bySeries() {
        return claims.stream().collect(Collectors.groupingBy(Claim::seriesKey, java.util.LinkedHashMap::new,
                Collectors.toList()));
    }
}
