package org.crdash.checks;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** How many of one unit make one of another (table {@code unit_conversion}), both ways. */
public final class UnitConversions {

    public static final UnitConversions NONE = new UnitConversions(Map.of());

    private final Map<String, BigDecimal> factors = new HashMap<>();

    /** @param oneWay factor per "from→to" pair, e.g. {@code "miles→km" = 1.609344} */
    public UnitConversions(Map<String, BigDecimal> oneWay) {
        oneWay.forEach((pair, factor) -> {
            String[] units = pair.split("→", 2);
            factors.put(units[0] + "→" + units[1], factor);
            factors.put(units[1] + "→" + units[0], BigDecimal.ONE.divide(factor, Numbers.MC));
        });
    }

    /** The factor that turns a value in {@code from} into {@code to}: 1 for the same unit, empty when unknown. */
    public Optional<BigDecimal> factor(String from, String to) {
        if (from.equals(to)) {
            return Optional.of(BigDecimal.ONE);
        }
        return Optional.ofNullable(factors.get(from + "→" + to));
    }
}
