package org.crdash.base.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/**
 * Walks {@code /v3/api-docs} and calls every documented operation through the real server, the way a
 * property-based OpenAPI tester does: each GET with its defaults and with odd values for every parameter, each write
 * anonymously, with an empty body and with a body type it does not take. Every answer must be one the spec
 * documents — status, content type and schema — and none may be a server error. Three undocumented paths answer
 * 404 problem JSON.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class OpenApiWalkTest {

    private static final String EDITOR = "Basic " + Base64.getEncoder()
            .encodeToString("editor:editor-test-password-1".getBytes(StandardCharsets.UTF_8));
    /** What a fuzzer tries in a query parameter: empty, words, numbers out of range, NUL, injection, astral. */
    private static final List<String> ODD_VALUES = List.of("", "x", "-1", "0", "99999999999", "2024", "true",
            "\u0000", "' OR 1=1 --", "𝑥😀", "2024-13-45");

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();
    private OpenApiContract contract;
    private final List<String> problems = new ArrayList<>();
    private int calls;

    @BeforeEach
    void loadSpec() throws Exception {
        String spec = send("GET", "/v3/api-docs", null, null, null).response().body();
        java.nio.file.Files.writeString(java.nio.file.Path.of("target", "openapi.json"), spec);
        contract = new OpenApiContract(spec);
    }

    @Test
    void everyDocumentedOperationAnswersAsDocumented() throws Exception {
        Map<String, String> examples = examples();
        JsonNode paths = contract.spec().get("paths");
        for (String template : paths.propertyNames()) {
            for (String method : paths.get(template).propertyNames()) {
                JsonNode operation = paths.get(template).get(method);
                String path = fill(template, examples);
                String m = method.toUpperCase(Locale.ROOT);
                if (m.equals("GET")) {
                    // a row's sub-resource may rightly be missing (a seeded source has no original file): 404
                    check(send(m, path, null, null, null), template.contains("{") ? -1 : 200);
                    for (JsonNode parameter : operation.path("parameters")) {
                        if (parameter.path("in").asString().equals("query")) {
                            for (String value : ODD_VALUES) {
                                String name = parameter.get("name").asString();
                                check(send(m, path + "?" + name + "=" + URLEncoder.encode(value,
                                        StandardCharsets.UTF_8), null, null, null), -1);
                            }
                        }
                    }
                } else {
                    boolean json = operation.path("requestBody").path("content").has("application/json")
                            || !operation.has("requestBody");
                    check(send(m, path, null, "application/json", "{}"), json ? 401 : 415);
                    check(send(m, path, EDITOR, "application/json", "{}"), -1);
                    check(send(m, path, EDITOR, "application/xml", "<a/>"), -1);
                }
            }
        }
        java.nio.file.Files.write(java.nio.file.Path.of("target", "openapi-walk-problems.txt"), problems);
        assertThat(calls).isGreaterThan(100);
        assertThat(problems).as("answers that differ from /v3/api-docs").isEmpty();
    }

    @Test
    void undocumentedPathsAnswer404ProblemJson() throws Exception {
        for (String path : List.of("/api/figures", "/api/series/x/observations/y", "/api/export/observations.xlsx")) {
            HttpResponse<String> response = send("GET", path, null, null, null).response();
            assertThat(contract.template(path)).as(path).isNull();
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).as(path)
                    .startsWith("application/problem+json");
            assertThat((Integer) JsonPath.read(response.body(), "$.status")).isEqualTo(404);
        }
    }

    /** Real keys and ids for the path variables, so the GETs reach the data. */
    private Map<String, String> examples() throws Exception {
        String series = JsonPath.read(send("GET", "/api/series", null, null, null).response().body(), "$[0].key");
        String source = JsonPath.read(send("GET", "/api/sources", null, null, null).response().body(), "$[0].key");
        Integer observation = JsonPath.read(send("GET", "/api/observations", null, null, null).response().body(), "$.items[0].id");
        Integer event = JsonPath.read(send("GET", "/api/events", null, null, null).response().body(), "$.items[0].id");
        return Map.of("/api/series/{key}", series, "/api/sources/{key}", source, "/api/observations/{id}",
                String.valueOf(observation), "/api/events/{id}", String.valueOf(event));
    }

    private static String fill(String template, Map<String, String> examples) {
        for (Map.Entry<String, String> e : examples.entrySet()) {
            if (template.startsWith(e.getKey())) {
                return e.getKey().replaceAll("\\{[^}]+}", e.getValue())
                        + template.substring(e.getKey().length()).replaceAll("\\{[^}]+}", "no-such-key");
            }
        }
        return template.replaceAll("\\{[^}]+}", "no-such-key"); // a path this walk has no example for: its 404
    }

    private void check(Exchange exchange, int expectedStatus) {
        calls++;
        HttpResponse<String> r = exchange.response();
        String path = r.uri().getRawPath();
        if (expectedStatus > 0 && r.statusCode() != expectedStatus) {
            problems.add(exchange.method() + " " + r.uri() + ": expected " + expectedStatus + ", got "
                    + r.statusCode() + " " + abbreviate(r.body()));
        }
        if (r.statusCode() >= 500) {
            problems.add(exchange.method() + " " + r.uri() + ": server error " + abbreviate(r.body()));
        }
        problems.addAll(contract.problems(exchange.method(), path, r.statusCode(),
                r.headers().firstValue("Content-Type").orElse(null), r.body()));
    }

    private record Exchange(String method, HttpResponse<String> response) {
    }

    private Exchange send(String method, String pathAndQuery, String authorization, String contentType,
                          String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return new Exchange(method, http.send(request.build(), HttpResponse.BodyHandlers.ofString()));
    }

    private static String abbreviate(String s) {
        return s == null ? "" : s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }
}
