package org.crdash.base;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one set of rules for a period as an editor, the API, an import or the seed enters it: the label's grammar
 * ({@link Period#parse}), a range's two halves, agreement with an optional precision, what precisions the entity
 * allows, and the plausible years (not before 1800, not in the future). Problems go on the input's field (e.g.
 * {@code period} or {@code date}); those about a range's second half on its part {@link #END}.
 */
public final class PeriodRules {

    /** The part of the field a range's second half is on (forms show it on their "to" field). */
    public static final String END = "end";

    /**
     * @param noun         the field in words: "period", "date"
     * @param allowed      precisions the entity accepts
     * @param required     whether an empty label is an error (else it is {@link Period#NONE})
     * @param minYear      the earliest plausible year (catches typos such as 1204 for 2024)
     * @param futureAdvice what to do instead of recording a future period
     */
    public record Kind(String noun, Set<PeriodPrecision> allowed, boolean required, int minYear,
                       String futureAdvice) {
    }

    /** An observation's period: a day, month, quarter, year or a range of those; never empty. */
    public static final Kind OBSERVATION = new Kind("period", EnumSet.of(PeriodPrecision.DAY, PeriodPrecision.MONTH,
            PeriodPrecision.QUARTER, PeriodPrecision.YEAR, PeriodPrecision.RANGE), true, 1800,
            "Only observations for periods that have begun can be recorded; put forecasts and targets in the note.");
    /**
     * An event's date: any precision, decades included, or none; any year the grammar can write, as the history
     * the sources recount goes back centuries (the seed quotes 1242).
     */
    public static final Kind EVENT = new Kind("date", EnumSet.allOf(PeriodPrecision.class), false, 1000,
            "record events once they have happened, and announcements under the date they were made.");

    private final Clock clock;

    public PeriodRules(Clock clock) {
        this.clock = clock;
    }

    /**
     * Checks {@code label} (and the optional {@code precisionCode}, on field {@code precision}).
     *
     * @return the period, or {@code null} with the problems added to {@code c}
     */
    public Period check(Checks c, Kind kind, String field, String label, String precisionCode) {
        PeriodPrecision precision = precision(c, kind, precisionCode);
        String text = c.line(field, "The " + kind.noun(), label, false, 40);
        if (c.has(field) || precisionCode != null && !precisionCode.isBlank() && precision == null) {
            return null;
        }
        if (text == null) {
            if (kind.required()) {
                c.add(field, "The " + kind.noun() + " is required.");
            } else if (precision != null && precision != PeriodPrecision.NONE) {
                c.add(field, "Give the " + kind.noun() + " (precision " + precision.code() + "), or choose "
                        + "precision 'none'.");
            } else {
                return Period.NONE;
            }
            return null;
        }
        Period period = parse(c, kind, field, text);
        if (period == null) {
            return null;
        }
        if (precision != null && precision != period.precision()) {
            c.add("precision", "'" + period.label() + "' is " + describe(period.precision()) + ", but the precision "
                    + "says " + precision.code() + " (write it like " + example(precision) + ").");
            return null;
        }
        if (!kind.allowed().contains(period.precision())) {
            c.add(field, "'" + period.label() + "' is " + describe(period.precision()) + ". " + needs(kind));
            return null;
        }
        if (period.start().getYear() < kind.minYear()) {
            c.add(field, "'" + period.label() + "' is before " + kind.minYear() + "; check the year.");
            return null;
        }
        LocalDate today = LocalDate.now(clock);
        if (period.start().isAfter(today)) {
            c.add(field, "'" + period.label() + "' is in the future (today is " + today + "); "
                    + kind.futureAdvice());
            return null;
        }
        return period;
    }

    private static PeriodPrecision precision(Checks c, Kind kind, String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        try {
            PeriodPrecision p = PeriodPrecision.ofCode(code.strip());
            if (kind.allowed().contains(p)) {
                return p;
            }
            c.add("precision", needs(kind) + " Not " + p.code() + ".");
        } catch (IllegalArgumentException e) {
            c.add("precision", "'" + abbreviate(code.strip()) + "' is not a precision. Choose " + list(kind) + ".");
        }
        return null;
    }

    private static Period parse(Checks c, Kind kind, String field, String text) {
        int slash = text.indexOf('/');
        if (slash < 0) {
            return single(c, kind, field, null, text);
        }
        Period from = single(c, kind, field, null, text.substring(0, slash).strip());
        Period to = single(c, kind, field, END, text.substring(slash + 1).strip());
        if (from == null || to == null) {
            return null;
        }
        if (!to.end().isAfter(from.end())) {
            c.add(field, END, "The end (" + to.label() + ") is " + (to.end().isBefore(from.start()) ? "before"
                    : "not after") + " the start (" + from.label() + "): it must be later than the start; for a "
                    + "single " + kind.noun() + ", leave the end empty.");
            return null;
        }
        return Period.parse(from.label() + "/" + to.label());
    }

    private static Period single(Checks c, Kind kind, String field, String part, String text) {
        if (text.isEmpty()) {
            c.add(field, part, part == null ? "The start of the range is empty." : "The end of the range is empty.");
            return null;
        }
        try {
            Period p = Period.parse(text);
            if (p.isRange()) {
                c.add(field, part, "A range needs two " + kind.noun() + "s, like 2022/2024 ('" + abbreviate(text)
                        + "' has more than one '/').");
                return null;
            }
            return p;
        } catch (IllegalArgumentException e) {
            c.add(field, part, "'" + abbreviate(text) + "' is not a " + kind.noun() + "; write 2024, 2024-Q1, "
                    + "2024-03, 2024-03-15" + (kind.allowed().contains(PeriodPrecision.DECADE) ? ", 1990s" : "")
                    + " or a range A/B.");
            return null;
        }
    }

    private static String needs(Kind kind) {
        return "The " + kind.noun() + " must be " + kind.allowed().stream().map(PeriodRules::describe)
                .collect(Collectors.collectingAndThen(Collectors.toList(), PeriodRules::or)) + ".";
    }

    private static String list(Kind kind) {
        return or(kind.allowed().stream().map(PeriodPrecision::code).toList());
    }

    private static String or(java.util.List<String> items) {
        return items.size() == 1 ? items.getFirst()
                : String.join(", ", items.subList(0, items.size() - 1)) + " or " + items.getLast();
    }

    public static String describe(PeriodPrecision p) {
        return switch (p) {
            case YEAR -> "a year";
            case QUARTER -> "a quarter";
            case MONTH -> "a month";
            case DAY -> "a day";
            case RANGE -> "a range";
            case DECADE -> "a decade";
            case NONE -> "no date";
        };
    }

    public static String example(PeriodPrecision p) {
        return switch (p) {
            case YEAR -> "2024";
            case QUARTER -> "2024-Q1";
            case MONTH -> "2024-03";
            case DAY -> "2024-03-15";
            case RANGE -> "2022/2024";
            case DECADE -> "1990s";
            case NONE -> "nothing";
        };
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
