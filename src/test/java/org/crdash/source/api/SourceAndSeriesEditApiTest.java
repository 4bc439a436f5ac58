package org.crdash.source.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.crdash.ApiTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Sources and series are edited, deleted and restored the way observations and events are: a version in If-Match,
 * 409 with who and when on a conflict, every change audited, and no delete of what live observations quote
 * unless they go with it.
 */
class SourceAndSeriesEditApiTest extends ApiTest {

    private String sourceKey;
    private String seriesKey;

    @AfterEach
    void removeCreatedRows() {
        jdbc.sql("DELETE FROM observation WHERE source_id = (SELECT id FROM source WHERE source_key = ?) "
                + "OR series_id = (SELECT id FROM series WHERE series_key = ?)").params(sourceKey, seriesKey).update();
        jdbc.sql("DELETE FROM source WHERE source_key = ?").param(sourceKey).update();
        jdbc.sql("DELETE FROM series WHERE series_key = ?").param(seriesKey).update();
    }

    private long audits(String entity, String action) {
        return count("SELECT count(*) FROM audit_log WHERE entity_type = ? AND action = ?", entity, action);
    }

    /** A new source and series, and one observation of the series quoting the source. */
    private void fixture(boolean quote) throws Exception {
        String text = "Rail freight grew by 17% in 2024 (" + UUID.randomUUID() + ").";
        sourceKey = json(expect(201, send(post("/api/sources").with(asEditor()), SourceWriteApiTest.source(text))),
                "$.key");
        seriesKey = "edit_test_" + UUID.randomUUID().toString().substring(0, 8).replace('-', '_');
        Map<String, Object> series = new LinkedHashMap<>(Map.of("key", seriesKey, "name", "Rail freight growth",
                "unit", "%", "category", "trade_value"));
        expect(201, send(post("/api/series").with(asEditor()), series));
        if (quote) {
            expect(201, send(post("/api/observations").with(asEditor()), Map.of("seriesKey", seriesKey,
                    "period", "2024", "value", "17", "sourceKey", sourceKey, "passage", "grew by 17% in 2024")));
        }
    }

    private static Map<String, Object> seriesBody(String name, String unit) {
        return new LinkedHashMap<>(Map.of("name", name, "unit", unit, "category", "trade_value"));
    }

    @Test
    void aSeriesIsRenamedAtItsVersionAndAStaleChangeIsRefusedWithWhoAndWhen() throws Exception {
        fixture(true);
        long updates = audits("series", "update");

        MockHttpServletResponse r = expect(200, send(put("/api/series/" + seriesKey).with(asEditor())
                .header("If-Match", "\"0\""), seriesBody("Rail freight, growth", "%")));
        assertThat(r.getHeader("ETag")).isEqualTo("\"1\"");
        assertThat((String) json(r, "$.name")).isEqualTo("Rail freight, growth");
        assertThat(audits("series", "update")).isEqualTo(updates + 1);

        assertThat(problem(send(put("/api/series/" + seriesKey).with(asEditor()).header("If-Match", "\"0\""),
                seriesBody("Stale", "%")), 409, "urn:crdash:problem:conflict")).contains("was changed by");
        assertThat(fieldErrors(send(put("/api/series/" + seriesKey).with(asEditor()).header("If-Match", "\"1\""),
                seriesBody("Rail", "count")))).extracting(e -> e.get("field")).containsExactly("unit");
        Map<String, Object> rekey = seriesBody("Rail", "%");
        rekey.put("key", "another_key");
        assertThat(fieldErrors(send(put("/api/series/" + seriesKey).with(asEditor()).header("If-Match", "\"1\""),
                rekey))).extracting(e -> e.get("field")).containsExactly("key");
        assertThat(audits("series", "update")).isEqualTo(updates + 1);
    }

    @Test
    void aQuotedSeriesIsNotDeletedAloneButCanGoTogetherWithItsObservationsAndComeBack() throws Exception {
        fixture(true);
        assertThat(problem(send(delete("/api/series/" + seriesKey).with(asEditor()).header("If-Match", "\"0\""),
                null), 409, "urn:crdash:problem:conflict")).contains("has 1 live observation");
        assertThat(count("SELECT count(*) FROM series WHERE series_key = ? AND deleted_at IS NULL", seriesKey))
                .isEqualTo(1);
        long deletes = audits("observation", "delete");

        MockHttpServletResponse r = expect(204, send(delete("/api/series/" + seriesKey + "?withObservations=true")
                .with(asEditor()).header("If-Match", "\"0\""), null));
        assertThat(audits("observation", "delete")).isEqualTo(deletes + 1);
        assertThat(count("SELECT count(*) FROM observation o JOIN series s ON s.id = o.series_id "
                + "WHERE s.series_key = ? AND o.deleted_at IS NULL", seriesKey)).isZero();

        expect(200, send(post("/api/series/" + seriesKey + "/restore").with(asEditor())
                .header("If-Match", r.getHeader("ETag")), null));
        assertThat(count("SELECT count(*) FROM series WHERE series_key = ? AND deleted_at IS NULL", seriesKey))
                .isEqualTo(1);
    }

    @Test
    void aQuotedSourceKeepsItsTextButItsMetadataChangesAndItIsDeletedOnlyWithWhatQuotesIt() throws Exception {
        fixture(true);
        Map<String, Object> meta = SourceWriteApiTest.source(null);
        meta.remove("fullText");
        meta.put("title", "Rail freight report, corrected title");
        MockHttpServletResponse r = expect(200, send(put("/api/sources/" + sourceKey).with(asEditor())
                .header("If-Match", "\"0\""), meta));
        assertThat((String) json(r, "$.title")).isEqualTo("Rail freight report, corrected title");

        Map<String, Object> newText = SourceWriteApiTest.source("A different text altogether.");
        assertThat(fieldErrors(send(put("/api/sources/" + sourceKey).with(asEditor()).header("If-Match", "\"1\""),
                newText))).extracting(e -> e.get("field")).containsExactly("fullText");
        // the database refuses it too, whoever writes
        assertThatThrownBy(() -> jdbc.sql("UPDATE source SET full_text = 'x' WHERE source_key = ?").param(sourceKey)
                .update()).hasMessageContaining("cannot change: observations or events quote it");

        assertThat(problem(send(delete("/api/sources/" + sourceKey).with(asEditor()).header("If-Match", "\"1\""),
                null), 409, "urn:crdash:problem:conflict")).contains("is quoted by 1 observation");
        expect(204, send(delete("/api/sources/" + sourceKey + "?withQuoting=true").with(asEditor())
                .header("If-Match", "\"1\""), null));
        assertThat(count("SELECT count(*) FROM observation o JOIN source s ON s.id = o.source_id "
                + "WHERE s.source_key = ? AND o.deleted_at IS NULL", sourceKey)).isZero();
        expect(200, send(post("/api/sources/" + sourceKey + "/restore").with(asEditor())
                .header("If-Match", "\"2\""), null));
    }

    @Test
    void anUnquotedSourcesTextCanStillBeCorrected() throws Exception {
        fixture(false);
        Map<String, Object> body = SourceWriteApiTest.source("Rail freight grew by 18% in 2024 ("
                + UUID.randomUUID() + ").");
        expect(200, send(put("/api/sources/" + sourceKey).with(asEditor()).header("If-Match", "\"0\""), body));
        assertThat(audits("source", "update")).isPositive();
    }
}
