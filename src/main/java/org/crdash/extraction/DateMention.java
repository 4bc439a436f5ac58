package org.crdash.extraction;

import java.util.Objects;
import org.crdash.base.Period;
import org.crdash.base.PeriodPrecision;

/**
 * A date or period a text states: "in 2023", "between 2022 and 2023", "March 2024", "Feb. 24, 2023", "the
 * first quarter of 2024", "the first half of 2025", "since 2014", "the late 1990s", "last year".
 *
 * @param start   offset of the first character (Java {@code String} index, see {@link org.crdash.source.TextOffsets})
 * @param end     offset after the last character
 * @param text    {@code text.substring(start, end)}: what a reviewer sees as the date's wording
 * @param period  the date in the period grammar of {@link Period}: "2023", "2022/2023", "2024-03", "1990s"
 * @param role    how the date relates to what the sentence says (a point, since, before, …)
 * @param reading how the wording was read, for a reviewer's note; empty where the wording is the date itself
 */
public record DateMention(int start, int end, String text, Period period, Role role, String reading) {

    /** How a date relates to the statement it is in. */
    public enum Role {
        /** "in 2023", "March 2024", "between 2022 and 2023": the statement holds at or over this period */
        AT,
        /** "since 2014": from this period until the time of writing */
        SINCE,
        /** "before 2006", "prior to 2006": up to the period before this one */
        BEFORE,
        /** "year-on-year": the change from the year before to the year in question; no date of its own */
        YEAR_ON_YEAR
    }

    public DateMention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(reading, "reading");
        if (role != Role.YEAR_ON_YEAR) {
            Objects.requireNonNull(period, "period");
        }
        if (start < 0 || end <= start || end - start != text.length()) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ") for '" + text + "'");
        }
    }

    public PeriodPrecision precision() {
        return period == null ? PeriodPrecision.NONE : period.precision();
    }

    /** The year the date ends in, or 0 for "year-on-year". */
    public int endYear() {
        return period == null ? 0 : period.end().getYear();
    }

    /** Whether the text gives the date's year itself ("in December" does not). */
    public boolean yearStated() {
        return !reading.contains("year not stated");
    }
}
