package org.crdash.event;

import java.time.Instant;
import java.util.Objects;
import org.crdash.base.Origin;
import org.crdash.base.Period;
import org.crdash.base.ReviewStatus;
import org.crdash.base.write.VersionedRow;

/** A dated, sourced event; vague dates keep the text's own wording in {@code dateText}. */
public record Event(
        long id,
        Period date,
        String dateText,
        String title,
        String category,
        long sourceId,
        String sourceKey,
        String passage,
        int passageStart,
        int passageEnd,
        String note,
        Origin origin,
        ReviewStatus review,
        String reviewReason,
        int version,
        Instant updatedAt,
        String updatedBy,
        Instant deletedAt) implements VersionedRow {

    public Event {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(dateText, "dateText");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(passage, "passage");
        Objects.requireNonNull(review, "review");
        Objects.requireNonNull(category, "category"); // one of the database's event_category codes
        org.crdash.source.Passages.checkOffsets(passage, passageStart, passageEnd);
    }
}
