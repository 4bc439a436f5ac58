package org.crdash.base;

/** How far an observation or event has been checked (columns {@code review_status}, {@code review_reason}). */
public enum ReviewStatus {
    /** seeded, added through a form, the API or an import, or accepted from a candidate */
    EXTRACTED("extracted"),
    /** confirmed by an editor other than the one who added it */
    REVIEWED("reviewed"),
    /** an editor doubts it; the reason says why */
    DISPUTED("disputed");

    /** The API's description of the {@code review} field (its codes are listed with the field, as annotation constants). */
    public static final String API_DESCRIPTION = "extracted (seeded, added or accepted from a candidate), reviewed "
            + "(confirmed by an editor other than the one who added it) or disputed (see POST …/review); the codes of "
            + "the review= filter and the CSV column review_status";

    private final String code;

    ReviewStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** How lists and the passage panel show it: "reviewed", "disputed: the passage says 2023". */
    public String describe(String reason) {
        return reason == null || reason.isBlank() ? code : code + ": " + reason;
    }

    public static ReviewStatus ofCode(String code) {
        for (ReviewStatus s : values()) {
            if (s.code.equals(code)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown review status '" + code + "' (expected extracted, reviewed or "
                + "disputed)");
    }
}
