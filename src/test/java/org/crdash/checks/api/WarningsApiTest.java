package org.crdash.checks.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crdash.ApiTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes under /api/observations that the claim checks warn of (the value is not in its passage, a duplicate, a
 * conflict with other sources) are refused with 409 and the warnings, and saved with acknowledgeWarnings=true,
 * the audit row recording what was acknowledged. Real PostgreSQL, the seeded figures.
 */
class WarningsApiTest extends ApiTest {

    static final String SERIES = "china_russia_trade_usd_bn";
    static final String SOURCE = "000_86d270af3dbf64d1.txt";
    static final String PASSAGE = "In 2024, trade between China and Russia reached $244.8 billion, an all-time high.";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final List<Long> created = new ArrayList<>();
    private final List<String> sources = new ArrayList<>();
    private BigDecimal seededValue;
    private long seededId;

    @AfterEach
    void putTheSeedBack() {
        created.forEach(id -> jdbc.sql("DELETE FROM observation WHERE id = ?").param(id).update());
        sources.forEach(key -> jdbc.sql("DELETE FROM source WHERE source_key = ?").param(key).update());
        jdbc.sql("DELETE FROM series WHERE series_key = 'warnings_test'").update();
        if (seededValue != null) { // plain SQL, as the seed has it (the check triggers see it)
            jdbc.sql("UPDATE observation SET value = ? WHERE id = ?").params(seededValue, seededId).update();
        }
    }

