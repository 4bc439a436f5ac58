package org.crdash.series;

/** How an observation is qualified in its text: "around", "almost", "more than", ... */
public enum Qualifier {
    EXACT("exact", ""), APPROX("approx", "≈"), ALMOST("almost", "almost"), MORE_THAN("more_than", ">"),
    LESS_THAN("less_than", "<");

    private final String code;
    private final String symbol;

    Qualifier(String code, String symbol) {
        this.code = code;
        this.symbol = symbol;
    }

    public String code() {
        return code;
    }

    /** Short mark shown before the value; empty for exact values. */
    public String symbol() {
        return symbol;
    }

    public static Qualifier ofCode(String code) {
        for (Qualifier q : values()) {
            if (q.code.equals(code)) {
                return q;
            }
        }
        throw new IllegalArgumentException("unknown qualifier '" + code
                + "' (expected exact, approx, almost, more_than or less_than)");
    }
}
