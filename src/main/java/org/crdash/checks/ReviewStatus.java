package org.crdash.checks;

/** What an editor concluded about a finding. */
public enum ReviewStatus {
    OPEN("open", "Open"), EXPLAINED("explained", "Explained"), ERROR_IN_SOURCE("error_in_source", "Error in source");

    private final String code;
    private final String label;

    ReviewStatus(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static ReviewStatus ofCode(String code) {
        for (ReviewStatus s : values()) {
            if (s.code.equals(code)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown review status '" + code
                + "' (expected open, explained or error_in_source)");
    }
}
