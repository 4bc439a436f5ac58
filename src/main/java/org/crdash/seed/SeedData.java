package org.crdash.seed;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.crdash.base.DatePrecision;
import org.crdash.base.Period;
import org.crdash.series.Qualifier;

/** The validated content of seed-data/: every passage already located in its article. */
record SeedData(List<SeedSource> sources, List<SeedSeries> series, List<SeedObservation> observations,
                List<SeedEvent> events) {

    SeedData {
        sources = List.copyOf(sources);
        series = List.copyOf(series);
        observations = List.copyOf(observations);
        events = List.copyOf(events);
    }

    record SeedSource(String key, String title, String author, String publisher, LocalDate publishedStart,
                      DatePrecision publishedPrecision, String publishedText, String url, String text,
                      String sha256) {
        SeedSource {
            Objects.requireNonNull(key);
            Objects.requireNonNull(title);
            Objects.requireNonNull(text);
        }
    }

    record SeedSeries(String key, String name, String unit, String category, String description) {
        SeedSeries {
            Objects.requireNonNull(key);
            Objects.requireNonNull(name);
            Objects.requireNonNull(unit);
            Objects.requireNonNull(category);
        }
    }

    record SeedObservation(String seedKey, int line, String seriesKey, Period period, BigDecimal value,
                           Qualifier qualifier, String sourceKey, String passage, int passageStart, String note) {
        SeedObservation {
            Objects.requireNonNull(seedKey);
            Objects.requireNonNull(period);
            Objects.requireNonNull(value);
            if (passageStart < 0) {
                throw new IllegalArgumentException("negative passage start");
            }
        }

        int passageEnd() {
            return passageStart + org.crdash.source.TextOffsets.length(passage);
        }
    }

    record SeedEvent(String seedKey, int line, Period date, String dateText, String title, String category,
                     String sourceKey, String passage, int passageStart, String note) {
        SeedEvent {
            Objects.requireNonNull(seedKey);
            Objects.requireNonNull(date);
            Objects.requireNonNull(dateText);
            if (passageStart < 0) {
                throw new IllegalArgumentException("negative passage start");
            }
        }

        int passageEnd() {
            return passageStart + org.crdash.source.TextOffsets.length(passage);
        }
    }
}
