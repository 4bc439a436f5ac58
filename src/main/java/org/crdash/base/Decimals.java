package org.crdash.base;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** Reads an observation as people write it: {@code 244.8}, {@code 1,234.5}, {@code -3}, with a point as decimal mark. */
public final class Decimals {

    private static final Pattern PLAIN = Pattern.compile("[+-]?\\d+(\\.\\d+)?");
    private static final Pattern GROUPED = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("[+-]?\\d+,\\d{1,2}|[+-]?\\d{1,3}(\\.\\d{3})+,\\d+");
    /** Digits before / after the point; far beyond any real observation, small enough to rule out typos and abuse. */
    public static final int MAX_INTEGER_DIGITS = 18;
    public static final int MAX_FRACTION_DIGITS = 10;

    private Decimals() {
    }

    /**
     * @throws IllegalArgumentException saying what is wrong and how to write it
     */
    public static BigDecimal parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("A value is required.");
        }
        String t = text.strip();
        if (!PLAIN.matcher(t).matches() && !GROUPED.matcher(t).matches()) {
            if (DECIMAL_COMMA.matcher(t).matches()) {
                throw new IllegalArgumentException("'" + t + "' uses a comma as decimal mark; write it with a point, "
                        + "e.g. 244.8 or 1,234.5.");
            }
            throw new IllegalArgumentException("'" + abbreviate(t) + "' is not a number; write it like 244.8 or "
                    + "1,234.5 (digits, optional thousands commas, a point for decimals).");
        }
        BigDecimal d = new BigDecimal(t.replace(",", ""));
        int integerDigits = Math.max(d.precision() - d.scale(), 0);
        if (integerDigits > MAX_INTEGER_DIGITS) {
            throw new IllegalArgumentException("'" + abbreviate(t) + "' has more than " + MAX_INTEGER_DIGITS
                    + " digits before the point; pick a larger unit instead.");
        }
        if (d.scale() > MAX_FRACTION_DIGITS) {
            throw new IllegalArgumentException("'" + abbreviate(t) + "' has more than " + MAX_FRACTION_DIGITS
                    + " digits after the point.");
        }
        return d;
    }

    /** The value as it is shown in forms: plain digits, no exponent, no trailing zeros. */
    public static String format(BigDecimal d) {
        return d == null ? "" : d.stripTrailingZeros().toPlainString();
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
