package org.crdash.checks;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Collection;

/** The arithmetic of the checks, rounded the same way everywhere. */
final class Numbers {

    static final MathContext MC = MathContext.DECIMAL64;
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Numbers() {
    }

    /** {@code part / whole} in per cent, one decimal. */
    static BigDecimal pct(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            return null;
        }
        return part.multiply(HUNDRED).divide(whole, MC).setScale(1, RoundingMode.HALF_UP);
    }

    /** Growth from {@code a} to {@code b} in per cent, one decimal: 190 → 240 is 26.3. */
    static BigDecimal growthPct(BigDecimal a, BigDecimal b) {
        return a.signum() == 0 ? null : pct(b.subtract(a), a);
    }

    static BigDecimal mean(Collection<BigDecimal> values) {
        BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(values.size()), MC);
    }

    /** A computed value for showing: at most {@code scale} decimals, no trailing zeros. */
    static BigDecimal round(BigDecimal v, int scale) {
        BigDecimal r = v.setScale(scale, RoundingMode.HALF_UP).stripTrailingZeros();
        return r.scale() < 0 ? r.setScale(0) : r;
    }

    static String plain(BigDecimal v) {
        return v == null ? "?" : round(v, 4).toPlainString();
    }
}
