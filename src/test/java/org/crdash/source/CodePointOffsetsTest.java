package org.crdash.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.crdash.ApiTest;
import org.crdash.source.ui.PassagePickerProbe;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Offsets count code points everywhere: a source with emoji, 𝑥 (U+1D465) and CJK Extension B characters before and
 * inside its passages goes through the API, the database trigger, the export, the import and the reader, and every
 * offset is the one Python's {@code text[start:end]} and PostgreSQL's {@code substr} agree on.
 */
class CodePointOffsetsTest extends ApiTest {

    /** Its figures are for 2024 trade, where 001 says $237 bn: the claim checks warn, they are saved anyway. */
    private static final String SAVE_ANYWAY = "/api/observations?acknowledgeWarnings=true";

    static final String OBSERVATION_PASSAGE = "Trade reached 244.8 bn 😀 in 2024 (𠀀 said so).";
    static final String EVENT_PASSAGE = "On 16 May 2024 𝑥 met 𠀁 in Beijing 🎉.";

    @Autowired
    SourceService sources;

    String key;
    String text;

    @BeforeEach
    void addSource() throws Exception {
        text = "Intro 😀 with 𝑥, 𝐁old and 𠀀 " + UUID.randomUUID() + ".\n" + OBSERVATION_PASSAGE + " Between 🎉🎉. "
                + EVENT_PASSAGE + " The end 𠀂.";
        Map<String, Object> body = Map.of("title", "Astral test", "fullText", text);
        MockHttpServletResponse created = expect(201, send(post("/api/sources").with(asEditor()), body));
        key = json(created, "$.key");
    }

    @AfterEach
    void removeSource() {
        // the context (and its database) is shared with other tests, which expect the seeded rows only
        for (String table : List.of("observation", "event")) {
            jdbc.sql("DELETE FROM " + table + " WHERE source_id = (SELECT id FROM source WHERE source_key = ?)")
                    .param(key).update();
        }
        jdbc.sql("DELETE FROM source WHERE source_key = ?").param(key).update();
    }

    static int codePoints(String s, String part) {
        return s.codePointCount(0, s.indexOf(part));
    }

    @Test
    void observationOffsetsThroughTheApiTheDatabaseAndTheExport() throws Exception {
        Map<String, Object> o = new LinkedHashMap<>(Map.of("seriesKey", "china_russia_trade_usd_bn", "period", "2024",
                "value", "244.8", "sourceKey", key, "passage", OBSERVATION_PASSAGE));
        MockHttpServletResponse created = expect(201, send(post(SAVE_ANYWAY).with(asEditor()), o));
        int start = json(created, "$.passageStart");
        int end = json(created, "$.passageEnd");
        assertThat(start).isEqualTo(codePoints(text, OBSERVATION_PASSAGE)).isLessThan(text.indexOf(OBSERVATION_PASSAGE));
        assertThat(end - start).isEqualTo(OBSERVATION_PASSAGE.codePointCount(0, OBSERVATION_PASSAGE.length()));
        assertThat(jdbc.sql("SELECT substr(s.full_text, o.passage_start + 1, o.passage_end - o.passage_start) "
                + "FROM observation o JOIN source s ON s.id = o.source_id WHERE o.id = ?")
                .param(((Number) json(created, "$.id")).longValue()).query(String.class).single())
                .isEqualTo(OBSERVATION_PASSAGE);
        assertThat((Integer) json(get200("/api/sources/" + key), "$.textLength"))
                .isEqualTo(text.codePointCount(0, text.length()));

        CSVRecord row = csv(get200("/api/export/observations.csv?source=" + key)).getFirst();
        assertThat(row.get("passage")).isEqualTo(OBSERVATION_PASSAGE);
        assertThat(Integer.parseInt(row.get("passage_start"))).isEqualTo(start);
        assertThat(TextOffsets.slice(text, start, Integer.parseInt(row.get("passage_end"))))
                .isEqualTo(OBSERVATION_PASSAGE);
    }

