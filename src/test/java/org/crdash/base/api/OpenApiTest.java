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
    void swaggerUiIsServed() throws Exception {
        MockHttpServletResponse redirect = mvc.perform(get("/swagger-ui.html")).andReturn().getResponse();
        assertThat(redirect.getStatus()).isEqualTo(302);
        assertThat(redirect.getRedirectedUrl()).endsWith("/swagger-ui/index.html");
        assertThat(body(get200("/swagger-ui/index.html"))).contains("swagger-ui");
    }
}
