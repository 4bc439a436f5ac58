package org.crdash.base;

/** How precisely a period is known; stored in the {@code precision} columns. */
public enum PeriodPrecision {
    DAY("day"), MONTH("month"), QUARTER("quarter"), YEAR("year"), DECADE("decade"), RANGE("range"), NONE("none");

    private final String code;

    PeriodPrecision(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static PeriodPrecision ofCode(String code) {
        for (PeriodPrecision p : values()) {
            if (p.code.equals(code)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown precision '" + code + "'");
    }

    /** Observations need a real period; decades and undated values are only allowed for events. */
    public boolean allowedForObservation() {
        return this != DECADE && this != NONE;
    }
}