    private static Map<String, Object> figure(String period, String value) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("seriesKey", SERIES);
        body.put("period", period);
        body.put("value", value);
        body.put("sourceKey", SOURCE);
        body.put("passage", PASSAGE);
        return body;
    }

    private long rows() {
        return count("SELECT count(*) FROM observation");
    }

    private long audits() {
        return count("SELECT count(*) FROM audit_log");
    }

    /** The acknowledged warnings of the latest audit row of the observation, as (code, field, message). */
    private List<String> acknowledged(long id, String action) {
        String json = jdbc.sql("SELECT acknowledged_warnings::text FROM audit_log WHERE entity_type = 'observation' "
                + "AND entity_id = ? AND action = ? ORDER BY id DESC LIMIT 1").params(id, action)
                .query(String.class).single();
        List<String> codes = new ArrayList<>();
        for (JsonNode w : JSON.readTree(json)) {
            assertThat(w.get("field").asString()).isNotBlank();
            assertThat(w.get("message").asString()).isNotBlank();
            codes.add(w.get("code").asString());
        }
        return codes;
    }

    /** POSTs without the flag (409, nothing written), then with it (201); returns the codes warned of and the id. */
    private long refusedThenSaved(Map<String, Object> body, List<String> expectedCodes, String inMessage)
            throws Exception {
        long rows = rows();
        long audits = audits();
        MockHttpServletResponse refused = send(post("/api/observations").with(asEditor()), body);
        String detail = problem(refused, 409, "urn:crdash:problem:warnings");
        assertThat(detail).contains("nothing was saved").contains("acknowledgeWarnings=true");
        List<String> codes = json(refused, "$.warnings[*].code");
        assertThat(codes).containsExactlyElementsOf(expectedCodes);
        List<String> messages = json(refused, "$.warnings[*].message");
        assertThat(String.join(" ", messages)).contains(inMessage);
        assertThat(rows()).isEqualTo(rows);
        assertThat(audits()).isEqualTo(audits);

        MockHttpServletResponse saved = expect(201, send(post("/api/observations?acknowledgeWarnings=true")
                .with(asEditor()), body));
        long id = ((Number) json(saved, "$.id")).longValue();
        created.add(id);
        assertThat(rows()).isEqualTo(rows + 1);
        assertThat(audits()).isEqualTo(audits + 1);
        assertThat(acknowledged(id, "create")).containsExactlyElementsOf(expectedCodes);
        return id;
    }

    @Test
    void aValueNotWrittenInItsPassageIsRefusedThenSavedAnyway() throws Exception {
        // 2023: 003 says $240 bn, so 240 agrees with it; but this passage says $244.8 billion
        refusedThenSaved(figure("2023", "240"), List.of("not_in_passage"), "$240 bn is not written in the passage");
    }

    @Test
    void aDuplicateOfAStoredFigureIsRefusedThenSavedAnyway() throws Exception {
        // a source of its own that states its figure twice, in a series of its own (no other source to conflict)
        String text = "Exports reached $17.5 billion in 2021. To repeat: exports reached $17.5 billion in 2021.";
        String source = json(expect(201, send(post("/api/sources").with(asEditor()), Map.of("title",
                "Warnings test", "fullText", text))), "$.key");
        sources.add(source);
        expect(201, send(post("/api/series").with(asEditor()), Map.of("key", "warnings_test", "name",
                "Warnings test", "unit", "USD bn", "category", "trade_value")));
        Map<String, Object> first = figure("2021", "17.5");
        first.putAll(Map.of("seriesKey", "warnings_test", "sourceKey", source, "passage",
                "Exports reached $17.5 billion in 2021."));
        created.add(((Number) json(expect(201, send(post("/api/observations").with(asEditor()), first)), "$.id"))
                .longValue());
        Map<String, Object> again = new LinkedHashMap<>(first);
        again.put("passage", "To repeat: exports reached $17.5 billion in 2021.");
        refusedThenSaved(again, List.of("duplicate"), "already has this series, period and source with the same "
                + "value, quoting \u201cExports reached $17.5 billion in 2021.\u201d");
    }

    @Test
    void aConflictWithOtherSourcesIsRefusedThenSavedAnyway() throws Exception {
        // 2022: 001 and 003 state $190 bn; 244.8 is (244.8 - 190) / mean(190, 190, 244.8) = 26.3 % away
        BigDecimal mean = new BigDecimal("624.8").divide(BigDecimal.valueOf(3), 10, java.math.RoundingMode.HALF_UP);
        String pct = new BigDecimal("54.8").multiply(BigDecimal.valueOf(100)).divide(mean, 1,
                java.math.RoundingMode.HALF_UP).toPlainString();
        refusedThenSaved(figure("2022", "244.8"), List.of("conflict"), "2 other sources disagree: $190 bn (001), "
                + "$190 bn (003); spread 54.8 USD bn = " + pct + "%");
    }

    @Test
    void aChangeThatNoLongerMatchesItsQuoteIsRefusedThenSavedAnyway() throws Exception {
        seededId = jdbc.sql("SELECT id FROM observation WHERE passage = ? AND deleted_at IS NULL").param(PASSAGE)
                .query(Long.class).single();
        seededValue = jdbc.sql("SELECT value FROM observation WHERE id = ?").param(seededId)
                .query(BigDecimal.class).single();
        MockHttpServletResponse loaded = get200("/api/observations/" + seededId);
        String etag = loaded.getHeader(HttpHeaders.ETAG);
        Map<String, Object> body = figure("2024", "241");
        body.put("passageStart", json(loaded, "$.passageStart"));
        long audits = audits();

        MockHttpServletResponse refused = send(put("/api/observations/" + seededId).with(asEditor())
                .header(HttpHeaders.IF_MATCH, etag), body);
        problem(refused, 409, "urn:crdash:problem:warnings");
        List<String> codes = json(refused, "$.warnings[*].code");
        assertThat(codes).contains("not_in_passage");
        List<String> fields = json(refused, "$.warnings[*].field");
        assertThat(fields).containsOnly("value");
        assertThat(jdbc.sql("SELECT value FROM observation WHERE id = ?").param(seededId).query(BigDecimal.class)
                .single()).isEqualByComparingTo(seededValue);
        assertThat(audits()).isEqualTo(audits);

        expect(200, send(put("/api/observations/" + seededId + "?acknowledgeWarnings=true").with(asEditor())
                .header(HttpHeaders.IF_MATCH, etag), body));
        assertThat(jdbc.sql("SELECT value FROM observation WHERE id = ?").param(seededId).query(BigDecimal.class)
                .single()).isEqualByComparingTo("241");
        assertThat(audits()).isEqualTo(audits + 1);
        assertThat(acknowledged(seededId, "update")).containsExactlyElementsOf(codes);
    }

    @Test
    void aFigureWithoutWarningsNeedsNoFlagAndItsAuditRowAcknowledgesNothing() throws Exception {
        Map<String, Object> body = figure("2024", "244.8");
        body.put("seriesKey", "china_russia_trade_usd_bn");
        body.put("period", "2024-Q4"); // the passage's number, a period no other source states
        MockHttpServletResponse r = expect(201, send(post("/api/observations").with(asEditor()), body));
        long id = ((Number) json(r, "$.id")).longValue();
        created.add(id);
        assertThat(jdbc.sql("SELECT acknowledged_warnings IS NULL FROM audit_log WHERE entity_type = 'observation' "
                + "AND entity_id = ?").param(id).query(Boolean.class).single()).isTrue();
    }

    @Test
    void theFlagIsABooleanAndDocumented() throws Exception {
        MockHttpServletResponse bad = send(post("/api/observations?acknowledgeWarnings=maybe").with(asEditor()),
                figure("2023", "240"));
        assertThat(problem(bad, 400, "urn:crdash:problem:invalid-parameter")).contains("acknowledgeWarnings");
        JsonNode spec = JSON.readTree(body(mvc.perform(get("/v3/api-docs")).andReturn().getResponse()));
        for (String[] op : new String[][] {{"/api/observations", "post"}, {"/api/observations/{id}", "put"}}) {
            JsonNode operation = spec.get("paths").get(op[0]).get(op[1]);
            JsonNode flag = null;
            for (JsonNode p : operation.get("parameters")) {
                if (p.get("name").asString().equals("acknowledgeWarnings")) {
                    flag = p;
                }
            }
            assertThat(flag).as(op[1] + " " + op[0]).isNotNull();
            assertThat(flag.get("in").asString()).isEqualTo("query");
            assertThat(flag.get("schema").get("type").toString()).contains("boolean");
            assertThat(operation.get("responses").get("409").get("description").asString())
                    .contains("acknowledgeWarnings=true");
        }
        assertThat(spec.at("/components/schemas/Problem/properties/warnings/items/properties").propertyNames())
                .contains("code", "field", "message");
    }
}
