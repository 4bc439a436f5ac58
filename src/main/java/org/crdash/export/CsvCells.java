package org.crdash.export;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** Turns database values into CSV cells. */
final class CsvCells {

    /** A text cell starting with one of these is read as a formula by spreadsheet apps. */
    private static final String FORMULA_START = "=+-@\t\r";

    private CsvCells() {
    }

    /**
     * Text with formula injection neutralised: a value starting with {@code = + - @}, TAB or CR gets a leading
     * apostrophe, which spreadsheet apps show as text. Numeric columns never go through here.
     */
    static String text(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        return FORMULA_START.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    static String text(ResultSet rs, String column) throws SQLException {
        return text(rs.getString(column));
    }

    /** A number as plain decimal digits (never 1E+3), unaltered otherwise. */
    static String decimal(ResultSet rs, String column) throws SQLException {
        BigDecimal value = rs.getBigDecimal(column);
        return value == null ? null : value.toPlainString();
    }

    static String integer(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : Long.toString(value);
    }

    /** ISO date, e.g. 2024-03-31. */
    static String date(ResultSet rs, String column) throws SQLException {
        LocalDate value = rs.getObject(column, LocalDate.class);
        return value == null ? null : value.toString();
    }

    /** ISO instant in UTC, e.g. 2026-01-05T10:15:30.123Z. */
    static String timestamp(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant().toString();
    }
}
