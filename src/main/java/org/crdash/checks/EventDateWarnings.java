package org.crdash.checks;

import java.util.List;
import org.crdash.base.write.SaveWarning;
import org.crdash.event.EventValidator.EventDraft;
import org.crdash.event.EventWarnings;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The event date check ({@link EventDates}, the Checks page's event_date_conflict) before a save: an event as typed
 * that another source dates differently warns, with that source's date and how far apart the two are.
 */
@Component
class EventDateWarnings implements EventWarnings {

    private final EventDateReader events;

    EventDateWarnings(EventDateReader events) {
        this.events = events;
    }

    @Override
    public List<SaveWarning> warnings(EventDraft d, @Nullable Long id) {
        if (d.date().start() == null) {
            return List.of(); // an undated event has nothing to conflict with
        }
        EventDates.Dated draft = new EventDates.Dated(id == null ? -1 : id, d.title(), d.category(), d.date().label(),
                d.date().precision().code(), d.date().start(), d.date().end(), d.dateText(),
                d.quote().source().sourceKey(), d.quote().source().id(), d.quote().passage(), d.quote().start(),
                d.quote().end());
        List<EventDates.Dated> others = events.ofCategories(List.of(d.category())).stream()
                .filter(e -> id == null || e.id() != id).toList();
        return EventDates.find(List.of(draft), others).stream()
                .map(f -> new SaveWarning("date_conflict", "date", "Another source dates this event differently: "
                        + f.result() + " (" + other(f, draft.id()).title() + ").")).toList();
    }

    private static Finding.Event other(Finding f, long draftId) {
        return f.events().stream().filter(e -> e.eventId() != draftId).findFirst().orElseThrow();
    }
}
