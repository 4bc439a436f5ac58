package org.crdash.base.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crdash.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * A control character in any string of a JSON body — NUL, which PostgreSQL cannot store, or another C0/C1 character
 * — is a 422 validation problem naming the JSON property, whatever the endpoint, never a 500 or a 400 without the
 * field; nothing is written.
 */
class BodyControlCharactersTest extends ApiTest {

    private static final String SOURCE = "000_86d270af3dbf64d1.txt";
    private static final String PASSAGE = "Russia’s exclusion from European markets forced it to redirect its "
            + "exports toward Asia, especially China.";

    private final List<String> problems = new ArrayList<>();

    @Test
    void everyStringFieldOfEveryJsonBodyRefusesControlCharacters() throws Exception {
        long observation = count("SELECT min(id) FROM observation WHERE deleted_at IS NULL");
        long rows = count("SELECT (SELECT count(*) FROM observation) + (SELECT count(*) FROM event) "
                + "+ (SELECT count(*) FROM series) + (SELECT count(*) FROM source)");
        each(HttpMethod.POST, "/api/observations", Map.of("seriesKey", "china_russia_trade_usd_bn", "period", "2023",
                "precision", "year", "value", "1.5", "unit", "USD bn", "qualifier", "approx", "note", "a note",
                "sourceKey", SOURCE, "passage", PASSAGE, "passageStart", "5"));
        each(HttpMethod.POST, "/api/events", Map.of("date", "2023-05-16", "precision", "day", "dateText", "16 May 2023",
                "title", "A summit", "category", "summit", "sourceKey", SOURCE, "passage", PASSAGE, "note", "n",
                "passageStart", "5"));
        each(HttpMethod.POST, "/api/series", Map.of("key", "control_test", "name", "Control test", "unit", "USD bn",
                "category", "trade_value", "description", "d"));
        each(HttpMethod.POST, "/api/sources", Map.of("title", "T", "author", "A", "publisher", "P", "publishedDate",
                "2024-01-02", "publishedPrecision", "day", "publishedText", "2 Jan", "url", "https://example.org/a",
                "fullText", "Some text.\nMore text."));
        each(HttpMethod.PUT, "/api/observations/" + observation, Map.of("seriesKey", "china_russia_trade_usd_bn",
                "period", "2023", "value", "1.5", "sourceKey", SOURCE, "passage", PASSAGE, "version", "0"));
        each(HttpMethod.PUT, ("/api/checks/" + "value_conflict:china_russia_trade_usd_bn:2024" + "/review"),
                Map.of("status", "explained", "comment", "a comment", "version", "-1"));
        each(HttpMethod.POST, "/api/observations/" + observation + "/review", Map.of("status", "disputed", "reason", "r",
                "version", "0"));
        each(HttpMethod.POST, "/api/sources/" + SOURCE + "/candidates/o1-2/rejection", Map.of("reason", "not a figure"));
        assertThat(count("SELECT (SELECT count(*) FROM observation) + (SELECT count(*) FROM event) "
                + "+ (SELECT count(*) FROM series) + (SELECT count(*) FROM source)")).isEqualTo(rows);
        assertThat(problems).isEmpty();
    }

    @Test
    void aPropertyNameWithAControlCharacterIsNamedPrintably() throws Exception {
        MockHttpServletResponse r = send(request(HttpMethod.POST, "/api/series").with(asEditor()),
                "{\"key\": \"control_test\", \"na\\u0000me\": \"x\"}");
        assertThat(fieldErrors(r)).singleElement().satisfies(e -> {
            assertThat(e.get("field")).isEqualTo("na\\u0000me");
            assertThat(e.get("message")).contains("U+0000", "cannot be stored");
        });
    }

    /** The body with each of its fields in turn carrying NUL, U+0001 and U+009B in the middle of its value. */
    private void each(HttpMethod method, String url, Map<String, String> valid) throws Exception {
        for (String field : valid.keySet()) {
            for (char c : new char[] {'\u0000', '\u0001', '\u009B'}) {
                Map<String, Object> body = new LinkedHashMap<>(valid);
                String value = valid.get(field);
                body.put(field, value.substring(0, 1) + c + value.substring(1));
                MockHttpServletResponse r;
                try {
                    r = send(request(method, url).with(asEditor()), body);
                } catch (Exception e) { // MockMvc rethrows what no handler turned into an answer: a 500
                    problems.add(method + " " + url + " " + field + String.format(" U+%04X", (int) c) + " → " + e);
                    continue;
                }
                String what = method + " " + url + " " + field
                        + String.format(" U+%04X", (int) c) + " → " + r.getStatus() + " " + body(r);
                if (r.getStatus() != 422 || !body(r).contains("urn:crdash:problem:validation")) {
                    problems.add(what);
                } else if (!((List<?>) json(r, "$.errors[*].field")).contains(field)) {
                    problems.add(what + " (field not named)");
                }
            }
        }
    }
}
