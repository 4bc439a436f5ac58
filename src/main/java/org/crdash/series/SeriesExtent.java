package org.crdash.series;

import java.time.LocalDate;
import java.util.Objects;

/** The dates a series' live values cover: the earliest period start and the latest period end. */
public record SeriesExtent(LocalDate firstStart, LocalDate lastEnd) {

    public SeriesExtent {
        Objects.requireNonNull(firstStart);
        Objects.requireNonNull(lastEnd);
        if (lastEnd.isBefore(firstStart)) {
            throw new IllegalArgumentException("extent ends before it starts");
        }
    }
}
