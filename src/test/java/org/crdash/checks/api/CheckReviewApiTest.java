package org.crdash.checks.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.List;
import java.util.Map;
import org.crdash.ApiTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

/** Editors' reviews of findings, and checks.csv / the data package. */
class CheckReviewApiTest extends ApiTest {

    static final String KEY = CheckApiTest.TRADE_2024;

    @AfterEach
    void removeReviews() {
        jdbc.sql("DELETE FROM check_review").update();
        jdbc.sql("DELETE FROM check_review_log").update();
    }

    @Test
    void anEditorMarksAFindingAndTheChangeIsVersionedAndLogged() throws Exception {
        assertThat((String) json(get200("/api/checks/" + KEY), "$.review.status")).isEqualTo("open");
        MockHttpServletResponse r = expect(200, send(put("/api/checks/" + KEY + "/review").with(asEditor()),
                Map.of("status", "error_in_source", "comment", "001 rounds down; customs data say 244.8", "version", -1)));
        assertThat((String) json(r, "$.review.status")).isEqualTo("error_in_source");
        assertThat((Integer) json(r, "$.review.version")).isZero();
        assertThat((String) json(r, "$.review.updatedBy")).isEqualTo(EDITOR);
        // someone who saw the unreviewed finding cannot overwrite it unseen
        MockHttpServletResponse stale = send(put("/api/checks/" + KEY + "/review").with(asEditor()),
                Map.of("status", "explained", "version", -1));
        assertThat(problem(stale, 409, "urn:crdash:problem:conflict")).contains("changed by editor");
        expect(200, send(put("/api/checks/" + KEY + "/review").with(asEditor()), Map.of("status", "explained",
                "comment", "different definitions of turnover", "version", 0)));
        List<String> statuses = json(get200("/api/checks/" + KEY + "/review/history"), "$[*].newStatus");
        assertThat(statuses).containsExactly("error_in_source", "explained");
        List<String> keys = json(get200("/api/checks?review=explained"), "$.findings[*].key");
        assertThat(keys).containsExactly(KEY);
    }

    @Test
    void onlyEditorsReview() throws Exception {
        Map<String, Object> body = Map.of("status", "explained", "version", -1);
        assertThat(send(put("/api/checks/" + KEY + "/review"), body).getStatus()).isEqualTo(401);
        assertThat(send(put("/api/checks/" + KEY + "/review").with(asViewer()), body).getStatus()).isEqualTo(403);
        assertThat(fieldErrors(send(put("/api/checks/" + KEY + "/review").with(asEditor()),
                Map.of("status", "fine", "version", -1)))).extracting(e -> e.get("field")).containsExactly("status");
        assertThat(count("SELECT count(*) FROM check_review")).isZero();
    }

    @Test
    void checksCsvHasEveryFindingWithItsReview() throws Exception {
        expect(200, send(put("/api/checks/" + KEY + "/review").with(asEditor()),
                Map.of("status", "explained", "comment", "see note", "version", -1)));
        MockHttpServletResponse csv = secured.perform(get("/api/export/checks.csv?kind=value_conflict"))
                .andReturn().getResponse();
        assertThat(csv.getStatus()).isEqualTo(200);
        assertThat(csv.getHeader("Content-Disposition")).contains("crdash-checks-");
        String text = body(csv);
        assertThat(text).startsWith("finding_key,kind,verdict,severity,title,series_keys,periods,observation_ids,"
                + "source_keys,numbers,formula,result,review,review_comment,reviewed_by,reviewed_at,computed_at\r\n");
        String row = text.lines().filter(l -> l.startsWith(KEY + ",")).findFirst().orElseThrow();
        assertThat(row).contains(",conflict,medium,").contains("spread = 8 USD bn; spread_pct = 3.3 %")
                .contains(",explained,see note,editor,");
        assertThat(text.lines().skip(1)).allMatch(l -> l.startsWith("value_conflict:"));
        badParameter("/api/export/checks.csv?kind=value_conflict&colour=red", "colour", "unknown parameter 'colour'");
    }

    @Test
    void theDataPackageHoldsChecksCsvWithItsSchema() throws Exception {
        byte[] zip = secured.perform(get("/api/export/datapackage.zip")).andReturn().getResponse().getContentAsByteArray();
        java.util.Map<String, String> entries = new java.util.HashMap<>();
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        assertThat(entries.get("checks.csv")).contains(KEY + ",value_conflict,conflict,medium,");
        List<String> names = com.jayway.jsonpath.JsonPath.read(entries.get("datapackage.json"), "$.resources[*].name");
        assertThat(names).contains("checks");
    }
}
