package org.crdash.source.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.crdash.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

class SourceApiTest extends ApiTest {

    @Test
    void listsSourcesWithoutTheirTexts() throws Exception {
        MockHttpServletResponse response = get200("/api/sources");
        List<Map<String, Object>> sources = json(response, "$");
        assertThat(sources).hasSize((int) count("SELECT count(*) FROM source WHERE deleted_at IS NULL"));
        assertThat(body(response)).doesNotContain("fullText").doesNotContain("full_text");
        assertThat(sources).allSatisfy(s -> {
            assertThat((String) s.get("sha256")).matches("[0-9a-f]{64}");
            assertThat(s.get("textUrl")).isEqualTo("/api/sources/" + s.get("key") + "/text");
        });
        long observations = sources.stream().mapToLong(s -> ((Number) s.get("observations")).longValue()).sum();
        assertThat(observations).isEqualTo(count("SELECT count(*) FROM observation WHERE deleted_at IS NULL"));
    }

    @Test
    void oneSourceByKeyAndItsText() throws Exception {
        Map<String, Object> row = jdbc.sql("SELECT source_key, title, full_text FROM source ORDER BY source_key LIMIT 1")
                .query().singleRow();
        String key = (String) row.get("source_key");
        MockHttpServletResponse meta = get200("/api/sources/" + key);
        assertThat((String) json(meta, "$.key")).isEqualTo(key);
        assertThat((String) json(meta, "$.title")).isEqualTo(row.get("title"));
        assertThat((Integer) json(meta, "$.textLength")).isEqualTo(((String) row.get("full_text")).length());
        String fullText = (String) row.get("full_text");
        assertThat(body(meta)).doesNotContain(fullText.substring(fullText.length() / 2, fullText.length() / 2 + 40));

        MockHttpServletResponse text = get200("/api/sources/" + key + "/text");
        assertThat(text.getContentType()).isEqualTo("text/plain;charset=UTF-8");
        assertThat(body(text)).isEqualTo(row.get("full_text"));
    }

    @Test
    void unknownSourceIs404() throws Exception {
        notFound("/api/sources/nope.txt", "no source with key 'nope.txt'");
        notFound("/api/sources/nope.txt/text", "no source with key 'nope.txt'");
    }
}
