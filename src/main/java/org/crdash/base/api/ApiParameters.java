package org.crdash.base.api;

import io.swagger.v3.oas.models.media.BooleanSchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The list filters' query parameters are read as strings (so that a bad value is a 400 naming it); this documents
 * the values they take, so that every value the spec allows is one the API accepts.
 */
@Configuration(proxyBeanMethods = false)
class ApiParameters {

    private static final Map<String, Schema<?>> DATA = Map.of(
            "from", period(), "to", period(),
            "origin", codes("seeded", "user"),
            "review", codes("extracted", "reviewed", "disputed"),
            "includeDeleted", new BooleanSchema()._default(false), "excel", new BooleanSchema()._default(false),
            "decimal", codes("comma", "point"),
            "page", new IntegerSchema().minimum(BigDecimal.ZERO)._default(0),
            "size", new IntegerSchema().minimum(BigDecimal.ONE).maximum(BigDecimal.valueOf(Params.MAX_PAGE_SIZE)),
            "category", codes("summit", "diplomatic visit", "treaty/agreement", "statement", "trade milestone",
                    "sanction", "energy project", "military exercise", "war", "other"));
    private static final Map<String, Schema<?>> CHECKS = Map.of(
            "kind", codes("value_conflict", "period_overlap", "not_in_passage", "growth_vs_levels", "growth_chain",
                    "same_quantity", "parts_and_total", "target"),
            "verdict", codes("consistent", "agrees_after_rounding", "conflict"),
            "severity", codes("none", "low", "medium", "high"),
            "review", codes("open", "explained", "error_in_source"),
            "excel", DATA.get("excel"), "decimal", DATA.get("decimal"));

    @Bean
    OpenApiCustomizer filterParameters() {
        return api -> api.getPaths().forEach((path, item) -> item.readOperations().forEach(operation -> {
            Map<String, Schema<?>> schemas = path.startsWith("/api/checks") || path.equals("/api/export/checks.csv")
                    ? CHECKS : DATA;
            for (Parameter p : operation.getParameters() == null ? List.<Parameter>of() : operation.getParameters()) {
                if ("query".equals(p.getIn()) && schemas.containsKey(p.getName())) {
                    p.setSchema(schemas.get(p.getName()));
                }
            }
        }));
    }

    private static Schema<?> period() {
        // the calendar itself, so a generated "2024-02-31" is not schema-valid (the server refuses it with 400)
        return new StringSchema().pattern("^(?:[0-9]{4}(?:-Q[1-4]|-(?:0[1-9]|1[0-2]))?"
                        + "|[0-9]{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)"
                        + "|02-(?:0[1-9]|1[0-9]|2[0-8]))"
                        + "|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$")
                .example("2024-03").description("YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD");
    }

    private static Schema<?> codes(String... values) {
        return new StringSchema()._enum(List.of(values));
    }
}
