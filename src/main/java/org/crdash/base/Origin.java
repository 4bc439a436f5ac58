package org.crdash.base;

/** Where a row came from: the seed files shipped with the app, or a user's form/import. */
public enum Origin {
    SEEDED("seeded"), USER("user");

    private final String code;

    Origin(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Origin ofCode(String code) {
        return switch (code) {
            case "seeded" -> SEEDED;
            case "user" -> USER;
            default -> throw new IllegalArgumentException("unknown origin '" + code + "'");
        };
    }
}
