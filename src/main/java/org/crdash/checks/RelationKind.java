package org.crdash.checks;

/** How one series relates to another (the {@code series_relation} table documents each). */
public enum RelationKind {
    GROWTH_OF("growth_of"), MULTIPLE_OF("multiple_of"), SAME_QUANTITY_AS("same_quantity_as"),
    COMPONENT_OF("component_of"), PART_OF("part_of"), SHARE_OF("share_of"), TARGET_OF("target_of");

    private final String code;

    RelationKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static RelationKind ofCode(String code) {
        for (RelationKind k : values()) {
            if (k.code.equals(code)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown relation kind '" + code + "' (expected growth_of, multiple_of, "
                + "same_quantity_as, component_of, part_of, share_of or target_of)");
    }
}
