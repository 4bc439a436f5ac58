package org.crdash.source.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.crdash.ApiTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;

/** Adding sources and series through the API, then quoting from the new source. */
class SourceWriteApiTest extends ApiTest {

    /** Its figures are for 2024 trade, where 001 says $237 bn: the claim checks warn, they are saved anyway. */
    private static final String SAVE_ANYWAY = "/api/observations?acknowledgeWarnings=true";

    private final List<String> createdSources = new ArrayList<>();
    private final List<String> createdSeries = new ArrayList<>();

    @AfterEach
    void removeCreatedRows() {
        for (String key : createdSources) {
            jdbc.sql("DELETE FROM observation WHERE source_id = (SELECT id FROM source WHERE source_key = ?)")
                    .param(key).update();
            jdbc.sql("DELETE FROM source WHERE source_key = ?").param(key).update();
        }
        createdSeries.forEach(key -> jdbc.sql("DELETE FROM series WHERE series_key = ?").param(key).update());
    }

    static Map<String, Object> source(String text) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "Rail freight report (API test)");
        body.put("author", "A. Author");
        body.put("publisher", "Some Paper");
        body.put("publishedDate", "2024-05");
        body.put("publishedPrecision", "month");
        body.put("url", "https://example.org/rail");
        body.put("fullText", text);
        return body;
    }

    long audits(String entity) {
        return count("SELECT count(*) FROM audit_log WHERE entity_type = ?", entity);
    }

    @Test
    void anEditorAddsASourceWithItsFullTextAndFiguresCanQuoteIt() throws Exception {
        String text = "Rail freight between China and Russia grew by 17% in 2024 (" + UUID.randomUUID() + ").\r\n"
                + "Second line: «кириллица» and 中文.\n";
        long sources = count("SELECT count(*) FROM source");
        long audits = audits("source");

        MockHttpServletResponse r = expect(201, send(post("/api/sources").with(asEditor()), source(text)));

        String key = json(r, "$.key");
        createdSources.add(key);
        assertThat(key).startsWith("user-");
        assertThat(r.getHeader(HttpHeaders.LOCATION)).endsWith("/api/sources/" + key);
        assertThat((String) json(r, "$.origin")).isEqualTo("user");
        assertThat((String) json(r, "$.publishedPrecision")).isEqualTo("month");
        assertThat(count("SELECT count(*) FROM source")).isEqualTo(sources + 1);
        assertThat(audits("source")).isEqualTo(audits + 1);
        String stored = text.replace("\r\n", "\n");
        assertThat(body(expect(200, send(get("/api/sources/" + key + "/text"), null)))).isEqualTo(stored);
        assertThat((Integer) json(r, "$.textLength")).isEqualTo(stored.length());

        // a figure can now quote the new source
        Map<String, Object> figure = new LinkedHashMap<>();
        figure.put("seriesKey", "china_russia_trade_usd_bn");
        figure.put("period", "2024");
        figure.put("value", "17");
        figure.put("unit", null);
        figure.put("sourceKey", key);
        figure.put("passage", "grew by 17% in 2024");
        MockHttpServletResponse quoted = send(post(SAVE_ANYWAY).with(asEditor()), figure);
        expect(201, quoted);
        assertThat((Integer) json(quoted, "$.passageStart")).isEqualTo(stored.indexOf("grew by 17% in 2024"));
    }

    @Test
    void invalidSourcesAre422AndNothingIsWritten() throws Exception {
        long sources = count("SELECT count(*) FROM source");
        Map<String, Object> noTitle = source("Some text " + UUID.randomUUID());
        noTitle.put("title", " ");
        noTitle.put("url", "ftp://example.org");
        assertThat(fieldErrors(send(post("/api/sources").with(asEditor()), noTitle)))
                .extracting(e -> e.get("field")).containsExactlyInAnyOrder("title", "url");

        String seeded = jdbc.sql("SELECT full_text FROM source WHERE origin = 'seeded' ORDER BY source_key LIMIT 1")
                .query(String.class).single();
        assertThat(fieldErrors(send(post("/api/sources").with(asEditor()), source(seeded))))
                .singleElement().satisfies(e -> {
                    assertThat(e.get("field")).isEqualTo("fullText");
                    assertThat(e.get("message")).contains("already stored");
                });

        Map<String, Object> readOnlyDate = source("Other text " + UUID.randomUUID());
        readOnlyDate.put("publishedStart", "2024-05-01");
        assertThat(fieldErrors(send(post("/api/sources").with(asEditor()), readOnlyDate)))
                .extracting(e -> e.get("field")).containsExactly("publishedStart");
        assertThat(count("SELECT count(*) FROM source")).isEqualTo(sources);
    }

    @Test
    void sourcesAndSeriesNeedAnEditor() throws Exception {
        long sources = count("SELECT count(*) FROM source");
        problem(send(post("/api/sources"), source("x " + UUID.randomUUID())), 401, "urn:crdash:problem:unauthorized");
        problem(send(post("/api/sources").with(asViewer()), source("x " + UUID.randomUUID())), 403,
                "urn:crdash:problem:forbidden");
        problem(send(post("/api/series"), series("anonymous_series")), 401, "urn:crdash:problem:unauthorized");
        problem(send(post("/api/series").with(asViewer()), series("viewer_series")), 403,
                "urn:crdash:problem:forbidden");
        assertThat(count("SELECT count(*) FROM source")).isEqualTo(sources);
        assertThat(count("SELECT count(*) FROM series WHERE series_key IN ('anonymous_series', 'viewer_series')"))
                .isZero();
    }

    static Map<String, Object> series(String key) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("key", key);
        body.put("name", "Rail freight (API test)");
        body.put("unit", "%");
        body.put("category", "trade_value");
        body.put("description", "created through the API");
        return body;
    }

    @Test
    void anEditorCreatesASeries201AndDuplicatesOrUnknownUnitsAre422() throws Exception {
        String key = "api_test_rail_" + Long.toHexString(System.nanoTime());
        long audits = audits("series");

        MockHttpServletResponse r = expect(201, send(post("/api/series").with(asEditor()), series(key)));

        createdSeries.add(key);
        assertThat(r.getHeader(HttpHeaders.LOCATION)).endsWith("/api/series/" + key);
        assertThat((String) json(r, "$.key")).isEqualTo(key);
        assertThat((String) json(r, "$.origin")).isEqualTo("user");
        assertThat((Integer) json(r, "$.observations")).isZero();
        assertThat(count("SELECT count(*) FROM series WHERE series_key = ?", key)).isEqualTo(1);
        assertThat(audits("series")).isEqualTo(audits + 1);
        expect(200, send(get("/api/series/" + key), null));

        assertThat(fieldErrors(send(post("/api/series").with(asEditor()), series(key))))
                .singleElement().satisfies(e -> {
                    assertThat(e.get("field")).isEqualTo("key");
                    assertThat(e.get("message")).contains("already exists");
                });
        Map<String, Object> bad = series("Not A Key");
        bad.put("unit", "parsecs");
        assertThat(fieldErrors(send(post("/api/series").with(asEditor()), bad)))
                .extracting(e -> e.get("field")).containsExactlyInAnyOrder("key", "unit");
        assertThat(audits("series")).isEqualTo(audits + 1);
    }
}
