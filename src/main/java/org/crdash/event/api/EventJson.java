package org.crdash.event.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import org.crdash.base.ReviewStatus;
import org.crdash.event.Event;

/** An event as the REST API shows it; undated events have no date, dateStart or dateEnd. */
public record EventJson(long id, @Schema(types = {"string", "null"}) String date, @Schema(types = {"string", "null"}, format = "date") LocalDate dateStart,
                        @Schema(types = {"string", "null"}, format = "date") LocalDate dateEnd, String precision,
                        String dateText, String title, String category, String sourceKey, String passage,
                        int passageStart, int passageEnd, @Schema(types = {"string", "null"}) String note, String origin,
                        @Schema(description = ReviewStatus.API_DESCRIPTION, allowableValues = {"extracted", "reviewed", "disputed"}) String review,
                        int version, Instant updatedAt, String updatedBy, @Schema(types = {"string", "null"}, format = "date-time") Instant deletedAt) {

    static EventJson of(Event e) {
        return new EventJson(e.id(), e.date().label(), e.date().start(), e.date().end(), e.date().precision().code(),
                e.dateText(), e.title(), e.category(), e.sourceKey(), e.passage(), e.passageStart(), e.passageEnd(),
                e.note(), e.origin().code(), e.review().code(), e.version(), e.updatedAt(), e.updatedBy(), e.deletedAt());
    }
}
