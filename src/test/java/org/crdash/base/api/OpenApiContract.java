package org.crdash.base.api;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The API's answers checked against its own OpenAPI document: the operation must exist, the status must be
 * documented for it, the content type must be one it documents, and a JSON body must validate against the
 * documented schema (OpenAPI 3.1 schemas are JSON Schema 2020-12). Any drift between the spec and what the
 * controllers do is a list of problems.
 */
public final class OpenApiContract {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    private final JsonNode spec;
    private final Map<String, Schema> compiled = new ConcurrentHashMap<>();

    public OpenApiContract(String specJson) {
        this.spec = JSON.readTree(specJson);
    }

    public JsonNode spec() {
        return spec;
    }

    /** The spec's path template a concrete path matches, e.g. {@code /api/observations/{id}}, or {@code null}. */
    public String template(String path) {
        if (spec.get("paths").has(path)) {
            return path; // a literal path wins over a template that also matches, as in Spring MVC
        }
        for (Iterator<String> names = spec.get("paths").propertyNames().iterator(); names.hasNext(); ) {
            String template = names.next();
            String regex = Pattern.quote(template).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q");
            if (path.matches(regex)) {
                return template;
            }
        }
        return null;
    }

    /**
     * Problems with one answer, empty when it is what the spec says.
     *
     * @param path the request path without query, e.g. {@code /api/observations/12}
     */
    public List<String> problems(String method, String path, int status, String contentType, String body) {
        List<String> problems = new ArrayList<>();
        String what = method + " " + path + " → " + status;
        String template = template(path);
        if (template == null) {
            if (status != 404) {
                problems.add(what + ": an undocumented path must answer 404");
            }
            return problems;
        }
        JsonNode operation = spec.get("paths").get(template).get(method.toLowerCase(Locale.ROOT));
        if (operation == null) {
            if (status != 405) {
                problems.add(what + ": an undocumented method must answer 405");
            }
            return problems;
        }
        JsonNode response = operation.path("responses").get(String.valueOf(status));
        if (response == null) {
            response = operation.path("responses").get("default");
        }
        if (response == null) {
            problems.add(what + ": status not documented for " + method + " " + template + " (documented: "
                    + names(operation.path("responses")) + ")");
            return problems;
        }
        JsonNode content = response.get("content");
        if (content == null || content.isEmpty()) {
            if (body != null && !body.isEmpty()) {
                problems.add(what + ": documented without a body but has one: " + abbreviate(body));
            }
            return problems;
        }
        String type = contentType == null ? "" : contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        JsonNode media = content.get(type);
        if (media == null && content.has("*/*")) {
            media = content.get("*/*");
        }
        if (media == null) {
            problems.add(what + ": content type '" + type + "' not documented (documented: " + names(content) + ")");
            return problems;
        }
        JsonNode schema = media.get("schema");
        if (schema != null && (type.endsWith("json"))) {
            JsonNode instance;
            try {
                instance = JSON.readTree(body == null ? "" : body);
            } catch (RuntimeException e) {
                problems.add(what + ": body is not JSON: " + abbreviate(body));
                return problems;
            }
            for (Error error : compile(schema).validate(instance)) {
                problems.add(what + ": " + error.getInstanceLocation() + " " + error.getMessage());
            }
        }
        return problems;
    }

    private Schema compile(JsonNode schema) {
        return compiled.computeIfAbsent(schema.toString(), s -> {
            // the schema inside a document that has the spec's components, so that its $refs resolve
            ObjectNode document = JSON.createObjectNode();
            document.put("$schema", "https://json-schema.org/draft/2020-12/schema");
            document.set("components", spec.get("components"));
            document.set("allOf", JSON.createArrayNode().add(schema));
            return SCHEMAS.getSchema(document);
        });
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.propertyNames().forEach(names::add);
        return names;
    }

    private static String abbreviate(String s) {
        return s == null ? "" : s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }
}
