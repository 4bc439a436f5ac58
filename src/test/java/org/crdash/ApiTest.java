package org.crdash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** REST/export endpoint tests through MockMvc against the real app context and database. */
@IntegrationTest
public abstract class ApiTest {

    @Autowired
    protected WebApplicationContext context;

    @Autowired
    protected JdbcClient jdbc;

    protected MockMvc mvc;

    @BeforeEach
    void setUpMockMvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context).build();
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
