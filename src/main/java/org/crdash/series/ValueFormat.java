package org.crdash.series;

import java.math.BigDecimal;

/** How a value reads for people: "$244.8 bn", "36%", "≈ 40 meetings", "more than 16". */
public final class ValueFormat {

    private ValueFormat() {
    }

    public static String number(BigDecimal value, String unit) {
        String n = value.stripTrailingZeros().toPlainString();
        if (n.startsWith("-") && unit.startsWith("USD")) {
            return "−" + withUnit(n.substring(1), unit);
        }
        return withUnit(n, unit);
    }

    private static String withUnit(String n, String unit) {
        return switch (unit) {
            case "USD bn" -> "$" + n + " bn";
            case "USD m" -> "$" + n + " m";
            case "USD" -> "$" + n;
            case "%" -> n + "%";
            case "pp" -> n + " pp";
            case "rank" -> "#" + n;
            case "count" -> n;
            case "multiple" -> n + "×";
            default -> n + " " + unit;
        };
    }

    public static String qualified(BigDecimal value, String unit, Qualifier qualifier) {
        String n = number(value, unit);
        return switch (qualifier) {
            case EXACT -> n;
            case APPROX -> "≈ " + n;
            case ALMOST -> "almost " + n;
            case MORE_THAN -> "more than " + n;
            case LESS_THAN -> "less than " + n;
        };
    }
}
