package org.crdash.base;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How precisely a publication date is known. */
public enum DatePrecision {
    DAY("day"), MONTH("month"), YEAR("year"), UNKNOWN("unknown");

    private final String code;

    DatePrecision(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static DatePrecision ofCode(String code) {
        for (DatePrecision p : values()) {
            if (p.code.equals(code)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown date precision '" + code + "' (expected day, month, year or unknown)");
    }

    public String format(LocalDate date) {
        if (date == null) {
            return "";
        }
        return switch (this) {
            case DAY -> date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH));
            case MONTH -> date.format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH));
            case YEAR -> String.valueOf(date.getYear());
            case UNKNOWN -> "";
        };
    }
}
