package org.crdash.series.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.crdash.base.ReviewStatus;
import org.crdash.series.Observation;

/** An observation as the REST API shows it; {@code passage} is source text [passageStart, passageEnd). */
public record ObservationJson(long id, String seriesKey, String period, LocalDate periodStart, LocalDate periodEnd,
                              String precision, BigDecimal value, String qualifier, String sourceKey, String passage,
                              int passageStart, int passageEnd, @Schema(types = {"string", "null"}) String note, String origin,
                              @Schema(description = ReviewStatus.API_DESCRIPTION, allowableValues = {"extracted", "reviewed", "disputed"}) String review,
                              int version, Instant updatedAt, String updatedBy, @Schema(types = {"string", "null"}, format = "date-time") Instant deletedAt) {

    static ObservationJson of(Observation o) {
        return new ObservationJson(o.id(), o.seriesKey(), o.period().label(), o.period().start(), o.period().end(),
                o.period().precision().code(), o.value(), o.qualifier().code(), o.sourceKey(), o.passage(),
                o.passageStart(), o.passageEnd(), o.note(), o.origin().code(), o.review().code(), o.version(), o.updatedAt(),
                o.updatedBy(), o.deletedAt());
    }
}
