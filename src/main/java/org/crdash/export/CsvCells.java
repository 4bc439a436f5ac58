package org.crdash.export;

/**
 * Formula neutralisation of the spreadsheet variants: a text cell starting with {@code = + - @}, TAB or CR is read
 * as a formula by spreadsheet apps, so it gets a leading apostrophe, which they show as text. The data CSV never
 * does this (its cells are verbatim); numeric columns never go through here in either.
 */
public final class CsvCells {

    /** A text cell starting with one of these is read as a formula by spreadsheet apps. */
    private static final String FORMULA_START = "=+-@\t\r";

    private CsvCells() {
    }

    /** The value as the spreadsheet variant writes it (what {@link #sql(String)} computes in the database). */
    public static String text(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        return FORMULA_START.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    /** Undoes {@link #text(String)}: an apostrophe that neutralised a formula start is dropped again. */
    public static String untext(String value) {
        if (value != null && value.length() > 1 && value.charAt(0) == '\''
                && FORMULA_START.indexOf(value.charAt(1)) >= 0) {
            return value.substring(1);
        }
        return value;
    }

    /** The SQL that neutralises the text expression {@code expr}, as {@link #text(String)} does. */
    static String sql(String expr) {
        StringBuilder starts = new StringBuilder();
        for (char c : FORMULA_START.toCharArray()) {
            starts.append(starts.isEmpty() ? "" : ", ").append(switch (c) {
                case '\t' -> "E'\\t'";
                case '\r' -> "E'\\r'";
                default -> "'" + c + "'";
            });
        }
        return "CASE WHEN left(" + expr + ", 1) IN (" + starts + ") THEN '''' || " + expr + " ELSE " + expr + " END";
    }
}
