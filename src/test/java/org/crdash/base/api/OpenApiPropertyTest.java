package org.crdash.base.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A property-based run over {@code /v3/api-docs}: schema-valid requests (real keys, verbatim passages) to every write
 * under /api and every GET with parameters, as the editor. No 5xx, no 400, every answer as documented (a semantic
 * 422 is fine). The seed is printed; {@code -Dfuzz.seed=N} replays a run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class OpenApiPropertyTest {

    private static final String EDITOR = "Basic " + Base64.getEncoder()
            .encodeToString("editor:editor-test-password-1".getBytes(StandardCharsets.UTF_8));
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int CASES = 200;
    private static final String TEXT = "Bilateral trade reached 244.8 billion dollars in 2024, the customs said. "
            + "On 16 May 2024 the leaders signed a joint statement in Beijing. Pipeline gas rose by a quarter.";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newHttpClient();
    private final long seed = Long.getLong("fuzz.seed", System.nanoTime());
    private final Random random = new Random(seed);
    private final List<String> problems = new ArrayList<>();
    private final List<String> sources = new ArrayList<>();
    private final List<String> series = new ArrayList<>();
    private final List<String> rows = new ArrayList<>();
    private OpenApiContract contract;
    private final Map<String, List<String>> keys = new java.util.HashMap<>();
    private final Map<Integer, Integer> statuses = new java.util.TreeMap<>();

    @AfterEach
    void removeWhatItCreated() {
        // the context (and its database) is shared with other tests, which expect the seeded rows only
        rows.forEach(row -> jdbc.sql("DELETE FROM " + row).update());
        for (String key : sources) {
            for (String table : List.of("observation", "event", "extraction_rejection")) {
                jdbc.sql("DELETE FROM " + table + " WHERE source_id = (SELECT id FROM source WHERE source_key = ?)")
                        .param(key).update();
            }
            jdbc.sql("DELETE FROM source WHERE source_key = ?").param(key).update();
        }
        series.forEach(key -> jdbc.sql("DELETE FROM series WHERE series_key = ?").param(key).update());
    }

    @Test
    void schemaValidRequestsAreAnsweredAsDocumented() throws Exception {
        contract = new OpenApiContract(send("GET", "/v3/api-docs", null, null).body());
        fixtures();
        List<String[]> operations = new ArrayList<>();
        JsonNode paths = contract.spec().get("paths");
        for (String template : paths.propertyNames()) {
            for (String method : paths.get(template).propertyNames()) {
                JsonNode op = paths.get(template).get(method);
                boolean write = List.of("post", "put", "patch").contains(method) && (!op.has("requestBody")
                        || op.path("requestBody").path("content").has("application/json")); // CSV import: not here
                if (template.startsWith("/api/") && (write || method.equals("get") && op.has("parameters"))) {
                    operations.add(new String[] {method.toUpperCase(Locale.ROOT), template});
                }
            }
        }
        for (int i = 0; i < CASES; i++) {
            String[] op = operations.get(i < operations.size() ? i : random.nextInt(operations.size()));
            oneCase(op[0], op[1], paths.get(op[1]).get(op[0].toLowerCase(Locale.ROOT)));
        }
        System.out.println("OpenApiPropertyTest seed " + seed + ": " + CASES + " cases, statuses " + statuses);
        assertThat(problems).as("seed " + seed + " (replay with -Dfuzz.seed=" + seed + "), " + CASES
                + " cases over " + operations.size() + " operations").isEmpty();
        assertThat(statuses.keySet()).as("some generated writes succeed").containsAnyOf(200, 201, 204);
    }

    private void oneCase(String method, String template, JsonNode op) throws Exception {
        String path = template;
        StringBuilder query = new StringBuilder();
        String ifMatch = null;
        for (JsonNode p : op.path("parameters")) {
            String name = p.get("name").asString();
            String in = p.get("in").asString();
            if (in.equals("path")) {
                path = path.replace("{" + name + "}", URLEncoder.encode(pathValue(template, name),
                        StandardCharsets.UTF_8));
            } else if (in.equals("query") && !name.equals("after") // a token only a page.next gives
                    && (p.path("required").asBoolean() || random.nextBoolean())) {
                JsonNode value = generate(p.get("schema"), name);
                for (JsonNode v : value.isArray() ? value : JSON.createArrayNode().add(value)) {
                    query.append(query.isEmpty() ? "?" : "&").append(name).append('=')
                            .append(URLEncoder.encode(v.asString(), StandardCharsets.UTF_8));
                }
            } else if (in.equals("header") && name.equals("If-Match")) {
                ifMatch = "\"" + (1 + random.nextInt(2)) + "\"";
            }
        }
        String q = query.toString();
        if (q.contains("decimal=")) { // documented: "with excel=true"
            q = q.replaceAll("[?&]excel=[a-z]*", "");
            q = "?" + q.substring(1) + "&excel=true";
        }
        String body = null;
        JsonNode schema = op.path("requestBody").path("content").path("application/json").get("schema");
        if (schema != null) {
            JsonNode generated = generate(schema, "");
            if (generated instanceof ObjectNode o && o.has("passage") && o.has("sourceKey") && random.nextInt(4) > 0) {
                quoteFromFixture(o);
            }
            if (ifMatch != null && generated.has("version")) { // the two must name the same version
                ((ObjectNode) generated).put("version", Integer.parseInt(ifMatch.replace("\"", "")));
            }
            body = generated.toString();
        }
        String request = method + " " + path + q + (ifMatch == null ? "" : " If-Match " + ifMatch)
                + (body == null ? "" : " " + body);
        HttpResponse<String> r = send(method, path + q, body, ifMatch);
        statuses.merge(r.statusCode(), 1, Integer::sum);
        if (r.statusCode() >= 500 || r.statusCode() == 400) { // a 400 says the request broke the schema
            problems.add(request + " → " + r.statusCode() + " for a schema-valid request: " + r.body());
        }
        contract.problems(method, path, r.statusCode(), r.headers().firstValue("Content-Type").orElse(null), r.body())
                .forEach(p -> problems.add(request + ": " + p));
        if (r.statusCode() == 201) {
            JsonNode created = JSON.readTree(r.body());
            if (template.equals("/api/sources")) {
                sources.add(created.get("key").asString());
            } else if (template.equals("/api/series")) {
                series.add(created.get("key").asString());
            } else if (created.has("id")) {
                rows.add((template.contains("event") ? "event" : "observation") + " WHERE id = " + created.get("id"));
            }
        }
    }

    /** A value the schema allows, preferring the spec's own examples and the database's real keys. */
    private JsonNode generate(JsonNode schema, String name) {
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asString();
            return generate(contract.spec().at(ref.substring(1)), name);
        }
        if (schema.has("enum")) {
            JsonNode values = schema.get("enum");
            return values.get(random.nextInt(values.size()));
        }
        if (schema.has("example") && (schema.has("pattern") || random.nextInt(3) > 0)) {
            return schema.get("example");
        }
        String type = schema.path("type").isArray() ? schema.get("type").get(0).asString()
                : schema.path("type").asString("string");
        switch (type) {
            case "object" -> {
                ObjectNode o = JSON.createObjectNode();
                String required = schema.path("required").toString();
                for (String property : schema.path("properties").propertyNames()) {
                    if (required.contains("\"" + property + "\"") || random.nextBoolean()) {
                        o.set(property, generate(schema.get("properties").get(property), property));
                    }
                }
                return o;
            }
            case "array" -> {
                var a = JSON.createArrayNode();
                for (int i = 1 + random.nextInt(2); i > 0; i--) {
                    a.add(generate(schema.get("items"), name));
                }
                return a;
            }
            case "integer" -> {
                return JSON.getNodeFactory().numberNode(schema.path("minimum").asInt(0) + random.nextInt(4));
            }
            case "number" -> { return JSON.getNodeFactory().numberNode(random.nextInt(1000) / 10.0); }
            case "boolean" -> { return JSON.getNodeFactory().booleanNode(random.nextBoolean()); }
            default -> {
                if (schema.has("default") && random.nextBoolean()) {
                    return JSON.getNodeFactory().stringNode(schema.get("default").asString());
                }
                return JSON.getNodeFactory().stringNode(string(schema, name));
            }
        }
    }

    private String string(JsonNode schema, String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        List<String> pool = lower.startsWith("series") ? keys.get("series")
                : lower.startsWith("source") ? keys.get("sources") : null;
        if (pool != null) {
            return pool.get(random.nextInt(pool.size()));
        }
        if ("date".equals(schema.path("format").asString(""))) {
            return LocalDate.of(2010 + random.nextInt(16), 1 + random.nextInt(12), 1 + random.nextInt(28)) + "";
        }
        int min = schema.path("minLength").asInt(1);
        int max = Math.max(min, Math.min(schema.path("maxLength").asInt(12), 12));
        StringBuilder s = new StringBuilder("fz");
        while (s.length() < min + random.nextInt(max - min + 1)) {
            s.append((char) ('a' + random.nextInt(26)));
        }
        return s.substring(0, Math.max(min, Math.min(s.length(), max)));
    }

    /** The body quotes the fixture source verbatim, at a code-point offset, so that the request can succeed. */
    private void quoteFromFixture(ObjectNode body) {
        int start = random.nextInt(TEXT.length() - 20);
        int end = start + 5 + random.nextInt(15);
        body.put("sourceKey", sources.getFirst());
        body.put("passage", TEXT.substring(start, end));
        body.put("passageStart", start);
        if (body.has("seriesKey") && random.nextBoolean()) {
            body.put("seriesKey", series.getFirst());
        }
    }

    /** Path variables: the rows of this test for writes (so seeded rows stay as they are), real ones for reads. */
    private String pathValue(String template, String name) throws Exception {
        boolean write = !template.matches("^/api/(sources|series|observations|events|checks)/\\{[a-z]+}$")
                || random.nextBoolean();
        if (template.startsWith("/api/sources/")) {
            return name.equals("key") ? sources.getFirst() : "c" + random.nextInt(3);
        }
        if (template.startsWith("/api/series/")) {
            return series.getFirst();
        }
        if (template.startsWith("/api/observations/") || template.startsWith("/api/events/")) {
            String table = template.startsWith("/api/events/") ? "event" : "observation";
            List<Long> ids = jdbc.sql("SELECT id FROM " + table + " WHERE source_id = (SELECT id FROM source WHERE "
                    + "source_key = ?)").param(sources.getFirst()).query(Long.class).list();
            return String.valueOf(!write && random.nextBoolean() ? 1 + random.nextInt(3)
                    : ids.isEmpty() ? 999_999_999L : ids.get(random.nextInt(ids.size())));
        }
        // checks: reading any of them is harmless; a review is written only to a key no check has
        List<String> checks = keys.get("checks");
        return template.endsWith("/review") ? "no-such-check" : checks.get(random.nextInt(checks.size()));
    }

    /** A source and a series of this test's own, and the database's real keys for the generator. */
    private void fixtures() throws Exception {
        sources.add(created("/api/sources", JSON.createObjectNode().put("title", "Property run " + seed)
                .put("fullText", TEXT)));
        series.add(created("/api/series", JSON.createObjectNode().put("key", "fuzz_" + seed).put("name", "Property run")
                .put("unit", "USD bn").put("category", "trade_value")));
        keys.put("series", column(send("GET", "/api/series", null, null).body(), "key"));
        keys.put("sources", column(send("GET", "/api/sources", null, null).body(), "key"));
        keys.put("checks", column(send("GET", "/api/checks", null, null).body(), "key"));
    }

    private String created(String path, ObjectNode body) throws Exception {
        HttpResponse<String> r = send("POST", path, body.toString(), null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return JSON.readTree(r.body()).get("key").asString();
    }

    private static List<String> column(String json, String field) {
        List<String> values = new ArrayList<>();
        JsonNode rows = JSON.readTree(json);
        rows = rows.isArray() ? rows : rows.has("items") ? rows.get("items") : rows.path("findings");
        rows.forEach(row -> values.add(row.get(field).asString()));
        return values;
    }

    private HttpResponse<String> send(String method, String pathAndQuery, String body, String ifMatch)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .header("Authorization", EDITOR);
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
