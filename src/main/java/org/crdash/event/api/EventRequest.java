package org.crdash.event.api;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crdash.base.FieldError;
import org.crdash.base.api.RequestBodies;
import org.crdash.event.EventInput;

/**
 * The body of {@code POST /api/events} and {@code PUT /api/events/{id}}: the writable fields of
 * {@link EventJson}, under the same names, so an event fetched with GET can be changed and sent back.
 */
@Schema(name = "EventRequest", description = "An event to add or the new state of one to change")
record EventRequest(
        @Schema(description = "2024, 2024-Q1, 2024-03, 2024-03-15, 1990s, a range A/B, or empty if undated",
                example = "2024-05-16") String date,
        @Schema(description = "optional: day, month, quarter, year, decade, range or none; must agree with the date")
        String precision,
        @Schema(description = "how the source words the date; defaults to the date") String dateText,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String title,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "summit, diplomatic visit, treaty/agreement, statement, trade milestone, sanction, "
                + "energy project, military exercise, war or other") String category,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "key of the source the passage is quoted from") String sourceKey,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "the passage, verbatim as in the source text") String passage,
        @Schema(description = "optional start offset of the passage; needed if it occurs more than once",
                types = "integer") String passageStart,
        String note,
        @Schema(description = "for PUT: the version you loaded (or send it as If-Match)", types = "integer")
        String version,
        @Schema(hidden = true) @JsonAnySetter Map<String, Object> other) {

    static final List<String> FIELDS = List.of("date", "precision", "dateText", "title", "category", "sourceKey",
            "passage", "passageStart", "note", "version");
    static final Set<String> READ_ONLY = Set.of("id", "dateStart", "dateEnd", "passageEnd", "origin", "review", "updatedAt",
            "updatedBy", "deletedAt");

    EventInput toInput() {
        List<FieldError> errors = new ArrayList<>(RequestBodies.unknownFields(other, READ_ONLY, FIELDS));
        Integer start = RequestBodies.integer("passageStart", passageStart, errors);
        RequestBodies.check(errors);
        return new EventInput(date, precision, dateText, title, category, sourceKey, passage, start, note);
    }
}
