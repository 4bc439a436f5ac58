package org.crdash.series;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import org.crdash.base.Origin;
import org.crdash.base.Period;
import org.crdash.base.ReviewStatus;
import org.crdash.base.write.VersionedRow;

/** One sourced value of a series, with the verbatim passage it is quoted from. */
public record Observation(
        long id,
        long seriesId,
        String seriesKey,
        Period period,
        BigDecimal value,
        Qualifier qualifier,
        long sourceId,
        String sourceKey,
        String passage,
        int passageStart,
        int passageEnd,
        String note,
        Origin origin,
        ReviewStatus review,
        String reviewReason,
        int version,
        Instant updatedAt,
        String updatedBy,
        Instant deletedAt) implements VersionedRow {

    public Observation {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(qualifier, "qualifier");
        Objects.requireNonNull(passage, "passage");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(review, "review");
        if (!period.precision().allowedForObservation()) {
            throw new IllegalArgumentException("an observation needs a year, quarter, month, day or range, not "
                    + period.precision().code());
        }
        org.crdash.source.Passages.checkOffsets(passage, passageStart, passageEnd);
    }
}
