package org.crdash.event;

import java.time.Instant;
import java.util.Objects;
import org.crdash.base.Origin;
import org.crdash.base.Period;

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
        int version,
        Instant updatedAt,
        String updatedBy,
        Instant deletedAt) {

    public static final java.util.List<String> CATEGORIES = java.util.List.of("summit", "diplomatic visit",
            "treaty/agreement", "statement", "trade milestone", "sanction", "energy project", "military exercise",
            "war", "other");

    public Event {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(dateText, "dateText");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(passage, "passage");
        if (!CATEGORIES.contains(category)) {
            throw new IllegalArgumentException("unknown event category '" + category + "'");
        }
        org.crdash.source.Passages.checkOffsets(passage, passageStart, passageEnd);
    }

    public boolean deleted() {
        return deletedAt != null;
    }
}
