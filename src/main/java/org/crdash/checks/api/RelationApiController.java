package org.crdash.checks.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.crdash.checks.CheckService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** How series relate: the data behind the claim checker's arithmetic (seed-data/relations.csv and editors' rows). */
@RestController
@RequestMapping("/api/relations")
class RelationApiController {

    private final CheckService checks;

    RelationApiController(CheckService checks) {
        this.checks = checks;
    }

    record RelationJson(long id, String kind, String seriesKey, @Schema(types = {"string", "null"}) String ofSeriesKey,
                        @Schema(types = {"string", "null"}) String whole, boolean acrossPeriods, @Schema(types = {"string", "null"}) String note, String origin) {
    }

    @GetMapping
    @Operation(summary = "Relations between series (growth_of, same_quantity_as, component_of, part_of, share_of, …)")
    List<RelationJson> relations() {
        return checks.relations().stream().map(r -> new RelationJson(r.id(), r.kind().code(), r.seriesKey(),
                r.ofSeriesKey(), r.whole(), r.acrossPeriods(), r.note(), r.origin().code())).toList();
    }
}
