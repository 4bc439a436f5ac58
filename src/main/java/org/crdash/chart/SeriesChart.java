package org.crdash.chart;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.crdash.event.Event;
import org.crdash.series.Observation;
import org.crdash.series.Series;
import tools.jackson.databind.node.ObjectNode;

/**
 * A chart of one series: the observations and events it shows, its time range and the ECharts option.
 *
 * @param observations the values drawn, each a real row; all values of the data range unless {@link #downsampled()}
 * @param from         start of the time axis
 * @param to           end of the time axis
 * @param totalCount   how many values the data range holds (equal to the number drawn unless downsampled)
 * @param visibleFrom  start of the zoomed window the data was fetched for, or null when it is the whole axis
 * @param visibleTo    end of that window, or null
 */
public record SeriesChart(Series series, List<Observation> observations, List<Event> events, LocalDate from,
                          LocalDate to, ObjectNode option, long totalCount, LocalDate visibleFrom,
                          LocalDate visibleTo) {

    public SeriesChart {
        Objects.requireNonNull(series);
        Objects.requireNonNull(option);
        observations = List.copyOf(observations);
        events = List.copyOf(events);
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("chart range ends before it starts");
        }
        if (totalCount < observations.size()) {
            throw new IllegalArgumentException("a chart cannot draw more values (" + observations.size()
                    + ") than its range holds (" + totalCount + ")");
        }
        if ((visibleFrom == null) != (visibleTo == null)) {
            throw new IllegalArgumentException("a zoomed window needs both ends");
        }
        if (visibleFrom != null && (visibleFrom.isBefore(from) || visibleTo.isAfter(to)
                || visibleTo.isBefore(visibleFrom))) {
            throw new IllegalArgumentException("the zoomed window " + visibleFrom + ".." + visibleTo
                    + " is not inside the chart range " + from + ".." + to);
        }
    }

    /** A chart that draws every value of its whole range. */
    public SeriesChart(Series series, List<Observation> observations, List<Event> events, LocalDate from,
                       LocalDate to, ObjectNode option) {
        this(series, observations, events, from, to, option, observations.size(), null, null);
    }

    /** How many values are drawn. */
    public int shownCount() {
        return observations.size();
    }

    /** Whether only part of the values are drawn (each time slice's extremes): zooming in shows more. */
    public boolean downsampled() {
        return totalCount > observations.size();
    }

    /** Whether the data was fetched for a zoomed window rather than the whole time axis. */
    public boolean windowed() {
        return visibleFrom != null;
    }

    /**
     * Whether a zoom on this chart should fetch the visible window again ({@link ChartService#chart(String,
     * LocalDate, LocalDate, java.util.Collection, LocalDate, LocalDate)}): when it is downsampled (zooming in
     * shows more values) or already fetched for a window (zooming out needs the values around it).
     */
    public boolean needsRequeryOnZoom() {
        return downsampled() || windowed();
    }
}
