package org.crdash.document;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A date as documents' metadata writes it ({@code 2025-07-14T10:00:00Z}, {@code 2025/07}, {@code D:20250714…}). */
final class Dates {

    private static final Pattern DATE = Pattern.compile("^(?:D:)?(\\d{4})(?:[-/.]?(\\d{2})(?:[-/.]?(\\d{2}))?)?");

    private Dates() {
    }

    /** {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}, or empty if it is not a date that exists. */
    static String read(String value) {
        Matcher m = DATE.matcher(value == null ? "" : value.strip());
        if (!m.find()) {
            return "";
        }
        try {
            int year = Integer.parseInt(m.group(1));
            if (year < 1000) {
                return "";
            }
            if (m.group(2) == null) {
                return m.group(1);
            }
            if (m.group(3) == null) {
                return YearMonth.of(year, Integer.parseInt(m.group(2))).toString();
            }
            return LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))).toString();
        } catch (DateTimeException e) {
            return "";
        }
    }
}