    @Test
    void aStartOffsetNamesCodePointsNotUtf16Indices() throws Exception {
        Map<String, Object> o = new LinkedHashMap<>(Map.of("seriesKey", "china_russia_trade_usd_bn", "period", "2024",
                "value", "244.8", "sourceKey", key, "passage", OBSERVATION_PASSAGE,
                "passageStart", text.indexOf(OBSERVATION_PASSAGE)));
        List<Map<String, String>> errors = fieldErrors(send(post("/api/observations").with(asEditor()), o));
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.get("field")).isEqualTo("passageStart");
            assertThat(e.get("message")).contains("occurs at offset " + codePoints(text, OBSERVATION_PASSAGE));
        });
        o.put("passageStart", codePoints(text, OBSERVATION_PASSAGE));
        expect(201, send(post(SAVE_ANYWAY).with(asEditor()), o));
    }

    @Test
    void eventOffsetsAndTheReaderHighlight() throws Exception {
        Map<String, Object> e = Map.of("date", "2024-05-16", "title", "Astral meeting", "category", "summit",
                "sourceKey", key, "passage", EVENT_PASSAGE);
        MockHttpServletResponse created = expect(201, send(post("/api/events").with(asEditor()), e));
        int start = json(created, "$.passageStart");
        int end = json(created, "$.passageEnd");
        assertThat(start).isEqualTo(codePoints(text, EVENT_PASSAGE));
        CSVRecord row = csv(get200("/api/export/events.csv?source=" + key)).getFirst();
        assertThat(row.get("passage")).isEqualTo(EVENT_PASSAGE);
        assertThat(row.get("passage_start")).isEqualTo(String.valueOf(start));

        Source source = sources.findLiveByKey(key).orElseThrow();
        RenderedText rendered = sources.rendered(source);
        assertThat(rendered.plain(start, end)).isEqualTo(EVENT_PASSAGE);
        assertThat(rendered.fragment(start, end, List.of(new Highlight(start, end, "e1", Highlight.Kind.PASSAGE))))
                .contains("🎉").contains("𠀁");
        PassageContext context = PassageContext.around(text, start, end, 1);
        assertThat(context.passage()).isEqualTo(EVENT_PASSAGE);
        assertThat(TextOffsets.slice(text, context.from(), context.to()))
                .isEqualTo(context.before() + context.passage() + context.after());
    }

    @Test
    void theFormsSelectionIsStoredInCodePoints() {
        Source source = sources.findLiveByKey(key).orElseThrow();
        int from = text.indexOf(EVENT_PASSAGE);
        // the browser reports UTF-16 indices; the picker stores code points
        int[] picked = PassagePickerProbe.select(sources, source, from, from + EVENT_PASSAGE.length());
        assertThat(picked[0]).isEqualTo(codePoints(text, EVENT_PASSAGE));
        assertThat(Passages.locate(text, EVENT_PASSAGE, picked[0])).isEqualTo(picked[0]);
    }

    @Test
    void importStagesCharactersOutsideTheBmpIntact() throws Exception {
        // many rows of astral characters, so that PgJDBC's 64K character buffers end inside a surrogate pair
        StringBuilder csv = new StringBuilder("series_key,period,value,source_file,passage,passage_start,note\r\n");
        String note = "𝑥😀".repeat(400);
        int start = codePoints(text, OBSERVATION_PASSAGE);
        int rows = 0;
        for (int year = 1901; year <= 2000; year++) {
            for (int month = 1; month <= 12; month++) {
                csv.append("china_russia_trade_usd_bn,").append(year).append('-').append(month < 10 ? "0" : "")
                        .append(month).append(",244.8,").append(key).append(",\"").append(OBSERVATION_PASSAGE)
                        .append("\",").append(start).append(',').append(note).append("\r\n");
                rows++;
            }
        }
        MockHttpServletResponse response = secured.perform(post("/api/import/observations").with(asEditor())
                .contentType("text/csv").content(csv.toString().getBytes(StandardCharsets.UTF_8)))
                .andReturn().getResponse();
        expect(200, response);
        assertThat((Integer) json(response, "$.inserted")).isEqualTo(rows);
        assertThat(count("SELECT count(*) FROM observation o JOIN source s ON s.id = o.source_id WHERE s.source_key = ? "
                + "AND o.passage = ? AND o.passage_start = ? AND o.note = ?", key, OBSERVATION_PASSAGE, start, note))
                .isEqualTo(rows);
    }

    private static List<CSVRecord> csv(MockHttpServletResponse response) throws Exception {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(body(response))).getRecords();
    }
}
