package org.crdash.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET /api/export/datapackage.zip}: a Frictionless Tabular Data Package of everything live — observations,
 * events, series and sources as CSV, each with its Table Schema, the source texts the passages are quoted from —
 * that validates against the Table Schema rules (types parse, keys resolve) and proves its own provenance.
 */
class DataPackageTest extends ExportFixture {

    Map<String, byte[]> files;
    JsonNode descriptor;
    MockHttpServletResponse response;

    /** Downloads the package once per class (MockMvc exists only from the first test on). */
    @BeforeEach
    void download() throws Exception {
        if (files == null) {
            response = get200("/api/export/datapackage.zip");
            files = unzip(response.getContentAsByteArray());
            descriptor = JsonMapper.builder().build().readTree(files.get("datapackage.json"));
        }
    }

    @Test
    void isAZipDownloadWithTheDescriptorAndOneCsvPerTable() {
        assertThat(response.getContentType()).isEqualTo("application/zip");
        assertThat(response.getHeader("Content-Disposition"))
                .matches("attachment; filename=\"crdash-datapackage-\\d{4}-\\d{2}-\\d{2}\\.zip\"");
        assertThat(files).containsKeys("datapackage.json", "observations.csv", "events.csv", "series.csv",
                "sources.csv");
        assertThat(descriptor.path("profile").asString()).isEqualTo("tabular-data-package");
        List<String> tables = new ArrayList<>();
        descriptor.path("resources").forEach(r -> {
            if (r.has("schema")) {
                tables.add(r.path("name").asString());
            }
        });
        assertThat(tables).startsWith("observations", "events", "series", "sources");
    }

    @Test
    void everyRowParsesWithItsSchemaAndEveryKeyResolves() throws Exception {
        assertThat(TableSchemaValidator.validate(descriptor, files)).isEmpty();
    }

    @Test
    void theValidationWouldCatchABrokenKey() throws Exception {
        Map<String, byte[]> broken = new LinkedHashMap<>(files);
        String series = new String(files.get("series.csv"), StandardCharsets.UTF_8);
        broken.put("series.csv", series.replace("\r\nchina_russia_trade_usd_bn,", "\r\nno_such_series,")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(TableSchemaValidator.validate(descriptor, broken))
                .anySatisfy(p -> assertThat(p).contains("observations row").contains("china_russia_trade_usd_bn"));
    }

    @Test
    void schemasDescribeEveryFieldAndTheKeys() {
        JsonNode observations = resource("observations").path("schema");
        observations.path("fields").forEach(f -> assertThat(f.path("description").asString())
                .as("description of %s", f.path("name").asString()).isNotBlank());
        assertThat(field(observations, "value").path("type").asString()).isEqualTo("number");
        assertThat(field(observations, "value").path("description").asString()).contains("unit");
        assertThat(field(observations, "period_start").path("type").asString()).isEqualTo("date");
        assertThat(field(observations, "passage_start").path("type").asString()).isEqualTo("integer");
        assertThat(field(observations, "created_at").path("type").asString()).isEqualTo("datetime");
        assertThat(field(observations, "unit").path("constraints").path("enum").toString()).contains("USD bn");
        assertThat(observations.path("primaryKey").toString()).isEqualTo("[\"id\"]");
        assertThat(observations.path("foreignKeys").toString())
                .contains("{\"fields\":[\"series_key\"],\"reference\":{\"resource\":\"series\",\"fields\":[\"series_key\"]}}")
                .contains("{\"fields\":[\"source_file\"],\"reference\":{\"resource\":\"sources\",\"fields\":[\"source_key\"]}}");
        assertThat(resource("events").path("schema").path("foreignKeys").toString())
                .contains("\"resource\":\"sources\"");
        assertThat(resource("series").path("schema").path("primaryKey").toString()).isEqualTo("[\"series_key\"]");
        assertThat(resource("sources").path("schema").path("primaryKey").toString()).isEqualTo("[\"source_key\"]");
    }

    @Test
    void holdsEveryLiveRowAndTheSameCsvAsTheDownloads() throws Exception {
        assertThat(rows("observations.csv")).hasSize((int) count("SELECT count(*) FROM observation WHERE deleted_at IS NULL"));
        assertThat(rows("events.csv")).hasSize((int) count("SELECT count(*) FROM event WHERE deleted_at IS NULL"));
        assertThat(rows("series.csv")).hasSize((int) count("SELECT count(*) FROM series"));
        assertThat(new String(files.get("observations.csv"), StandardCharsets.UTF_8))
                .isEqualTo(body(get200("/api/export/observations.csv")));
        assertThat(new String(files.get("events.csv"), StandardCharsets.UTF_8))
                .isEqualTo(body(get200("/api/export/events.csv")));
    }

    @Test
    void everyPassageIsTheSliceOfItsSourceTextInThePackage() throws Exception {
        Map<String, String> texts = new LinkedHashMap<>();
        for (CSVRecord source : rows("sources.csv")) {
            byte[] text = files.get(source.get("text_path"));
            assertThat(text).as("text of %s", source.get("source_key")).isNotNull();
            assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text)))
                    .isEqualTo(source.get("sha256"));
            texts.put(source.get("source_key"), new String(text, StandardCharsets.UTF_8));
        }
        assertThat(texts).containsKey(SOURCE_KEY).hasSizeGreaterThanOrEqualTo(6);
        int checked = 0;
        for (String table : List.of("observations.csv", "events.csv")) {
            for (CSVRecord r : rows(table)) {
                String text = texts.get(r.get("source_file"));
                int start = text.offsetByCodePoints(0, Integer.parseInt(r.get("passage_start")));
                int end = text.offsetByCodePoints(0, Integer.parseInt(r.get("passage_end")));
                assertThat(text.substring(start, end)).as("%s id %s", table, r.get("id")).isEqualTo(r.get("passage"));
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(225);
        JsonNode text = resource("source-text-" + rows("sources.csv").getFirst().get("id"));
        assertThat(text.path("mediatype").asString()).isEqualTo("text/plain");
        assertThat(text.path("hash").asString()).startsWith("sha256:");
    }

    private JsonNode resource(String name) {
        for (JsonNode r : descriptor.path("resources")) {
            if (r.path("name").asString().equals(name)) {
                return r;
            }
        }
        throw new AssertionError("no resource " + name);
    }

    private static JsonNode field(JsonNode schema, String name) {
        for (JsonNode f : schema.path("fields")) {
            if (f.path("name").asString().equals(name)) {
                return f;
            }
        }
        throw new AssertionError("no field " + name);
    }

    private List<CSVRecord> rows(String file) throws Exception {
        try (CSVParser csv = ExportControllerTest.parse(new String(files.get(file), StandardCharsets.UTF_8))) {
            return csv.getRecords();
        }
    }

    static Map<String, byte[]> unzip(byte[] zip) throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                files.put(e.getName(), in.readAllBytes());
            }
        }
        return files;
    }
}
