package org.crdash.event.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.crdash.ApiTest;
import org.crdash.base.FieldError;
import org.crdash.event.EventInput;
import org.crdash.event.EventService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;

/** The write API for events, through the real security filters and database. */
class EventWriteApiTest extends ApiTest {

    static final String SOURCE = "000_86d270af3dbf64d1.txt";
    static final String PASSAGE = "In March 2023, China and Russia strongly reaffirmed their friendship during Xi’s "
            + "visit to Moscow, just after the start of his unprecedented third term.";

    @Autowired
    EventService service;

    private final List<Long> created = new ArrayList<>();

    @AfterEach
    void removeCreatedRows() {
        created.forEach(id -> jdbc.sql("DELETE FROM event WHERE id = ?").param(id).update());
    }

    static Map<String, Object> event(Consumer<Map<String, Object>> change) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("date", "2023-03");
        body.put("precision", "month");
        body.put("dateText", "March 2023");
        body.put("title", "Xi visits Moscow (API test)");
        body.put("category", "diplomatic visit");
        body.put("sourceKey", SOURCE);
        body.put("passage", PASSAGE);
        change.accept(body);
        return body;
    }

    long rows() {
        return count("SELECT count(*) FROM event");
    }

    long audits() {
        return count("SELECT count(*) FROM audit_log");
    }

    Map<String, Object> row(long id) {
        return jdbc.sql("SELECT title, version, deleted_at, updated_by FROM event WHERE id = ?").param(id).query()
                .singleRow();
    }

    List<String> actions(long id) {
        return jdbc.sql("SELECT action FROM audit_log WHERE entity_type = 'event' AND entity_id = ? ORDER BY id")
                .param(id).query(String.class).list();
    }

    long add() throws Exception {
        MockHttpServletResponse r = expect(201, send(post("/api/events").with(asEditor()), event(b -> { })));
        long id = ((Number) json(r, "$.id")).longValue();
        created.add(id);
        return id;
    }

    @Test
    void anEditorAddsAnEvent201WithLocationTheRowAndAnAuditRow() throws Exception {
        long rows = rows();
        long audits = audits();

        MockHttpServletResponse r = expect(201, send(post("/api/events").with(asEditor()), event(b -> { })));

        long id = ((Number) json(r, "$.id")).longValue();
        created.add(id);
        assertThat(r.getHeader(HttpHeaders.LOCATION)).endsWith("/api/events/" + id);
        assertThat(r.getHeader(HttpHeaders.ETAG)).isEqualTo("\"0\"");
        assertThat((String) json(r, "$.title")).isEqualTo("Xi visits Moscow (API test)");
        assertThat((String) json(r, "$.precision")).isEqualTo("month");
        assertThat((String) json(r, "$.origin")).isEqualTo("user");
        assertThat(rows()).isEqualTo(rows + 1);
        assertThat(row(id).get("updated_by")).isEqualTo(EDITOR);
        assertThat(audits()).isEqualTo(audits + 1);
        assertThat(actions(id)).containsExactly("create");
        MockHttpServletResponse read = expect(200, send(get("/api/events/" + id), null));
        assertThat(read.getHeader(HttpHeaders.ETAG)).isEqualTo("\"0\"");
    }

    @Test
    void invalidInputIs422WithTheValidatorsMessagesAndNothingIsWritten() throws Exception {
        long rows = rows();
        long audits = audits();
        for (Map<String, Object> body : List.of(
                event(b -> b.put("category", "picnic")),
                event(b -> b.put("passage", "China and Russia fell out in 2023.")),
                event(b -> {
                    b.put("title", "");
                    b.put("sourceKey", "no-such-source.txt");
                    b.put("date", "2024/2020");
                    b.put("precision", null);
                }))) {
            List<FieldError> expected = service.validate(new EventInput((String) body.get("date"),
                    (String) body.get("precision"), (String) body.get("dateText"), (String) body.get("title"),
                    (String) body.get("category"), (String) body.get("sourceKey"), (String) body.get("passage"), null,
                    null), null);
            assertThat(expected).as("the validator rejects %s", body).isNotEmpty();
            assertThat(fieldErrors(send(post("/api/events").with(asEditor()), body))).as("errors for %s", body)
                    .containsExactlyElementsOf(expected.stream()
                            .map(f -> Map.of("field", f.field(),
                                    "message", f.message()))
                            .toList());
        }
        assertThat(fieldErrors(send(post("/api/events").with(asEditor()),
                event(b -> b.put("sourceKey", "no-such-source.txt"))))).extracting(e -> e.get("field"))
                .containsExactly("sourceKey");
        assertThat(rows()).isEqualTo(rows);
        assertThat(audits()).isEqualTo(audits);
    }

    @Test
    void updateNeedsTheCurrentVersion200Then409OrWithoutOne428() throws Exception {
        long id = add();

        problem(send(put("/api/events/" + id).with(asEditor()), event(b -> b.put("title", "Changed"))), 428,
                "urn:crdash:problem:precondition-required");
        MockHttpServletResponse ok = expect(200, send(put("/api/events/" + id).with(asEditor())
                .header(HttpHeaders.IF_MATCH, "\"0\""), event(b -> b.put("title", "Changed"))));
        assertThat(ok.getHeader(HttpHeaders.ETAG)).isEqualTo("\"1\"");
        assertThat((Integer) json(ok, "$.version")).isEqualTo(1);
        assertThat(row(id).get("title")).isEqualTo("Changed");

        String detail = problem(send(put("/api/events/" + id).with(asEditor()).header(HttpHeaders.IF_MATCH, "\"0\""),
                event(b -> b.put("title", "Lost update"))), 409, "urn:crdash:problem:conflict");
        assertThat(detail).contains("changed by " + EDITOR + " at ").contains("reload");
        assertThat(row(id).get("title")).isEqualTo("Changed");
        assertThat(((Number) row(id).get("version")).intValue()).isEqualTo(1);
        assertThat(actions(id)).containsExactly("create", "update");
    }

    @Test
    void deleteIs204AndSoftRestoreIs200BothAudited() throws Exception {
        long id = add();
        problem(send(delete("/api/events/" + id).with(asEditor()), null), 428,
                "urn:crdash:problem:precondition-required");

        MockHttpServletResponse deleted = expect(204, send(delete("/api/events/" + id).with(asEditor())
                .header(HttpHeaders.IF_MATCH, "\"0\""), null));
        assertThat(row(id).get("deleted_at")).isNotNull();
        assertThat((List<Integer>) json(send(get("/api/events?size=500"), null), "$.items[*].id"))
                .doesNotContain((int) id);

        MockHttpServletResponse restored = expect(200, send(post("/api/events/" + id + "/restore").with(asEditor())
                .header(HttpHeaders.IF_MATCH, deleted.getHeader(HttpHeaders.ETAG)), null));
        assertThat((Object) json(restored, "$.deletedAt")).isNull();
        assertThat(row(id).get("deleted_at")).isNull();
        assertThat(actions(id)).containsExactly("create", "delete", "restore");
    }

    @Test
    void anonymousIs401ViewerIs403() throws Exception {
        long id = add();
        long rows = rows();
        problem(send(post("/api/events"), event(b -> { })), 401, "urn:crdash:problem:unauthorized");
        problem(send(post("/api/events").with(asViewer()), event(b -> { })), 403, "urn:crdash:problem:forbidden");
        problem(send(delete("/api/events/" + id).with(asViewer()).header(HttpHeaders.IF_MATCH, "\"0\""), null), 403,
                "urn:crdash:problem:forbidden");
        assertThat(rows()).isEqualTo(rows);
        assertThat(row(id).get("deleted_at")).isNull();
    }
}
