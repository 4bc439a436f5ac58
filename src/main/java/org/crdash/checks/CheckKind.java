package org.crdash.checks;

/** What a check compares; each kind is one check a fact-checker of these texts would make by hand. */
public enum CheckKind {
    VALUE_CONFLICT("value_conflict", "Sources disagree",
            "Same series and period, values from different sources (or passages) compared after rounding."),
    PERIOD_OVERLAP("period_overlap", "Overlapping periods",
            "Same series, periods that mostly overlap but are written differently, compared as one claim."),
    NOT_IN_PASSAGE("not_in_passage", "Value not in its passage",
            "The value is not written in the passage it is quoted from (digits, words, fractions, scale)."),
    GROWTH_VS_LEVELS("growth_vs_levels", "Growth vs levels",
            "A stated growth rate or multiple against the one implied by the levels at its base and end."),
    GROWTH_CHAIN("growth_chain", "Levels implied by growth",
            "A source's own chain of growth rates from one of its levels, against the levels others state."),
    SAME_QUANTITY("same_quantity", "Same quantity, other unit",
            "Values of series that measure the same thing in different units, compared after conversion."),
    PARTS_AND_TOTAL("parts_and_total", "Parts and total",
            "Parts of a total against the total: shares of one whole add up to at most 100 %, parts to the total."),
    TARGET("target", "Target vs actual", "A stated target against the actual values of the series it targets."),
    EVENT_DATE_CONFLICT("event_date_conflict", "Event dates disagree",
            "The same event dated by two sources with dates that cannot both be right (their precisions do not overlap).");

    private final String code;
    private final String label;
    private final String description;

    CheckKind(String code, String label, String description) {
        this.code = code;
        this.label = label;
        this.description = description;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    public static CheckKind ofCode(String code) {
        for (CheckKind k : values()) {
            if (k.code.equals(code)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown check kind '" + code + "'");
    }
}
