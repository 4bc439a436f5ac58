package org.crdash.importer.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import org.crdash.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.annotation.DirtiesContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@DirtiesContext
class ImportApiTest extends ApiTest {

    static final String PASSAGE = "In 2024, trade between China and Russia reached $244.8 billion, an all-time high.";

    private MockHttpServletResponse postCsv(String csv, boolean editor) throws Exception {
        return postCsv("/api/import/observations", csv, editor);
    }

    private MockHttpServletResponse postCsv(String path, String csv, boolean editor) throws Exception {
        var request = post(path).contentType("text/csv")
                .content(csv.getBytes(StandardCharsets.UTF_8));
        if (editor) {
            request = request.with(asEditor());
        }
        return secured.perform(request).andReturn().getResponse();
    }

    long count() {
        return jdbc.sql("SELECT count(*) FROM observation").query(Long.class).single();
    }

    @Test
    void editorsImportAndGetEveryProblemOtherwise() throws Exception {
        long before = count();
        // a different series for the same passage is a new figure
        String good = "series_key,period,value,qualifier,source_file,passage\n"
                + "china_exports_to_russia_usd_bn,2024,244.8,exact,000_86d270af3dbf64d1.txt,\"" + PASSAGE + "\"\n";
        MockHttpServletResponse ok = postCsv(good, true);
        assertThat(ok.getStatus()).isEqualTo(200);
        assertThat(ok.getContentAsString()).contains("\"inserted\":1");
        assertThat(count()).isEqualTo(before + 1);

        String bad = "series_key,period,value,qualifier,source_file,passage\n"
                + "china_russia_trade_usd_bn,2024,12abc,exact,000_86d270af3dbf64d1.txt,Not there.\n";
        MockHttpServletResponse rejected = postCsv(bad, true);
        assertThat(rejected.getStatus()).isEqualTo(422);
        JsonNode problem = JsonMapper.builder().build().readTree(rejected.getContentAsString());
        assertThat(problem.get("type").asString()).isEqualTo("urn:crdash:problem:import-rejected");
        assertThat(problem.get("total").asInt()).isEqualTo(2);
        assertThat(problem.get("errors").get(0).get("line").asInt()).isEqualTo(2);
        assertThat(problem.get("errors").get(0).get("column").asString()).isEqualTo("value");
        assertThat(count()).isEqualTo(before + 1);
    }

    @Test
    void rowsWithWarningsAre409WithEachWarningUnlessAcknowledged() throws Exception {
        long before = count();
        // 2023: 003 states $240 bn, this passage $244.8 billion: the value is not in its passage
        String warned = "series_key,period,value,qualifier,source_file,passage,note\n"
                + "china_russia_trade_usd_bn,2023,240,exact,000_86d270af3dbf64d1.txt,\"" + PASSAGE + "\",api warned\n";
        MockHttpServletResponse refused = postCsv(warned, true);
        assertThat(refused.getStatus()).isEqualTo(409);
        JsonNode problem = JsonMapper.builder().build().readTree(refused.getContentAsString());
        assertThat(problem.get("type").asString()).isEqualTo("urn:crdash:problem:import-warnings");
        assertThat(problem.get("detail").asString()).contains("acknowledgeWarnings=true");
        assertThat(problem.get("total").asInt()).isEqualTo(1);
        JsonNode w = problem.get("warnings").get(0);
        assertThat(w.get("line").asInt()).isEqualTo(2);
        assertThat(w.get("column").asString()).isEqualTo("value");
        assertThat(w.get("code").asString()).isEqualTo("not_in_passage");
        assertThat(w.get("message").asString()).contains("$240 bn is not written in the passage");
        assertThat(count()).isEqualTo(before);

        try {
            MockHttpServletResponse ok = postCsv("/api/import/observations?acknowledgeWarnings=true", warned, true);
            assertThat(ok.getStatus()).isEqualTo(200);
            assertThat(count()).isEqualTo(before + 1);
            assertThat(jdbc.sql("""
                    SELECT a.acknowledged_warnings->0->>'code' FROM audit_log a JOIN observation o
                      ON a.entity_type = 'observation' AND a.entity_id = o.id WHERE o.note = 'api warned'""")
                    .query(String.class).single()).isEqualTo("not_in_passage");
        } finally {
            jdbc.sql("DELETE FROM observation WHERE note = 'api warned'").update();
        }
    }

    @Test
    void anonymousImportsAreRefused() throws Exception {
        long before = count();
        assertThat(postCsv("series_key,period,value,source_file,passage\n", false).getStatus()).isEqualTo(401);
        assertThat(count()).isEqualTo(before);
    }
}
