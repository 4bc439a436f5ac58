package org.crdash.extraction;

import java.util.Objects;
import org.crdash.base.Period;

/**
 * A proposed event: a sentence that dates something, with the date in the period grammar, the words that
 * date it, a title and a category guess. A reviewer accepts it (through the event form's rules), edits or
 * rejects it.
 *
 * @param date         the date ({@link Period#NONE} for "recently")
 * @param dateText     the source's own wording of the date: "on Feb. 24, 2023", "since 2014"
 * @param dateStart    where that wording starts (Java {@code String} index, see {@link org.crdash.source.TextOffsets})
 * @param title        a short title drawn from the sentence
 * @param category     one of the event category codes
 * @param passageStart start of the passage (the sentence)
 * @param passage      the sentence, verbatim
 * @param note         how the date and category were read
 */
public record EventCandidate(Period date, String dateText, int dateStart, String title, String category,
                             int passageStart, String passage, String note) {

    public EventCandidate {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(dateText, "dateText");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(passage, "passage");
        if (title.isBlank() || title.length() > 200) {
            throw new IllegalArgumentException("a title has 1 to 200 characters");
        }
    }

    public int passageEnd() {
        return passageStart + passage.length();
    }
}
