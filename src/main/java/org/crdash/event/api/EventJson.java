package org.crdash.event.api;

import java.time.Instant;
import java.time.LocalDate;
import org.crdash.event.Event;

/** An event as the REST API shows it; undated events have no date, dateStart or dateEnd. */
public record EventJson(long id, String date, LocalDate dateStart, LocalDate dateEnd, String precision,
                        String dateText, String title, String category, String sourceKey, String passage,
                        int passageStart, int passageEnd, String note, String origin, int version,
                        Instant updatedAt, String updatedBy, Instant deletedAt) {

    static EventJson of(Event e) {
        return new EventJson(e.id(), e.date().label(), e.date().start(), e.date().end(), e.date().precision().code(),
                e.dateText(), e.title(), e.category(), e.sourceKey(), e.passage(), e.passageStart(), e.passageEnd(),
                e.note(), e.origin().code(), e.version(), e.updatedAt(), e.updatedBy(), e.deletedAt());
    }
}
