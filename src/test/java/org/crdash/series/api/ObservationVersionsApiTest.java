package org.crdash.series.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The write API for figures, changing one: every change names the version it read (ETag / If-Match; stale is
 * 409, none is 428), delete and restore are versioned and audited, and everyone but editors can only read.
 */
class ObservationVersionsApiTest extends ObservationApiFixture {

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

        MockHttpServletResponse r = send(put("/api/observations/" + id).with(asEditor())
                .header(HttpHeaders.IF_MATCH, "\"0\""), figure(b -> b.put("value", "2000")));

        expect(200, r);
        assertThat(r.getHeader(HttpHeaders.ETAG)).isEqualTo("\"1\"");
        assertThat((Integer) json(r, "$.version")).isEqualTo(1);
        assertThat((BigDecimal) row(id).get("value")).isEqualByComparingTo("2000");
        assertThat(version(id)).isEqualTo(1);
        assertThat(audits()).isEqualTo(audits + 1);
        assertThat(audit(id)).extracting(a -> a.get("action")).containsExactly("create", "update");

        // the version may also come as a weak ETag, or as the body's version field (e.g. a GET body sent back)
        expect(200, send(put("/api/observations/" + id).with(asEditor()).header(HttpHeaders.IF_MATCH, "W/\"1\""),
                figure(b -> b.put("value", "3000"))));
        MockHttpServletResponse current = send(get("/api/observations/" + id), null);
        Map<String, Object> edited = json(current, "$");
        edited.put("value", "4000");
        MockHttpServletResponse viaBody = expect(200, send(put("/api/observations/" + id).with(asEditor()), edited));
        assertThat((Integer) json(viaBody, "$.version")).isEqualTo(3);
        assertThat((BigDecimal) row(id).get("value")).isEqualByComparingTo("4000");
    }

    @Test
    void updateWithAStaleVersionIs409AndChangesNothing() throws Exception {
        long id = add(b -> { });
        expect(200, send(put("/api/observations/" + id).with(asEditor()).header(HttpHeaders.IF_MATCH, "\"0\""),
                figure(b -> b.put("value", "2000"))));
        long audits = audits();

        MockHttpServletResponse r = send(put("/api/observations/" + id).with(asEditor())
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
