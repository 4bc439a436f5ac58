package org.crdash.source;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.crdash.base.DatePrecision;
import org.crdash.base.write.VersionedRow;

/**
 * An article or document that observations and events are quoted from (without its full text).
 *
 * @param sourceKey stable key; for the seed articles, the file name
 */
public record Source(
        long id,
        String sourceKey,
        String title,
        String author,
        String publisher,
        LocalDate publishedStart,
        DatePrecision publishedPrecision,
        String publishedText,
        String url,
        String sha256,
        String origin,
        int version,
        Instant deletedAt) implements VersionedRow {

    public Source {
        Objects.requireNonNull(sourceKey, "sourceKey");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(publishedPrecision, "publishedPrecision");
        if (title.isBlank()) {
            throw new IllegalArgumentException("title must not be blank");
        }
        if ((publishedStart == null) != (publishedPrecision == DatePrecision.UNKNOWN)) {
            throw new IllegalArgumentException("published date and precision disagree: " + publishedStart
                    + " / " + publishedPrecision);
        }
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("sha256 must be 64 lower-case hex digits");
        }
    }

    /** How the publication date reads for people: the date at its precision, or what the text says. */
    public String publishedDisplay() {
        String date = publishedPrecision.format(publishedStart);
        if (publishedText == null || publishedText.isBlank()) {
            return date.isEmpty() ? "date not stated" : date;
        }
        if (date.isEmpty() || date.equals(publishedText)) {
            return date.isEmpty() ? publishedText : date;
        }
        return date + " (" + publishedText + ")";
    }
}
