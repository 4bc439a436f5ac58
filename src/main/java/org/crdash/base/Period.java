package org.crdash.base;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period an observation or event refers to, kept as written ({@code label}) and as a closed date interval.
 * Grammar of the label: {@code YYYY} | {@code YYYY-Qn} | {@code YYYY-MM} | {@code YYYY-MM-DD} | {@code YYY0s}
 * (decade) | {@code A/B} (a range of two of those, e.g. a growth rate's base and end year) | empty (no date).
 */
public record Period(String label, LocalDate start, LocalDate end, PeriodPrecision precision) {

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern DECADE = Pattern.compile("(\\d{3})0s");

    public static final Period NONE = new Period(null, null, null, PeriodPrecision.NONE);

    public Period {
        Objects.requireNonNull(precision, "precision");
        if (precision == PeriodPrecision.NONE) {
            if (label != null || start != null || end != null) {
                throw new IllegalArgumentException("a period without date has no label, start or end");
            }
        } else {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
            if (end.isBefore(start)) {
                throw new IllegalArgumentException("period end " + end + " is before its start " + start);
            }
        }
    }

    /**
     * Parses a period label.
     *
     * @throws IllegalArgumentException with a message that says what is wrong and what is expected
     */
    public static Period parse(String text) {
        if (text == null || text.isBlank()) {
            return NONE;
        }
        String label = text.strip();
        int slash = label.indexOf('/');
        if (slash >= 0) {
            Period a = single(label.substring(0, slash), label);
            Period b = single(label.substring(slash + 1), label);
            if (!b.end.isAfter(a.end)) {
                throw new IllegalArgumentException("range '" + label + "' must end after it starts");
            }
            return new Period(label, a.start, b.end, PeriodPrecision.RANGE);
        }
        return single(label, label);
    }

    private static Period single(String part, String whole) {
        String p = part.strip();
        try {
            Matcher m;
            if ((m = YEAR.matcher(p)).matches()) {
                int y = Integer.parseInt(m.group(1));
                return new Period(p, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), PeriodPrecision.YEAR);
            }
            if ((m = QUARTER.matcher(p)).matches()) {
                int y = Integer.parseInt(m.group(1));
                int q = Integer.parseInt(m.group(2));
                YearMonth first = YearMonth.of(y, (q - 1) * 3 + 1);
                return new Period(p, first.atDay(1), first.plusMonths(2).atEndOfMonth(), PeriodPrecision.QUARTER);
            }
            if ((m = MONTH.matcher(p)).matches()) {
                YearMonth ym = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
                return new Period(p, ym.atDay(1), ym.atEndOfMonth(), PeriodPrecision.MONTH);
            }
            if ((m = DAY.matcher(p)).matches()) {
                LocalDate d = LocalDate.parse(p);
                return new Period(p, d, d, PeriodPrecision.DAY);
            }
            if ((m = DECADE.matcher(p)).matches()) {
                int y = Integer.parseInt(m.group(1)) * 10;
                return new Period(p, LocalDate.of(y, 1, 1), LocalDate.of(y + 9, 12, 31), PeriodPrecision.DECADE);
            }
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException("'" + whole + "' is not a valid date: " + e.getMessage());
        }
        throw new IllegalArgumentException("'" + whole + "' is not a period; expected YYYY, YYYY-Qn, YYYY-MM, "
                + "YYYY-MM-DD, YYY0s (decade) or a range A/B");
    }

    /** The middle of the period, where a chart places a point for it. */
    public LocalDate midpoint() {
        if (start == null) {
            return null;
        }
        return start.plusDays(ChronoUnit.DAYS.between(start, end) / 2);
    }

    public boolean isRange() {
        return precision == PeriodPrecision.RANGE;
    }

    /** A reader's version of the label: "2024", "Q1 2024", "March 2024", "2022 → 2023". */
    public String display() {
        if (precision == PeriodPrecision.NONE) {
            return "no date";
        }
        if (isRange()) {
            int slash = label.indexOf('/');
            return parse(label.substring(0, slash)).display() + " → " + parse(label.substring(slash + 1)).display();
        }
        return switch (precision) {
            case YEAR, DECADE -> label;
            case QUARTER -> label.substring(5) + " " + label.substring(0, 4);
            case MONTH -> start.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH)
                    + " " + start.getYear();
            case DAY -> start.getDayOfMonth() + " "
                    + start.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH)
                    + " " + start.getYear();
            default -> label;
        };
    }
}
