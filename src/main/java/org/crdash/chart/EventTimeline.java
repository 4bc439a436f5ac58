package org.crdash.chart;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.crdash.event.Event;
import tools.jackson.databind.node.ObjectNode;

/**
 * The one events timeline a dashboard shows under its charts, on the same time axis: a row per category, events
 * of the same day and category drawn as one cluster with its count.
 *
 * @param events     the events drawn, oldest first
 * @param categories the rows, in display order (only categories that have events in range)
 * @param option     the ECharts option ({@link TimelineOptions})
 */
public record EventTimeline(List<Event> events, List<String> categories, LocalDate from, LocalDate to,
                            ObjectNode option) {

    /** Height of one category row in pixels (legible labels, pins that stay inside their row). */
    public static final int ROW = 30;

    public EventTimeline {
        events = List.copyOf(events);
        categories = List.copyOf(categories);
        Objects.requireNonNull(option);
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("timeline ends before it starts");
        }
    }

    /** The chart's height: the rows plus the time axis. */
    public int height() {
        return categories.size() * ROW + TimelineOptions.TOP + TimelineOptions.BOTTOM;
    }

    public Optional<Event> find(String itemId) {
        return events.stream().filter(e -> ("e" + e.id()).equals(itemId)).findFirst();
    }
}
