package org.crdash.base.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.Map;
import org.crdash.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

class OpenApiTest extends ApiTest {

    @Test
    void apiDocsDescribeEveryEndpoint() throws Exception {
        MockHttpServletResponse response = get200("/v3/api-docs");
        assertThat(response.getContentType()).startsWith("application/json");
        Map<String, Object> paths = json(response, "$.paths");
        assertThat(paths).containsKeys("/api/series", "/api/series/{key}", "/api/observations",
                "/api/observations/{id}", "/api/events", "/api/events/{id}", "/api/sources", "/api/sources/{key}",
                "/api/sources/{key}/text", "/api/export/observations.csv", "/api/export/events.csv");
        assertThat(paths.keySet()).allSatisfy(p -> assertThat(p).startsWith("/api/"));
    }

    @Test
    void writeEndpointsAreDocumentedWithTheBasicAuthScheme() throws Exception {
        MockHttpServletResponse response = get200("/v3/api-docs");
        Map<String, Object> scheme = json(response, "$.components.securitySchemes.basicAuth");
        assertThat(scheme).containsEntry("type", "http").containsEntry("scheme", "basic");

        Map<String, Map<String, Object>> writes = Map.of(
                "/api/observations", json(response, "$.paths['/api/observations'].post"),
                "/api/observations/{id} PUT", json(response, "$.paths['/api/observations/{id}'].put"),
                "/api/observations/{id} DELETE", json(response, "$.paths['/api/observations/{id}'].delete"),
                "/api/observations/{id}/restore", json(response, "$.paths['/api/observations/{id}/restore'].post"),
                "/api/events", json(response, "$.paths['/api/events'].post"),
                "/api/events/{id} PUT", json(response, "$.paths['/api/events/{id}'].put"),
                "/api/events/{id} DELETE", json(response, "$.paths['/api/events/{id}'].delete"),
                "/api/events/{id}/restore", json(response, "$.paths['/api/events/{id}/restore'].post"),
                "/api/series", json(response, "$.paths['/api/series'].post"),
                "/api/sources", json(response, "$.paths['/api/sources'].post"));
        writes.forEach((name, operation) -> {
            assertThat(operation).as(name).isNotNull();
            assertThat(operation.get("security")).as(name).isEqualTo(java.util.List.of(Map.of("basicAuth",
                    java.util.List.of())));
            assertThat((Map<String, Object>) operation.get("responses")).as(name).containsKeys("401", "403", "422");
        });
        assertThat((Map<String, Object>) writes.get("/api/observations/{id} PUT").get("responses"))
                .containsKeys("200", "404", "409", "428");
        assertThat((java.util.List<String>) json(response,
                "$.paths['/api/observations/{id}'].put.parameters[*].name")).contains("id", "If-Match");
        Map<String, Map<String, Object>> fields = json(response, "$.components.schemas.ObservationRequest.properties");
        assertThat(fields).containsKeys("seriesKey", "value", "passage", "passageStart", "version")
                .doesNotContainKey("other");
        assertThat(fields.get("passageStart").toString()).contains("integer");
        for (String json : java.util.List.of("ObservationJson", "EventJson")) {
            Map<String, Object> review = json(response, "$.components.schemas." + json + ".properties.review");
            assertThat(review).as(json).containsEntry("type", "string")
                    .containsEntry("enum", java.util.List.of("extracted", "reviewed", "disputed"));
            assertThat((java.util.List<String>) json(response, "$.components.schemas." + json + ".required"))
                    .as(json).contains("review", "origin");
        }
        assertThat((Map<String, Object>) json(response, "$.paths['/api/observations'].get"))
                .as("reading needs no sign-in").doesNotContainKey("security");
    }

    @Test
    void thePeriodPatternAdmitsExactlyTheDaysOfTheCalendarAndTheServerTakesEachOne() throws Exception {
        MockHttpServletResponse response = get200("/v3/api-docs");
        java.util.List<String> patterns = json(response,
                "$.paths['/api/observations'].get.parameters[?(@.name == 'from')].schema.pattern");
        java.util.regex.Pattern period = java.util.regex.Pattern.compile(patterns.getFirst());
        for (int year : new int[] {1900, 2000, 2023, 2024}) {
            for (int month = 1; month <= 12; month++) {
                for (int day = 1; day <= 31; day++) {
                    String text = String.format("%04d-%02d-%02d", year, month, day);
                    boolean exists = day <= java.time.YearMonth.of(year, month).lengthOfMonth();
                    assertThat(period.matcher(text).matches()).as(text).isEqualTo(exists);
                }
            }
        }
        for (String text : java.util.List.of("2024", "2024-Q3", "2024-02", "2024-02-29", "2000-02-29", "2023-12-31")) {
            assertThat(period.matcher(text).matches()).as(text).isTrue();
            assertThat(mvc.perform(get("/api/observations").param("from", text)).andReturn().getResponse()
                    .getStatus()).as(text).isEqualTo(200);
        }
        assertThat(period.matcher("2024-Q5").matches()).isFalse();
        assertThat(period.matcher("2024-13").matches()).isFalse();
    }

    @Test
    void swaggerUiIsServed() throws Exception {
        MockHttpServletResponse redirect = mvc.perform(get("/swagger-ui.html")).andReturn().getResponse();
        assertThat(redirect.getStatus()).isEqualTo(302);
        assertThat(redirect.getRedirectedUrl()).endsWith("/swagger-ui/index.html");
        assertThat(body(get200("/swagger-ui/index.html"))).contains("swagger-ui");
    }
}
