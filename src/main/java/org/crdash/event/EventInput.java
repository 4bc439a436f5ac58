package org.crdash.event;

import org.crdash.base.CsvInput;

/**
 * An event as entered in a form or an import row, as text, before validation.
 *
 * @param date         the date label: {@code 2024}, {@code 2024-Q1}, {@code 2024-03}, {@code 2024-03-15}, a
 *                     decade {@code 1990s}, a range {@code A/B}, or empty for an undated event
 * @param precision    optional: day, month, quarter, year, decade, range or none; must agree with the date
 * @param dateText     how the source words the date ("late 1990s"); defaults to the date itself
 * @param category     an event category code (table {@code event_category})
 * @param sourceKey    key of the source the passage is quoted from
 * @param passageStart optional start offset of the passage (needed if it occurs twice)
 */
public record EventInput(String date, String precision, String dateText, String title, String category,
                         @CsvInput.Column("source_file") String sourceKey, String passage, Integer passageStart,
                         String note) {

    /** The input that reproduces a stored event. */
    public static EventInput of(Event e) {
        return new EventInput(e.date().label(), e.date().precision().code(), e.dateText(), e.title(), e.category(),
                e.sourceKey(), e.passage(), e.passageStart(), e.note());
    }
}
