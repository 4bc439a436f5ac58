package org.crdash.export;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import tools.jackson.databind.JsonNode;

/**
 * Checks a Frictionless Tabular Data Package (v1) against the Data Package and Table Schema rules, the way the
 * Python {@code frictionless validate} does for what this app writes (which is not installable here: no PyPI):
 * the descriptor (names, paths, known types, keys naming existing fields and resources), then every CSV row —
 * header equals the schema's field names, each cell parses as its field's type in the default format,
 * constraints ({@code required}, {@code unique}, {@code enum}, {@code pattern}, {@code minimum}, lengths), the
 * primary key is unique and complete, and every foreign key resolves. Returns the problems; empty means valid.
 */
final class TableSchemaValidator {

    private static final Pattern NAME = Pattern.compile("^[a-z0-9._-]+$");
    private static final Pattern INTEGER = Pattern.compile("^[+-]?[0-9]+$");
    private static final Pattern NUMBER = Pattern.compile("^[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?$|^(NaN|INF|-INF)$");
    /** Table Schema v1 default datetime format: YYYY-MM-DDThh:mm:ssZ, in UTC. */
    private static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Set<String> TYPES = Set.of("string", "number", "integer", "boolean", "date", "datetime");
    private static final Set<String> TRUE = Set.of("true", "True", "TRUE", "1");
    private static final Set<String> FALSE = Set.of("false", "False", "FALSE", "0");

    private final List<String> problems = new ArrayList<>();
    /** resource name → field name → the values of that column (for foreign keys). */
    private final Map<String, Map<String, List<String>>> columns = new HashMap<>();

    private TableSchemaValidator() {
    }

    /** Validates {@code descriptor} (datapackage.json) with the package's files by path. */
    static List<String> validate(JsonNode descriptor, Map<String, byte[]> files) throws IOException {
        TableSchemaValidator v = new TableSchemaValidator();
        v.check(descriptor, files);
        return v.problems;
    }

    private void check(JsonNode descriptor, Map<String, byte[]> files) throws IOException {
        if (!"tabular-data-package".equals(text(descriptor, "profile"))) {
            problem("package: profile is not tabular-data-package");
        }
        require(descriptor, "name", "package");
        Set<String> names = new HashSet<>();
        List<JsonNode> tables = new ArrayList<>();
        for (JsonNode resource : descriptor.path("resources")) {
            String name = text(resource, "name");
            String where = "resource " + name;
            if (name == null || !NAME.matcher(name).matches() || !names.add(name)) {
                problem(where + ": name missing, not lower-case [a-z0-9._-] or not unique");
            }
            String path = text(resource, "path");
            if (path == null || path.startsWith("/") || path.contains("../") || !files.containsKey(path)) {
                problem(where + ": path '" + path + "' is not a relative path to a file in the package");
                continue;
            }
            if (resource.has("schema")) {
                tables.add(resource);
                table(resource, files.get(path));
            }
        }
        if (tables.isEmpty()) {
            problem("package: no tabular resource");
        }
        for (JsonNode resource : tables) {
            foreignKeys(resource);
        }
    }

    private void table(JsonNode resource, byte[] bytes) throws IOException {
        String name = text(resource, "name");
        JsonNode schema = resource.path("schema");
        List<JsonNode> fields = new ArrayList<>();
        schema.path("fields").forEach(fields::add);
        List<String> fieldNames = fields.stream().map(f -> text(f, "name")).toList();
        for (JsonNode f : fields) {
            if (!TYPES.contains(text(f, "type"))) {
                problem(name + "." + text(f, "name") + ": unknown type " + text(f, "type"));
            }
        }
        List<String> primaryKey = strings(schema.path("primaryKey"));
        for (String key : primaryKey) {
            if (!fieldNames.contains(key)) {
                problem(name + ": primary key field " + key + " is not a field");
            }
        }
        JsonNode dialect = resource.path("dialect");
        char delimiter = dialect.path("delimiter").asString(",").charAt(0);
        Map<String, List<String>> values = new HashMap<>();
        fieldNames.forEach(f -> values.put(f, new ArrayList<>()));
        columns.put(name, values);
        String text = new String(bytes, StandardCharsets.UTF_8);
        try (CSVParser csv = CSVFormat.RFC4180.builder().setDelimiter(delimiter).get().parse(new StringReader(text))) {
            List<CSVRecord> records = csv.getRecords();
            if (records.isEmpty() || !records.getFirst().toList().equals(fieldNames)) {
                problem(name + ": header " + (records.isEmpty() ? "missing" : records.getFirst().toList())
                        + " is not the schema's fields " + fieldNames);
                return;
            }
            for (CSVRecord r : records.subList(1, records.size())) {
                String row = name + " row " + r.getRecordNumber();
                if (r.size() != fields.size()) {
                    problem(row + ": " + r.size() + " cells for " + fields.size() + " fields");
                    continue;
                }
                for (int i = 0; i < fields.size(); i++) {
                    cell(row, fields.get(i), r.get(i));
                    values.get(fieldNames.get(i)).add(r.get(i));
                }
            }
        }
        for (JsonNode f : fields) {
            if (f.path("constraints").path("unique").asBoolean(false)) {
                unique(name + "." + text(f, "name"), List.of(values.get(text(f, "name"))));
            }
        }
        List<List<String>> key = new ArrayList<>();
        primaryKey.forEach(k -> key.add(values.getOrDefault(k, List.of())));
        if (!key.isEmpty()) {
            unique(name + " primary key", key);
            key.forEach(column -> {
                if (column.contains("")) {
                    problem(name + ": a primary key cell is empty");
                }
            });
        }
    }

