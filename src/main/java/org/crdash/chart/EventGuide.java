package org.crdash.chart;

import java.time.LocalDate;
import java.util.Objects;
import org.crdash.event.Event;

/** A selected event drawn across every chart as a labelled vertical line at its date. */
public record EventGuide(String itemId, LocalDate date, String label) {

    public EventGuide {
        Objects.requireNonNull(date);
        Objects.requireNonNull(label);
    }

    public static EventGuide of(Event e) {
        String title = e.title().length() <= 48 ? e.title() : e.title().substring(0, 46).strip() + "…";
        return new EventGuide("e" + e.id(), e.date().midpoint(), e.dateText() + ": " + title);
    }
}
