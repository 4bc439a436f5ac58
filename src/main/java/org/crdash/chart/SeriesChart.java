package org.crdash.chart;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.crdash.event.Event;
import org.crdash.series.Observation;
import org.crdash.series.Series;
import tools.jackson.databind.node.ObjectNode;

/** A chart of one series: the observations and events it shows, its time range and the ECharts option. */
public record SeriesChart(Series series, List<Observation> observations, List<Event> events, LocalDate from,
                          LocalDate to, ObjectNode option) {

    public SeriesChart {
        Objects.requireNonNull(series);
        Objects.requireNonNull(option);
        observations = List.copyOf(observations);
        events = List.copyOf(events);
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("chart range ends before it starts");
        }
    }
}
