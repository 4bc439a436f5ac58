package org.crdash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.TestSecurityContextHolder;
import org.crdash.base.api.OpenApiContract;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * REST/export endpoint tests through MockMvc against the real app context and database. {@link #mvc} calls the
 * controllers directly; {@link #secured} goes through the app's security filter chains first, as a real client
 * does (the accounts are those of application-test.properties).
 */
@IntegrationTest
public abstract class ApiTest {

    protected static final String EDITOR = "editor";
    protected static final String EDITOR_PASSWORD = "editor-test-password-1";
    protected static final String VIEWER = "reader";
    protected static final String VIEWER_PASSWORD = "reader-test-password-1";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    protected WebApplicationContext context;

    @Autowired
    protected JdbcClient jdbc;

    /** The app's own OpenAPI document, read once: every answer under /api a test receives must match it. */
    private static OpenApiContract contract;

    protected MockMvc mvc;
    protected MockMvc secured;
    private final List<String> contractProblems = new ArrayList<>();

    @BeforeEach
    void setUpMockMvc() throws Exception {
        if (contract == null) {
            contract = new OpenApiContract(MockMvcBuilders.webAppContextSetup(context).build()
                    .perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        }
        mvc = MockMvcBuilders.webAppContextSetup(context).alwaysDo(this::matchesSpec).build();
        secured = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).alwaysDo(this::matchesSpec)
                .build();
        // every request starts as "nobody signed in", whatever earlier tests on this thread did
        TestSecurityContextHolder.clearContext();
        SecurityContextHolder.clearContext();
    }

    /** Status, content type and JSON body of every API answer against the spec ({@link OpenApiContract}). */
    private void matchesSpec(MvcResult result) throws Exception {
        String path = result.getRequest().getRequestURI();
        if (path.startsWith("/api/")) {
            MockHttpServletResponse r = result.getResponse();
            contractProblems.addAll(contract.problems(result.getRequest().getMethod(), path, r.getStatus(),
                    r.getContentType(), r.getContentAsString(StandardCharsets.UTF_8)));
        }
    }

    @AfterEach
    void everyAnswerMatchedTheSpec() {
        assertThat(contractProblems).as("API answers in this test that differ from /v3/api-docs").isEmpty();
    }

    /** HTTP Basic credentials of the test editor. */
    protected static RequestPostProcessor asEditor() {
        return httpBasic(EDITOR, EDITOR_PASSWORD);
    }

    /** HTTP Basic credentials of the test viewer (signed in, not an editor). */
    protected static RequestPostProcessor asViewer() {
        return httpBasic(VIEWER, VIEWER_PASSWORD);
    }

    /** Sends a request through the security filters; {@code body} (if not null) as JSON. */
    protected MockHttpServletResponse send(MockHttpServletRequestBuilder request, Object body) throws Exception {
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON)
                    .content(body instanceof String s ? s : JSON.writeValueAsString(body));
        }
        return secured.perform(request).andReturn().getResponse();
    }

    /** Asserts the status of a response to a write, showing its body when it differs. */
    protected static MockHttpServletResponse expect(int status, MockHttpServletResponse response) throws Exception {
        assertThat(response.getStatus()).as("status; body: %s", body(response)).isEqualTo(status);
        return response;
    }

    /** Asserts an RFC 9457 problem of the given status and type; returns its detail. */
    protected static String problem(MockHttpServletResponse response, int status, String type) throws Exception {
        expect(status, response);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat((Integer) json(response, "$.status")).isEqualTo(status);
        assertThat((String) json(response, "$.type")).isEqualTo(type);
        return json(response, "$.detail");
    }

    /** The {@code errors} of a 422 problem as (field, message) maps. */
    protected static List<Map<String, String>> fieldErrors(MockHttpServletResponse response) throws Exception {
        problem(response, 422, "urn:crdash:problem:validation");
        return json(response, "$.errors");
    }

    protected MockHttpServletResponse get200(String url) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(url)).andReturn().getResponse();
        assertThat(response.getStatus()).as("status of GET %s: %s", url, body(response)).isEqualTo(200);
        return response;
    }

    protected static String body(MockHttpServletResponse response) throws Exception {
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    protected static <T> T json(MockHttpServletResponse response, String path) throws Exception {
        return JsonPath.read(body(response), path);
    }

    protected long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    /** Asserts an RFC 9457 problem response and returns it for further checks. */
    protected MockHttpServletResponse problem(String url, int status, String type, String title, String detailPart)
            throws Exception {
        MockHttpServletResponse response = mvc.perform(get(url)).andReturn().getResponse();
        assertThat(response.getStatus()).as("status of GET %s: %s", url, body(response)).isEqualTo(status);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        if (type == null) {
            assertThat(body(response)).doesNotContain("\"type\""); // RFC 9457: absent means about:blank
        } else {
            assertThat((String) json(response, "$.type")).isEqualTo(type);
        }
        assertThat((String) json(response, "$.title")).isEqualTo(title);
        assertThat((Integer) json(response, "$.status")).isEqualTo(status);
        assertThat((String) json(response, "$.detail")).contains(detailPart);
        return response;
    }

    protected MockHttpServletResponse badParameter(String url, String parameter, String detailPart) throws Exception {
        MockHttpServletResponse response = problem(url, 400, "urn:crdash:problem:invalid-parameter",
                "Invalid parameter", detailPart);
        assertThat((String) json(response, "$.parameter")).isEqualTo(parameter);
        return response;
    }

    protected MockHttpServletResponse notFound(String url, String detailPart) throws Exception {
        return problem(url, 404, "urn:crdash:problem:not-found", "Not found", detailPart);
    }
}
