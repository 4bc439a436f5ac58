package org.crdash.extraction;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The time of writing, which present-tense statements ("now accounts for", "remains") and relative dates
 * ("last year") are read against: the source's publication year, or where the source does not state it,
 * the latest year its text mentions (never one after today).
 *
 * @param year    the year of writing
 * @param reading how it was found, for a reviewer's note
 */
public record AsOf(int year, String reading) {

    public AsOf {
        Objects.requireNonNull(reading, "reading");
    }

    /**
     * @param published the source's publication date, or null where it is not known
     * @param text      the source's full text
     * @param today     the date the text is read on
     */
    public static AsOf of(LocalDate published, String text, LocalDate today) {
        if (published != null) {
            return new AsOf(published.getYear(), "the source's date, " + published.getYear());
        }
        int latest = 0;
        for (DateMention d : DateMentions.find(text, today.getYear())) {
            if (d.period() != null && d.yearStated() && !d.reading().contains("time of writing")
                    && !d.reading().contains("stated before") && d.endYear() <= today.getYear()
                    && !DateMentions.prospective(text, d)) {
                latest = Math.max(latest, d.endYear());
            }
        }
        if (latest == 0) {
            return new AsOf(today.getYear(), "the source states no date and mentions no year; read as this year, "
                    + today.getYear());
        }
        return new AsOf(latest, "the source's date is not stated; read as " + latest
                + ", the latest year its text mentions as past or present");
    }
}
