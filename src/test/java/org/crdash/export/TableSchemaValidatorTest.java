package org.crdash.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The test's Table Schema validator finds each kind of problem it is relied on to find (and accepts good data). */
class TableSchemaValidatorTest {

    static final String DESCRIPTOR = """
            {"profile": "tabular-data-package", "name": "t", "resources": [
              {"name": "series", "path": "series.csv", "profile": "tabular-data-resource",
               "schema": {"fields": [{"name": "key", "type": "string", "constraints": {"required": true}}],
                          "primaryKey": ["key"]}},
              {"name": "values", "path": "values.csv", "profile": "tabular-data-resource",
               "schema": {"fields": [
                  {"name": "id", "type": "integer", "constraints": {"required": true}},
                  {"name": "key", "type": "string"},
                  {"name": "value", "type": "number"},
                  {"name": "day", "type": "date"},
                  {"name": "at", "type": "datetime"},
                  {"name": "unit", "type": "string", "constraints": {"enum": ["km", "%"]}},
                  {"name": "flag", "type": "boolean"}],
                 "primaryKey": ["id"],
                 "foreignKeys": [{"fields": ["key"], "reference": {"resource": "series", "fields": ["key"]}}]}}]}
            """;
    static final String SERIES = "key\r\na\r\nb\r\n";
    static final String HEADER = "id,key,value,day,at,unit,flag\r\n";

    @Test
    void validDataHasNoProblems() throws Exception {
        assertThat(validate(HEADER + "1,a,-12.5,2024-02-29,2026-01-02T03:04:05Z,km,true\r\n2,b,0.00000012,,,,\r\n"))
                .isEmpty();
    }

    @Test
    void eachBrokenRuleIsReported() throws Exception {
        assertThat(validate(HEADER + "x,a,1,2024-01-01,2026-01-02T03:04:05Z,km,true\r\n")).singleElement()
                .asString().contains("id 'x'").contains("not a integer");
        assertThat(validate(HEADER + "1,a,1.2.3,,,,\r\n")).singleElement().asString().contains("value '1.2.3'");
        assertThat(validate(HEADER + "1,a,\"1,5\",,,,\r\n")).singleElement().asString().contains("value '1,5'");
        assertThat(validate(HEADER + "1,a,1,2023-02-29,,,\r\n")).singleElement().asString().contains("day");
        assertThat(validate(HEADER + "1,a,1,,2026-01-02 03:04:05,,\r\n")).singleElement().asString().contains("at");
        assertThat(validate(HEADER + "1,a,1,,,miles,\r\n")).singleElement().asString().contains("not one of");
        assertThat(validate(HEADER + "1,a,1,,,,yes\r\n")).singleElement().asString().contains("flag");
        assertThat(validate(HEADER + ",a,1,,,,\r\n")).anySatisfy(p -> assertThat(p).contains("required"));
        assertThat(validate(HEADER + "1,a,1,,,,\r\n1,b,2,,,,\r\n")).singleElement().asString()
                .contains("primary key").contains("more than once");
        assertThat(validate(HEADER + "1,zzz,1,,,,\r\n")).singleElement().asString().contains("[zzz] is not in series");
        assertThat(validate("id,key,value\r\n1,a,1\r\n")).singleElement().asString().contains("header");
        assertThat(validate(HEADER + "1,a,1,,,\r\n")).singleElement().asString().contains("6 cells for 7 fields");
    }

    @Test
    void aMissingFileIsReported() throws Exception {
        JsonNode descriptor = JsonMapper.builder().build().readTree(DESCRIPTOR);
        assertThat(TableSchemaValidator.validate(descriptor, Map.of("series.csv", bytes(SERIES))))
                .anySatisfy(p -> assertThat(p).contains("values.csv"));
    }

    private static List<String> validate(String values) throws Exception {
        JsonNode descriptor = JsonMapper.builder().build().readTree(DESCRIPTOR);
        return TableSchemaValidator.validate(descriptor, Map.of("series.csv", bytes(SERIES), "values.csv",
                bytes(values)));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
