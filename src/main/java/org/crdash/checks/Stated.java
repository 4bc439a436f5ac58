package org.crdash.checks;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import org.crdash.series.Qualifier;

/**
 * The values a stated number allows: "244.8" is 244.75–244.85, "245" 244.5–245.5, "4,200" 4,150–4,250 (a number of
 * four or more digits ending in zeros is read as rounded at its last non-zero digit, but never by more than 2.5 %
 * of it: "1 million" is 975,000–1,025,000; shorter integers as stated to the unit: "$240 billion" is 239.5–240.5), "around 25" ±5 % (at least its rounding), "almost 36" up to 36 and 5 %
 * below, "more than 200" from 200 up, "less than 21" up to 21. A bound is null where there is none.
 */
public record Stated(BigDecimal low, BigDecimal high) {

    /** "around" and "almost" allow this share of the value. */
    static final BigDecimal APPROX_SHARE = new BigDecimal("0.05");
    /** Trailing zeros read as rounding never allow more than this share of the value either way. */
    static final BigDecimal ZEROS_SHARE = new BigDecimal("0.025");

    public static Stated of(BigDecimal value, Qualifier qualifier) {
        BigDecimal half = roundingStep(value).divide(BigDecimal.TWO);
        if (half.compareTo(BigDecimal.ONE) > 0) {
            half = half.min(value.abs().multiply(ZEROS_SHARE));
        }
        BigDecimal loose = value.abs().multiply(APPROX_SHARE).max(half);
        return switch (qualifier) {
            case EXACT -> new Stated(value.subtract(half), value.add(half));
            case APPROX -> new Stated(value.subtract(loose), value.add(loose));
            case ALMOST -> new Stated(value.subtract(loose), value.add(half));
            case MORE_THAN -> new Stated(value, null);
            case LESS_THAN -> new Stated(null, value);
        };
    }

    /** The unit of the last digit the number is stated with: 0.1 for 244.8, 1 for 245, 100 for 4,200. */
    static BigDecimal roundingStep(BigDecimal value) {
        if (value.scale() > 0) {
            return BigDecimal.ONE.movePointLeft(value.scale());
        }
        BigDecimal whole = value.setScale(0, RoundingMode.UNNECESSARY).abs();
        if (whole.compareTo(BigDecimal.valueOf(1000)) < 0 || whole.signum() == 0) {
            return BigDecimal.ONE;
        }
        int zeros = Math.max(0, -whole.stripTrailingZeros().scale());
        return BigDecimal.ONE.movePointRight(zeros);
    }

    /**
     * Whether one value lies within every one of these ranges. Ranges that only touch do not: 190 and 191 are
     * different values when both are stated to the unit.
     */
    public static boolean overlap(List<Stated> all) {
        BigDecimal low = null;
        BigDecimal high = null;
        for (Stated s : all) {
            if (s.low != null && (low == null || s.low.compareTo(low) > 0)) {
                low = s.low;
            }
            if (s.high != null && (high == null || s.high.compareTo(high) < 0)) {
                high = s.high;
            }
        }
        return low == null || high == null || low.compareTo(high) < 0;
    }

    public boolean overlaps(Stated other) {
        return overlap(List.of(this, other));
    }

    /** The range of {@code a / b} for ranges of positive values; null bounds stay open. */
    Stated dividedBy(Stated b) {
        MathContext mc = MathContext.DECIMAL64;
        BigDecimal lo = low == null || b.high == null ? null : low.divide(b.high, mc);
        BigDecimal hi = high == null || b.low == null || b.low.signum() <= 0 ? null : high.divide(b.low, mc);
        return new Stated(lo, hi);
    }

    Stated times(BigDecimal factor) {
        return new Stated(low == null ? null : low.multiply(factor), high == null ? null : high.multiply(factor));
    }

    Stated plus(Stated b) {
        return new Stated(low == null || b.low == null ? null : low.add(b.low),
                high == null || b.high == null ? null : high.add(b.high));
    }
}
