package org.crdash.series.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import org.crdash.series.SeriesSummary;

/** A series as the REST API shows it, with how many live observations and sources it has. */
public record SeriesJson(String key, String name, String unit, String category, String categoryLabel,
                         @Schema(types = {"string", "null"}) String description, String origin, int version, long observations, long sources,
                         @Schema(types = {"string", "null"}, format = "date") LocalDate firstStart, @Schema(types = {"string", "null"}, format = "date") LocalDate lastEnd, String observationsUrl) {

    static SeriesJson of(SeriesSummary s) {
        var se = s.series();
        return new SeriesJson(se.key(), se.name(), se.unit(), se.category(), s.categoryLabel(), se.description(),
                se.origin().code(), se.version(), s.observations(), s.sources(), s.firstStart(), s.lastEnd(),
                "/api/observations?series=" + se.key());
    }
}
