package org.crdash.series.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.crdash.base.FieldError;
import org.crdash.series.ObservationInput;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The write API for figures, adding one: HTTP Basic editors add figures; every body is validated as the form
 * validates it (422 with the validator's messages), malformed ones are 400 or 415, and a cross-site form changes
 * nothing.
 */
class ObservationWriteApiTest extends ObservationApiFixture {

    @Test
    void anEditorAddsAFigure201WithLocationETagTheRowAndAnAuditRow() throws Exception {
        long rows = rows();
        long audits = audits();

        MockHttpServletResponse r = expect(201, send(post("/api/observations").with(asEditor()), figure(b -> { })));

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
}
