package org.crdash.series.api;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crdash.base.api.RequestBodies;
import org.crdash.series.SeriesInput;

/** The body of {@code POST /api/series}: the writable fields of {@link SeriesJson}. */
@Schema(name = "SeriesRequest", description = "A new series")
record SeriesRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "snake_case key, 3-100 characters", example = "china_russia_lng_mt") String key,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "China's LNG imports from Russia") String name,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "a unit code, e.g. USD bn, %, count", example = "Mt") String unit,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "a category code, e.g. trade_value, energy", example = "energy") String category,
        String description,
        @Schema(description = "for PUT: the version you loaded (or send it as If-Match)", types = "integer")
        String version,
        @Schema(hidden = true) @JsonAnySetter Map<String, Object> other) {

    static final List<String> FIELDS = List.of("key", "name", "unit", "category", "description", "version");
    static final Set<String> READ_ONLY = Set.of("categoryLabel", "origin", "observations", "sources",
            "firstStart", "lastEnd", "observationsUrl");

    SeriesInput toInput() {
        RequestBodies.check(RequestBodies.unknownFields(other, READ_ONLY, FIELDS));
        return new SeriesInput(key, name, unit, category, description);
    }
}
