package org.crdash.series.api;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crdash.base.FieldError;
import org.crdash.base.api.RequestBodies;
import org.crdash.series.ObservationInput;

/**
 * The body of {@code POST /api/observations} and {@code PUT /api/observations/{id}}: the writable fields of
 * {@link ObservationJson}, under the same names, so an observation fetched with GET can be changed and sent back (its
 * read-only fields are ignored). Numbers may be sent as JSON numbers or as text; {@code value} is read exactly as
 * the forms read it ({@code 244.8}, {@code 1,234.5}).
 */
@Schema(name = "ObservationRequest", description = "An observation to add or the new state of one to change")
record ObservationRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "key of an existing series", example = "china_russia_trade_usd_bn") String seriesKey,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "2024, 2024-Q1, 2024-03, 2024-03-15 or a range A/B", example = "2024") String period,
        @Schema(description = "optional: year, quarter, month, day or range; must agree with the period")
        String precision,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "the number as written", example = "244.8", type = "string") String value,
        @Schema(description = "optional: when given, must be the series' unit", example = "USD bn") String unit,
        @Schema(description = "exact (default), approx, almost, more_than or less_than") String qualifier,
        String note,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "key of the source the passage is quoted from") String sourceKey,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "the passage, verbatim as in the source text") String passage,
        @Schema(description = "optional start offset of the passage; needed if it occurs more than once",
                types = "integer") String passageStart,
        @Schema(description = "for PUT: the version you loaded (or send it as If-Match)", types = "integer")
        String version,
        @Schema(hidden = true) @JsonAnySetter Map<String, Object> other) {

    static final List<String> FIELDS = List.of("seriesKey", "period", "precision", "value", "unit", "qualifier",
            "note", "sourceKey", "passage", "passageStart", "version");
    /** What GET shows but a client cannot set. */
    static final Set<String> READ_ONLY = Set.of("id", "periodStart", "periodEnd", "passageEnd", "origin", "review",
            "updatedAt", "updatedBy", "deletedAt");

    /** The input for the service; problems with the JSON itself are a {@link org.crdash.base.ValidationException}. */
    ObservationInput toInput() {
        List<FieldError> errors = new ArrayList<>(RequestBodies.unknownFields(other, READ_ONLY, FIELDS));
        Integer start = RequestBodies.integer("passageStart", passageStart, errors);
        RequestBodies.check(errors);
        return new ObservationInput(seriesKey, period, precision, value, unit, qualifier, note, sourceKey, passage,
                start);
    }
}
