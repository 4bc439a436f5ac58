package org.crdash.series.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.crdash.ApiTest;
import org.crdash.base.FieldError;
import org.crdash.series.ObservationInput;
import org.crdash.series.ObservationService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The write API for figures, through the real security filters and database: HTTP Basic editors add, change,
 * delete and restore; every change is validated, versioned and audited; everyone else can only read.
 */
class ObservationWriteApiTest extends ApiTest {

    static final String SERIES = "china_russia_trade_usd_bn";
    static final String SOURCE = "000_86d270af3dbf64d1.txt";
    static final String PASSAGE = "Russia’s exclusion from European markets forced it to redirect its exports toward "
            + "Asia, especially China.";

    /** The fixture's figure is made up (not in its passage, against 003's $240 bn): it is saved anyway. */
    static final String SAVE_ANYWAY = "?acknowledgeWarnings=true";

    @Autowired
    ObservationService service;

    private final List<Long> created = new ArrayList<>();

    @AfterEach
    void removeCreatedRows() {
        created.forEach(id -> jdbc.sql("DELETE FROM observation WHERE id = ?").param(id).update());
    }

    static Map<String, Object> figure(Consumer<Map<String, Object>> change) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("seriesKey", SERIES);
        body.put("period", "2023");
        body.put("precision", "year");
        body.put("value", "1,234.5");
        body.put("qualifier", "approx");
        body.put("note", "added through the API");
        body.put("sourceKey", SOURCE);
        body.put("passage", PASSAGE);
        change.accept(body);
        return body;
    }

    long rows() {
        return count("SELECT count(*) FROM observation");
    }

    long audits() {
        return count("SELECT count(*) FROM audit_log");
    }

    Map<String, Object> row(long id) {
        return jdbc.sql("SELECT value, version, note, deleted_at, deleted_by, updated_by FROM observation WHERE id = ?")
                .param(id).query().singleRow();
    }

    List<Map<String, Object>> audit(long id) {
        return jdbc.sql("SELECT actor, action FROM audit_log WHERE entity_type = 'observation' AND entity_id = ? "
                + "ORDER BY id").param(id).query().listOfRows();
    }

    /** Adds a figure as the editor and returns its id. */
    long add(Consumer<Map<String, Object>> change) throws Exception {
        MockHttpServletResponse r = expect(201, send(post("/api/observations" + SAVE_ANYWAY).with(asEditor()), figure(change)));
        long id = ((Number) json(r, "$.id")).longValue();
        created.add(id);
        return id;
    }

    int version(long id) {
        return ((Number) row(id).get("version")).intValue();
    }

    @Test
    void anEditorAddsAFigure201WithLocationETagTheRowAndAnAuditRow() throws Exception {
        long rows = rows();
        long audits = audits();

        MockHttpServletResponse r = expect(201, send(post("/api/observations" + SAVE_ANYWAY).with(asEditor()), figure(b -> { })));

        long id = ((Number) json(r, "$.id")).longValue();
        created.add(id);
        assertThat(r.getHeader(HttpHeaders.LOCATION)).endsWith("/api/observations/" + id);
        assertThat(r.getHeader(HttpHeaders.ETAG)).isEqualTo("\"0\"");
        assertThat(r.getContentType()).startsWith("application/json");
        assertThat((String) json(r, "$.seriesKey")).isEqualTo(SERIES);
        assertThat((String) json(r, "$.origin")).isEqualTo("user");
        assertThat((String) json(r, "$.updatedBy")).isEqualTo(EDITOR);
        assertThat((String) json(r, "$.passage")).isEqualTo(PASSAGE);
        assertThat(new BigDecimal(json(r, "$.value").toString())).isEqualByComparingTo("1234.5");

        assertThat(rows()).isEqualTo(rows + 1);
        assertThat((BigDecimal) row(id).get("value")).isEqualByComparingTo("1234.5");
        assertThat(row(id).get("updated_by")).isEqualTo(EDITOR);
        assertThat(audits()).isEqualTo(audits + 1);
        assertThat(audit(id)).singleElement().satisfies(a -> {
            assertThat(a.get("actor")).isEqualTo(EDITOR);
            assertThat(a.get("action")).isEqualTo("create");
        });

        MockHttpServletResponse read = send(get(r.getHeader(HttpHeaders.LOCATION)), null);
        assertThat(read.getStatus()).as("the Location can be read back, anonymously").isEqualTo(200);
        assertThat((Integer) json(read, "$.id")).isEqualTo((int) id);
    }

    @Test
    void numbersMayBeSentAsJsonNumbers() throws Exception {
        long id = add(b -> {
            b.put("value", 244.8);
            b.put("passageStart", null);
        });
        assertThat((BigDecimal) row(id).get("value")).isEqualByComparingTo("244.8");
    }

    @Test
    void invalidInputIs422WithTheValidatorsMessagesAndNothingIsWritten() throws Exception {
        List<Map<String, Object>> bodies = List.of(
                figure(b -> b.put("value", "12abc")),
                figure(b -> b.put("seriesKey", "no_such_series")),
                figure(b -> b.put("passage", "Russia exported nothing to China.")),
                figure(b -> {
                    b.put("value", "");
                    b.put("period", "2024/2023");
                    b.put("sourceKey", "no-such-source.txt");
                }));
        long rows = rows();
        long audits = audits();
        for (Map<String, Object> body : bodies) {
            MockHttpServletResponse r = send(post("/api/observations").with(asEditor()), body);
            List<Map<String, String>> errors = fieldErrors(r);
            // exactly what the validator says about the same input: its field names are the API's
            List<FieldError> expected = service.validate(input(body), null);
            assertThat(expected).as("the validator rejects %s", body).isNotEmpty();
            assertThat(errors).as("errors for %s", body).containsExactlyElementsOf(expected.stream()
                    .map(f -> Map.of("field", f.field(),
                            "message", f.message()))
                    .toList());
        }
        assertThat(rows()).isEqualTo(rows);
        assertThat(audits()).isEqualTo(audits);

        // spot checks of what a client sees
        assertThat(fieldErrors(send(post("/api/observations").with(asEditor()), figure(b -> b.put("value", "12abc")))))
                .singleElement().satisfies(e -> {
                    assertThat(e.get("field")).isEqualTo("value");
                    assertThat(e.get("message")).contains("is not a number");
                });
        assertThat(fieldErrors(send(post("/api/observations").with(asEditor()),
                figure(b -> b.put("seriesKey", "no_such_series")))))
                .extracting(e -> e.get("field")).containsExactly("seriesKey");
        assertThat(fieldErrors(send(post("/api/observations").with(asEditor()),
                figure(b -> b.put("passage", "Russia exported nothing to China.")))))
                .singleElement().satisfies(e -> {
                    assertThat(e.get("field")).isEqualTo("passage");
                    assertThat(e.get("message")).contains("not in the source text");
                });
    }

    private static ObservationInput input(Map<String, Object> b) {
        return new ObservationInput((String) b.get("seriesKey"), (String) b.get("period"), (String) b.get("precision"),
                (String) b.get("value"), (String) b.get("unit"), (String) b.get("qualifier"), (String) b.get("note"),
                (String) b.get("sourceKey"), (String) b.get("passage"), null);
    }

    @Test
    void unknownFieldsAndMalformedNumbersAre422ReadOnlyFieldsAreIgnored() throws Exception {
        long rows = rows();
        assertThat(fieldErrors(send(post("/api/observations").with(asEditor()), figure(b -> b.put("sereisKey", "x")))))
                .singleElement().satisfies(e -> {
                    assertThat(e.get("field")).isEqualTo("sereisKey");
                    assertThat(e.get("message")).contains("Unknown field").contains("seriesKey");
                });
        assertThat(fieldErrors(send(post("/api/observations").with(asEditor()),
                figure(b -> b.put("passageStart", "abc"))))).extracting(e -> e.get("field"))
                .containsExactly("passageStart");
        assertThat(rows()).isEqualTo(rows);

        // a body as GET returns it (with id, origin, updatedAt ...) is accepted
        long id = add(b -> {
            b.put("id", 999_999);
            b.put("origin", "seeded");
            b.put("review", "reviewed");
            b.put("updatedBy", "someone");
            b.put("passageEnd", 1);
        });
        assertThat(row(id).get("updated_by")).isEqualTo(EDITOR);
        assertThat(jdbc.sql("SELECT origin FROM observation WHERE id = ?").param(id).query(String.class).single())
                .isEqualTo("user");
    }

    @Test
    void malformedJsonIs400AndOtherMediaTypesAre415() throws Exception {
        long rows = rows();
        MockHttpServletResponse broken = send(post("/api/observations").with(asEditor()), "{\"seriesKey\": ");
        expect(400, broken);
        assertThat(broken.getContentType()).startsWith("application/problem+json");

        MockHttpServletResponse form = secured.perform(post("/api/observations").with(asEditor())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).content("seriesKey=" + SERIES))
                .andReturn().getResponse();
        expect(415, form);
        assertThat(rows()).isEqualTo(rows);
    }

    @Test
    void whatACrossSiteHtmlFormCanSendChangesNothingEvenWithCachedBasicCredentials() throws Exception {
        // a form can only POST, with a form or text/plain body and no If-Match: every write refuses that
        long id = add(b -> { });
        expect(204, send(delete("/api/observations/" + id).with(asEditor()).header(HttpHeaders.IF_MATCH, "\"0\""),
                null));
        long audits = audits();
        for (MediaType type : List.of(MediaType.TEXT_PLAIN, MediaType.APPLICATION_FORM_URLENCODED,
                MediaType.MULTIPART_FORM_DATA)) {
            expect(415, secured.perform(post("/api/observations/" + id + "/restore").with(asEditor())
                    .contentType(type).content("{\"version\": 1}")).andReturn().getResponse());
            expect(415, secured.perform(post("/api/observations").with(asEditor()).contentType(type)
                    .content(tools.jackson.databind.json.JsonMapper.builder().build()
                            .writeValueAsString(figure(b -> { })))).andReturn().getResponse());
        }
        expect(415, secured.perform(post("/api/observations/" + id + "/restore").with(asEditor())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)).andReturn().getResponse());
        problem(send(post("/api/observations/" + id + "/restore").with(asEditor()), null), 428,
                "urn:crdash:problem:precondition-required");
        assertThat(row(id).get("deleted_at")).isNotNull();
        assertThat(audits()).isEqualTo(audits);
    }

    @Test
    void getReturnsTheVersionAsETagAndHonoursIfNoneMatch() throws Exception {
        long id = add(b -> { });
        MockHttpServletResponse r = send(get("/api/observations/" + id), null);
        expect(200, r);
        assertThat(r.getHeader(HttpHeaders.ETAG)).isEqualTo("\"" + version(id) + "\"");
        assertThat((Integer) json(r, "$.version")).isEqualTo(version(id));
        assertThat(send(get("/api/observations/" + id).header(HttpHeaders.IF_NONE_MATCH, r.getHeader(HttpHeaders.ETAG)),
                null).getStatus()).isEqualTo(304);
    }

    @Test
    void updateWithTheCurrentVersionIs200AndBumpsTheVersion() throws Exception {
        long id = add(b -> { });
        long audits = audits();

        MockHttpServletResponse r = send(put("/api/observations/" + id + SAVE_ANYWAY).with(asEditor())
                .header(HttpHeaders.IF_MATCH, "\"0\""), figure(b -> b.put("value", "2000")));

        expect(200, r);
        assertThat(r.getHeader(HttpHeaders.ETAG)).isEqualTo("\"1\"");
        assertThat((Integer) json(r, "$.version")).isEqualTo(1);
        assertThat((BigDecimal) row(id).get("value")).isEqualByComparingTo("2000");
        assertThat(version(id)).isEqualTo(1);
        assertThat(audits()).isEqualTo(audits + 1);
        assertThat(audit(id)).extracting(a -> a.get("action")).containsExactly("create", "update");

        // the version may also come as a weak ETag, or as the body's version field (e.g. a GET body sent back)
        expect(200, send(put("/api/observations/" + id + SAVE_ANYWAY).with(asEditor()).header(HttpHeaders.IF_MATCH, "W/\"1\""),
                figure(b -> b.put("value", "3000"))));
        MockHttpServletResponse current = send(get("/api/observations/" + id), null);
        Map<String, Object> edited = json(current, "$");
        edited.put("value", "4000");
        MockHttpServletResponse viaBody = expect(200, send(put("/api/observations/" + id + SAVE_ANYWAY).with(asEditor()), edited));
        assertThat((Integer) json(viaBody, "$.version")).isEqualTo(3);
        assertThat((BigDecimal) row(id).get("value")).isEqualByComparingTo("4000");
    }

    @Test
    void updateWithAStaleVersionIs409AndChangesNothing() throws Exception {
        long id = add(b -> { });
        expect(200, send(put("/api/observations/" + id + SAVE_ANYWAY).with(asEditor()).header(HttpHeaders.IF_MATCH, "\"0\""),
                figure(b -> b.put("value", "2000"))));
        long audits = audits();

        MockHttpServletResponse r = send(put("/api/observations/" + id + SAVE_ANYWAY).with(asEditor())
                .header(HttpHeaders.IF_MATCH, "\"0\""), figure(b -> b.put("value", "9999")));

        String detail = problem(r, 409, "urn:crdash:problem:conflict");
        assertThat(detail).contains("changed by " + EDITOR + " at ").contains("reload");
        assertThat((String) json(r, "$.changedBy")).isEqualTo(EDITOR);
        assertThat((String) json(r, "$.changedAt")).isNotBlank();
        assertThat((BigDecimal) row(id).get("value")).isEqualByComparingTo("2000");
        assertThat(version(id)).isEqualTo(1);
        assertThat(audits()).isEqualTo(audits);
    }

    @Test
    void aChangeWithoutAVersionIs428AndChangesNothing() throws Exception {
        long id = add(b -> { });
        long audits = audits();

        String detail = problem(send(put("/api/observations/" + id).with(asEditor()),
                figure(b -> b.put("value", "9999"))), 428, "urn:crdash:problem:precondition-required");
        assertThat(detail).contains("If-Match");
        problem(send(put("/api/observations/" + id).with(asEditor()).header(HttpHeaders.IF_MATCH, "*"),
                figure(b -> b.put("value", "9999"))), 428, "urn:crdash:problem:precondition-required");
        problem(send(delete("/api/observations/" + id).with(asEditor()), null), 428,
                "urn:crdash:problem:precondition-required");

        assertThat((BigDecimal) row(id).get("value")).isEqualByComparingTo("1234.5");
        assertThat(row(id).get("deleted_at")).isNull();
        assertThat(version(id)).isZero();
        assertThat(audits()).isEqualTo(audits);
    }

    @Test
    void badOrContradictoryVersionsAre400() throws Exception {
        long id = add(b -> { });
        problem(send(put("/api/observations/" + id).with(asEditor()).header(HttpHeaders.IF_MATCH, "\"abc\""),
                figure(b -> { })), 400, "urn:crdash:problem:invalid-parameter");
        MockHttpServletResponse both = send(put("/api/observations/" + id).with(asEditor())
                .header(HttpHeaders.IF_MATCH, "\"0\""), figure(b -> b.put("version", 5)));
        assertThat(problem(both, 400, "urn:crdash:problem:invalid-parameter")).contains("0").contains("5");
        assertThat(version(id)).isZero();
    }

    @Test
    void changingAFigureThatDoesNotExistIs404() throws Exception {
        problem(send(put("/api/observations/987654321").with(asEditor()).header(HttpHeaders.IF_MATCH, "\"0\""),
                figure(b -> { })), 404, "urn:crdash:problem:not-found");
        problem(send(delete("/api/observations/987654321").with(asEditor()).header(HttpHeaders.IF_MATCH, "\"0\""),
                null), 404, "urn:crdash:problem:not-found");
        problem(send(post("/api/observations/987654321/restore").with(asEditor())
                .header(HttpHeaders.IF_MATCH, "\"0\""), null), 404, "urn:crdash:problem:not-found");
    }

    @Test
    void deleteIs204SoftDeletesAndAuditsRestoreBringsItBack() throws Exception {
        long id = add(b -> { });
        long live = count("SELECT count(*) FROM observation WHERE deleted_at IS NULL");

        MockHttpServletResponse deleted = send(delete("/api/observations/" + id).with(asEditor())
                .header(HttpHeaders.IF_MATCH, "\"0\""), null);

        expect(204, deleted);
        assertThat(deleted.getHeader(HttpHeaders.ETAG)).isEqualTo("\"1\"");
        assertThat(row(id).get("deleted_at")).isNotNull();
        assertThat(row(id).get("deleted_by")).isEqualTo(EDITOR);
        assertThat(count("SELECT count(*) FROM observation WHERE deleted_at IS NULL")).isEqualTo(live - 1);
        assertThat(audit(id)).extracting(a -> a.get("action")).containsExactly("create", "delete");
        assertThat((String) json(send(get("/api/observations/" + id), null), "$.deletedAt")).isNotNull();
        assertThat((List<Integer>) json(send(get("/api/observations?series=" + SERIES + "&size=500"), null),
                "$.items[*].id")).doesNotContain((int) id);

        // deleting again (stale version): a conflict that says it was deleted
        assertThat(problem(send(delete("/api/observations/" + id).with(asEditor())
                .header(HttpHeaders.IF_MATCH, "\"0\""), null), 409, "urn:crdash:problem:conflict"))
                .contains("deleted by " + EDITOR);
        problem(send(post("/api/observations/" + id + "/restore").with(asEditor()), null), 428,
                "urn:crdash:problem:precondition-required");

        MockHttpServletResponse restored = send(post("/api/observations/" + id + "/restore").with(asEditor())
                .header(HttpHeaders.IF_MATCH, deleted.getHeader(HttpHeaders.ETAG)), null);

        expect(200, restored);
        assertThat((Object) json(restored, "$.deletedAt")).isNull();
        assertThat((Integer) json(restored, "$.version")).isEqualTo(2);
        assertThat(restored.getHeader(HttpHeaders.ETAG)).isEqualTo("\"2\"");
        assertThat(row(id).get("deleted_at")).isNull();
        assertThat(audit(id)).extracting(a -> a.get("action")).containsExactly("create", "delete", "restore");

        // the restore's version may also come in a JSON body
        expect(204, send(delete("/api/observations/" + id).with(asEditor()).header(HttpHeaders.IF_MATCH, "\"2\""),
                null));
        expect(200, send(post("/api/observations/" + id + "/restore").with(asEditor()), Map.of("version", 3)));
        assertThat(row(id).get("deleted_at")).isNull();
    }

    @Test
    void anonymousWritesAre401AndViewersWritesAre403NothingChanges() throws Exception {
        long id = add(b -> { });
        long rows = rows();
        long audits = audits();

        MockHttpServletResponse anonymous = send(post("/api/observations"), figure(b -> { }));
        problem(anonymous, 401, "urn:crdash:problem:unauthorized");
        assertThat(anonymous.getHeader(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic realm=");
        problem(send(post("/api/observations").with(org.springframework.security.test.web.servlet.request
                .SecurityMockMvcRequestPostProcessors.httpBasic(EDITOR, "wrong-password-1")), figure(b -> { })),
                401, "urn:crdash:problem:unauthorized");
        problem(send(put("/api/observations/" + id).header(HttpHeaders.IF_MATCH, "\"0\""), figure(b -> { })), 401,
                "urn:crdash:problem:unauthorized");
        problem(send(delete("/api/observations/" + id).header(HttpHeaders.IF_MATCH, "\"0\""), null), 401,
                "urn:crdash:problem:unauthorized");

        assertThat(problem(send(post("/api/observations").with(asViewer()), figure(b -> { })), 403,
                "urn:crdash:problem:forbidden")).contains(VIEWER);
        problem(send(put("/api/observations/" + id).with(asViewer()).header(HttpHeaders.IF_MATCH, "\"0\""),
                figure(b -> b.put("value", "1"))), 403, "urn:crdash:problem:forbidden");
        problem(send(delete("/api/observations/" + id).with(asViewer()).header(HttpHeaders.IF_MATCH, "\"0\""), null),
                403, "urn:crdash:problem:forbidden");
        problem(send(post("/api/observations/" + id + "/restore").with(asViewer())
                .header(HttpHeaders.IF_MATCH, "\"0\""), null), 403, "urn:crdash:problem:forbidden");

        assertThat(rows()).isEqualTo(rows);
        assertThat(audits()).isEqualTo(audits);
        assertThat(version(id)).isZero();
        assertThat(row(id).get("deleted_at")).isNull();
    }

    @Test
    void readingStaysPublicWithoutAndWithCredentials() throws Exception {
        for (String url : List.of("/api/series", "/api/observations?size=5", "/api/events?size=5", "/api/sources",
                "/api/sources/" + SOURCE + "/text", "/api/export/observations.csv", "/api/export/events.csv",
                "/v3/api-docs", "/swagger-ui/index.html")) {
            MockHttpServletResponse r = send(get(url), null);
            assertThat(r.getStatus()).as("anonymous GET %s", url).isEqualTo(200);
            assertThat(r.getHeader(HttpHeaders.SET_COOKIE)).as("no session for %s", url).isNull();
        }
        assertThat(send(get("/api/series").with(asViewer()), null).getStatus()).isEqualTo(200);
        assertThat(send(get("/api/series").with(asEditor()), null).getStatus()).isEqualTo(200);
    }
}
