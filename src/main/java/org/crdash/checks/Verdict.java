package org.crdash.checks;

/** What a check concluded. */
public enum Verdict {
    /** The values say the same (equal, or compatible within their qualifiers: "more than 200" and 240). */
    CONSISTENT("consistent", "Consistent"),
    /** The values differ only by the rounding they are stated with (244.8 and 245). */
    AGREES_AFTER_ROUNDING("agrees_after_rounding", "Agrees after rounding"),
    /** No reading of the values within their rounding and qualifiers makes them agree. */
    CONFLICT("conflict", "Conflict");

    private final String code;
    private final String label;

    Verdict(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Verdict ofCode(String code) {
        for (Verdict v : values()) {
            if (v.code.equals(code)) {
                return v;
            }
        }
        throw new IllegalArgumentException("unknown verdict '" + code + "'");
    }
}