    private void cell(String row, JsonNode field, String value) {
        String where = row + ", " + text(field, "name") + " '" + value + "'";
        JsonNode constraints = field.path("constraints");
        if (value.isEmpty()) { // the default missingValues [""]
            if (constraints.path("required").asBoolean(false)) {
                problem(where + ": required");
            }
            return;
        }
        String type = text(field, "type");
        boolean parses = switch (type) {
            case "integer" -> INTEGER.matcher(value).matches();
            case "number" -> NUMBER.matcher(value).matches();
            case "boolean" -> TRUE.contains(value) || FALSE.contains(value);
            case "date" -> parses(DATE, value);
            case "datetime" -> parses(DATETIME, value);
            default -> true;
        };
        if (!parses) {
            problem(where + ": not a " + type + " in the default format");
            return;
        }
        if (constraints.has("enum")) {
            boolean listed = false;
            for (JsonNode allowed : constraints.path("enum")) {
                listed |= allowed.asString().equals(value);
            }
            if (!listed) {
                problem(where + ": not one of " + constraints.path("enum"));
            }
        }
        if (constraints.has("pattern") && !Pattern.compile(constraints.path("pattern").asString()).matcher(value).matches()) {
            problem(where + ": does not match " + constraints.path("pattern").asString());
        }
        int length = value.codePointCount(0, value.length());
        if (constraints.has("maxLength") && length > constraints.path("maxLength").asInt()) {
            problem(where + ": longer than " + constraints.path("maxLength").asInt());
        }
        if (constraints.has("minLength") && length < constraints.path("minLength").asInt()) {
            problem(where + ": shorter than " + constraints.path("minLength").asInt());
        }
        if (constraints.has("minimum") && (type.equals("integer") || type.equals("number"))
                && new BigDecimal(value).compareTo(new BigDecimal(constraints.path("minimum").asString())) < 0) {
            problem(where + ": below the minimum " + constraints.path("minimum").asString());
        }
    }

    private void foreignKeys(JsonNode resource) {
        String name = text(resource, "name");
        for (JsonNode fk : resource.path("schema").path("foreignKeys")) {
            List<String> own = strings(fk.path("fields"));
            JsonNode reference = fk.path("reference");
            String target = reference.path("resource").asString("");
            target = target.isEmpty() ? name : target;
            List<String> theirs = strings(reference.path("fields"));
            Map<String, List<String>> targetColumns = columns.get(target);
            if (targetColumns == null || own.size() != theirs.size() || own.isEmpty()
                    || !columns.get(name).keySet().containsAll(own) || !targetColumns.keySet().containsAll(theirs)) {
                problem(name + ": foreign key " + own + " → " + target + theirs + " names a missing resource or field");
                continue;
            }
            Set<List<String>> known = new HashSet<>(tuples(targetColumns, theirs));
            List<List<String>> mine = tuples(columns.get(name), own);
            for (int i = 0; i < mine.size(); i++) {
                List<String> tuple = mine.get(i);
                if (!tuple.contains("") && !known.contains(tuple)) {
                    problem(name + " row " + (i + 2) + ": " + own + " = " + tuple + " is not in " + target + theirs);
                }
            }
        }
    }

    private static List<List<String>> tuples(Map<String, List<String>> table, List<String> fields) {
        int rows = table.get(fields.getFirst()).size();
        List<List<String>> tuples = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            int row = i;
            tuples.add(fields.stream().map(f -> table.get(f).get(row)).toList());
        }
        return tuples;
    }

    private void unique(String what, List<List<String>> columns) {
        Set<List<String>> seen = new HashSet<>();
        int rows = columns.getFirst().size();
        for (int i = 0; i < rows; i++) {
            int row = i;
            List<String> tuple = columns.stream().map(c -> c.get(row)).toList();
            if (!tuple.contains("") && !seen.add(tuple)) {
                problem(what + ": " + tuple + " occurs more than once");
            }
        }
    }

    private static boolean parses(DateTimeFormatter format, String value) {
        try {
            format.parse(value);
            return format == DATE ? LocalDate.parse(value).toString().equals(value) : true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node.isMissingNode()) {
            return out;
        }
        if (node.isString()) {
            out.add(node.asString());
        } else {
            node.forEach(n -> out.add(n.asString()));
        }
        return out;
    }

    private void require(JsonNode node, String property, String where) {
        if (text(node, property) == null) {
            problem(where + ": no " + property);
        }
    }

    private static String text(JsonNode node, String property) {
        JsonNode value = node.path(property);
        return value.isString() ? value.asString() : null;
    }

    private void problem(String problem) {
        if (problems.size() < 50) {
            problems.add(problem);
        }
    }
}
