package org.crdash.checks;

import java.math.BigDecimal;

/** How much a finding matters to a reader: by how much the values are apart. */
public enum Severity {
    NONE("none"), LOW("low"), MEDIUM("medium"), HIGH("high");

    /** A relative gap from this many per cent up is medium / high. */
    static final BigDecimal MEDIUM_FROM_PCT = new BigDecimal("2");
    static final BigDecimal HIGH_FROM_PCT = new BigDecimal("10");

    private final String code;

    Severity(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The severity of a conflict whose values are {@code pct} per cent apart (null: unknown, medium). */
    static Severity ofGap(Verdict verdict, BigDecimal pct) {
        if (verdict != Verdict.CONFLICT) {
            return NONE;
        }
        if (pct == null) {
            return MEDIUM;
        }
        BigDecimal abs = pct.abs();
        return abs.compareTo(HIGH_FROM_PCT) >= 0 ? HIGH : abs.compareTo(MEDIUM_FROM_PCT) >= 0 ? MEDIUM : LOW;
    }

    public static Severity ofCode(String code) {
        for (Severity s : values()) {
            if (s.code.equals(code)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown severity '" + code + "'");
    }
}
