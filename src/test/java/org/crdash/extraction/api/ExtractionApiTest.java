package org.crdash.extraction.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.crdash.ApiTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

/** POST /api/sources/{key}/candidates: a new source's numbers and events proposed; a rejection is remembered. */
class ExtractionApiTest extends ApiTest {

    private static final String TEXT = "Freight on the Trans-Siberian line rose to 31.4 million tonnes in 2023. "
            + "The operators signed a transit accord on 12 March 2024 (ref %s).";
    private String key;

    @BeforeEach
    void newSource() throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "Rail freight note (extraction test)");
        body.put("publishedDate", "2024-05");
        body.put("publishedPrecision", "month");
        body.put("fullText", TEXT.formatted(UUID.randomUUID().toString().replaceAll("[^a-f]", "")));
        key = json(expect(201, send(post("/api/sources").with(asEditor()), body)), "$.key");
    }

    @AfterEach
    void removeSource() {
        jdbc.sql("DELETE FROM extraction_rejection WHERE source_id = (SELECT id FROM source WHERE source_key = ?)")
                .param(key).update();
        jdbc.sql("DELETE FROM observation WHERE source_id = (SELECT id FROM source WHERE source_key = ?)").param(key)
                .update();
        jdbc.sql("DELETE FROM source WHERE source_key = ?").param(key).update();
    }

    private MockHttpServletResponse candidates(String query) throws Exception {
        return expect(200, send(post("/api/sources/" + key + "/candidates" + query).with(asEditor()), null));
    }

    @Test
    void theNumberAndTheEventOfTheTextAreProposedWithTheirSentence() throws Exception {
        MockHttpServletResponse r = candidates("");
        List<Map<String, Object>> items = json(r, "$.candidates");
        assertThat(items).hasSize(2);
        Map<String, Object> obs = items.get(0);
        assertThat(obs).containsEntry("kind", "observation").containsEntry("status", "open")
                .containsEntry("unit", "million t").containsEntry("period", "2023")
                .containsEntry("numberText", "31.4 million tonnes");
        assertThat(((Number) obs.get("value")).doubleValue()).isEqualTo(31.4);
        assertThat(obs.get("passage")).isEqualTo("Freight on the Trans-Siberian line rose to 31.4 million tonnes in "
                + "2023.");
        assertThat(obs.get("passageStart")).isEqualTo(0);
        Map<String, Object> event = items.get(1);
        assertThat(event).containsEntry("kind", "event").containsEntry("date", "2024-03-12")
                .containsEntry("precision", "day").containsEntry("dateText", "on 12 March 2024")
                .containsEntry("category", "treaty/agreement");
        assertThat((int) json(r, "$.total")).isEqualTo(2);
        assertThat((int) json(r, "$.reviewed")).isZero();
    }

    @Test
    void aRejectedCandidateIsNotProposedAgainUntilTheRejectionIsWithdrawn() throws Exception {
        String id = json(candidates(""), "$.candidates[0].id");
        expect(204, send(post("/api/sources/" + key + "/candidates/" + id + "/rejection").with(asEditor()),
                Map.of("reason", "a volume, not a China–Russia figure")));
        MockHttpServletResponse after = candidates("");
        assertThat((List<?>) json(after, "$.candidates")).hasSize(1);
        assertThat((int) json(after, "$.rejected")).isEqualTo(1);
        assertThat((int) json(after, "$.reviewed")).isEqualTo(1);
        assertThat((String) json(candidates("?includeRejected=true"), "$.candidates[0].rejectionReason"))
                .isEqualTo("a volume, not a China–Russia figure");
        expect(204, send(delete("/api/sources/" + key + "/candidates/" + id + "/rejection").with(asEditor()), null));
        assertThat((List<?>) json(candidates(""), "$.candidates")).hasSize(2);
    }

    @Test
    void anAddedObservationIsMarkedAdded() throws Exception {
        // tonnes in a USD series, against 003's $240 bn: the claim checks warn, it is saved anyway
        expect(201, send(post("/api/observations?acknowledgeWarnings=true").with(asEditor()), Map.of("seriesKey",
                "china_russia_trade_usd_bn", "period", "2023", "value", "31.4", "sourceKey", key, "passage",
                "rose to 31.4 million tonnes")));
        assertThat((String) json(candidates(""), "$.candidates[0].status")).isEqualTo("added");
    }

    @Test
    void editorsOnlyUnknownSourcesAndCandidatesAre404() throws Exception {
        expect(401, send(post("/api/sources/" + key + "/candidates"), null));
        expect(403, send(post("/api/sources/" + key + "/candidates").with(asViewer()), null));
        expect(404, send(post("/api/sources/no-such-source/candidates").with(asEditor()), null));
        expect(404, send(post("/api/sources/" + key + "/candidates/o1-2/rejection").with(asEditor()), null));
        expect(422, send(post("/api/sources/" + key + "/candidates/" + json(candidates(""), "$.candidates[0].id")
                + "/rejection").with(asEditor()), Map.of("reason", "x".repeat(2001))));
    }
}
