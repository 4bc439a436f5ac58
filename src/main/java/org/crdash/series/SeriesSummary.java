package org.crdash.series;

import java.time.LocalDate;
import java.util.Objects;

/** A series with how many live observations and distinct sources it has, and the time span they cover. */
public record SeriesSummary(Series series, String categoryLabel, long observations, long sources,
                            LocalDate firstStart, LocalDate lastEnd) {

    public SeriesSummary {
        Objects.requireNonNull(series, "series");
        if (observations < 0 || sources < 0 || sources > observations) {
            throw new IllegalArgumentException("inconsistent counts: " + observations + " observations, "
                    + sources + " sources");
        }
    }
}
