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
        var request = post("/api/import/observations").contentType("text/csv")
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
    void anonymousImportsAreRefused() throws Exception {
        long before = count();
        assertThat(postCsv("series_key,period,value,source_file,passage\n", false).getStatus()).isEqualTo(401);
        assertThat(count()).isEqualTo(before);
    }
}
