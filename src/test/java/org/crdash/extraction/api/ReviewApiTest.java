package org.crdash.extraction.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Map;
import org.crdash.ApiTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Review status: set through the one write path, never a self-review, disputes with a reason, exported. */
class ReviewApiTest extends ApiTest {

    private long seededId() {
        return jdbc.sql("SELECT id FROM observation WHERE seed_key = '000-o001'").query(Long.class).single();
    }

    private int version(long id) {
        return jdbc.sql("SELECT version FROM observation WHERE id = ?").param(id).query(Integer.class).single();
    }

    @AfterEach
    void backToExtracted() {
        jdbc.sql("UPDATE observation SET review_status = 'extracted', review_reason = NULL, reviewed_by = NULL, "
                + "reviewed_at = NULL WHERE seed_key = '000-o001'").update();
    }

    @Test
    void anotherEditorConfirmsAndDisputesAndEachChangeIsAVersionInTheAuditLog() throws Exception {
        long id = seededId();
        long audits = count("SELECT count(*) FROM audit_log WHERE entity_type = 'observation' AND entity_id = ?", id);
        int v = version(id);
        expect(204, send(post("/api/observations/" + id + "/review").with(asEditor()).header("If-Match", "\"" + v
                + "\""), Map.of("status", "reviewed")));
        assertThat(jdbc.sql("SELECT review_status || ' by ' || reviewed_by FROM observation WHERE id = ?").param(id)
                .query(String.class).single()).isEqualTo("reviewed by " + EDITOR);
        expect(422, send(post("/api/observations/" + id + "/review").with(asEditor()).header("If-Match", "\"" + (v + 1)
                + "\""), Map.of("status", "disputed")));
        expect(204, send(post("/api/observations/" + id + "/review").with(asEditor()).header("If-Match", "\"" + (v + 1)
                + "\""), Map.of("status", "disputed", "reason", "the customs figure is $240.1 billion")));
        expect(409, send(post("/api/observations/" + id + "/review").with(asEditor()).header("If-Match", "\"" + v
                + "\""), Map.of("status", "reviewed")));
        assertThat(count("SELECT count(*) FROM audit_log WHERE entity_type = 'observation' AND entity_id = ?", id))
                .isEqualTo(audits + 2);
        String csv = body(get200("/api/export/observations.csv"));
        assertThat(csv.lines().findFirst().orElseThrow()).endsWith(",citation,review_status,review_reason");
        assertThat(csv).contains(",disputed,the customs figure is $240.1 billion");

        // filterable: the export and the API list take review=
        String disputed = body(get200("/api/export/observations.csv?review=disputed"));
        assertThat(disputed.lines().count()).isEqualTo(2);
        assertThat(disputed).contains(",disputed,the customs figure is $240.1 billion");
        assertThat(body(get200("/api/export/observations.csv?review=reviewed")).lines().count()).isEqualTo(1);
        assertThat(body(get200("/api/export/events.csv?review=disputed")).lines().count()).isEqualTo(1);
        badParameter("/api/export/observations.csv?review=checked", "review", "checked");
    }

    @Test
    void theJsonOfGetShowsTheReviewStatusSetThroughTheReviewApi() throws Exception {
        long id = seededId();
        String one = "/api/observations/" + id;
        assertThat((String) json(get200(one), "$.review")).isEqualTo("extracted");
        expect(204, send(post(one + "/review").with(asEditor()).header("If-Match", "\"" + version(id) + "\""),
                Map.of("status", "reviewed")));
        assertThat((String) json(get200(one), "$.review")).isEqualTo("reviewed");
        assertThat((java.util.List<String>) json(get200("/api/observations?review=reviewed"), "$.items[*].review"))
                .isNotEmpty().containsOnly("reviewed");
        expect(204, send(post(one + "/review").with(asEditor()).header("If-Match", "\"" + version(id) + "\""),
                Map.of("status", "disputed", "reason", "the customs figure differs")));
        assertThat((String) json(get200(one), "$.review")).isEqualTo("disputed");
        assertThat((java.util.List<String>) json(get200("/api/observations?review=disputed"), "$.items[*].review"))
                .isNotEmpty().containsOnly("disputed");
        assertThat((java.util.List<String>) json(get200("/api/events?review=extracted"), "$.items[*].review"))
                .isNotEmpty().containsOnly("extracted");
    }

    @Test
    void whoAddedARowCannotMarkItReviewed() throws Exception {
        String key = jdbc.sql("SELECT source_key FROM source WHERE source_key LIKE '000%'").query(String.class)
                .single();
        long id = Long.parseLong(json(expect(201, send(post("/api/observations").with(asEditor()), Map.of(
                "seriesKey", "putin_xi_meetings_count", "period", "2024", "value", "40", "sourceKey", key,
                "passage", "around forty meetings"))), "$.id").toString());
        try {
            String problem = body(expect(422, send(post("/api/observations/" + id + "/review").with(asEditor())
                    .header("If-Match", "\"0\""), Map.of("status", "reviewed"))));
            assertThat(problem).contains("another editor");
            expect(428, send(post("/api/observations/" + id + "/review").with(asEditor()), Map.of("status",
                    "disputed", "reason", "x")));
        } finally {
            jdbc.sql("DELETE FROM observation WHERE id = ?").param(id).update();
        }
    }
}
