package org.crdash.series;

import java.util.Objects;

/**
 * A unit observations are given in, from the {@code unit} table.
 *
 * @param kind how values are rendered and checked: currency, percent, quantity or rank
 */
public record Unit(String code, String label, String kind) {

    /** Units that count whole things. */
    private static final java.util.Set<String> WHOLE = java.util.Set.of("count", "people", "vehicles");

    public Unit {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(kind, "kind");
    }

    /** Ranks are positive whole numbers; counts of things are whole and not negative. */
    public String problemWith(java.math.BigDecimal value) {
        boolean whole = value.stripTrailingZeros().scale() <= 0;
        if ("rank".equals(kind) && (!whole || value.signum() <= 0)) {
            return "A rank is a whole number from 1 up (1 = first); " + value.toPlainString() + " is not.";
        }
        if (WHOLE.contains(code) && (!whole || value.signum() < 0)) {
            return "Values in " + label + " are whole numbers, 0 or more; " + value.toPlainString() + " is not.";
        }
        if ("quantity".equals(kind) && value.signum() < 0) {
            return "Values in " + label + " cannot be negative.";
        }
        return null;
    }
}
