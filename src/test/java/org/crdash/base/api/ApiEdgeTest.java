package org.crdash.base.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Through a real server (Tomcat, the security filters and Vaadin's catch-all servlet, which MockMvc would skip):
 * every answer under /api is problem JSON, never Vaadin's HTML page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ApiEdgeTest {

    private static final String EDITOR = "Basic " + Base64.getEncoder()
            .encodeToString("editor:editor-test-password-1".getBytes(StandardCharsets.UTF_8));

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void unknownPathsAnswer404ProblemJsonWhateverTheMethodOrCredentials() throws Exception {
        for (String path : new String[] {"/api/no-such-thing", "/api", "/api/", "/api/series/x/y/z",
                "/api/export/nothing.csv"}) {
            problem(send("GET", path, null, null, null), 404, path);
        }
        problem(send("POST", "/api/no-such-thing", null, "application/json", "{}"), 404, "anonymous POST");
        problem(send("DELETE", "/api/observations/1/nothing", EDITOR, null, null), 404, "editor DELETE");
    }

    @Test
    void unsupportedMethodsAnswer405WithAllowWhetherSignedInOrNot() throws Exception {
        HttpResponse<String> anonymous = send("PUT", "/api/series", null, "application/json", "{}");
        problem(anonymous, 405, "anonymous PUT /api/series");
        assertThat(anonymous.headers().firstValue("Allow").orElse("")).contains("GET", "POST");
        problem(send("PATCH", "/api/series/china_russia_trade_usd_bn", EDITOR, "application/json", "{}"), 405, "editor PATCH");
        problem(send("PATCH", "/api/observations/1", null, "application/json", "{}"), 405, "PATCH");
    }

    @Test
    void aBodyTypeTheEndpointDoesNotTakeIs415() throws Exception {
        problem(send("POST", "/api/observations", EDITOR, "text/plain", "hello"), 415, "text/plain as editor");
        problem(send("POST", "/api/observations", null, "application/xml", "<a/>"), 415, "xml anonymously");
    }

    @Test
    void anAcceptTheEndpointCannotServeIs406() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/api/series"))
                .header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.ofString());
        problem(response, 406, "Accept: text/html");
    }

    @Test
    void controlCharactersInParametersArea400NamingTheParameter() throws Exception {
        for (String[] c : new String[][] {{"/api/observations?series=%00", "series"},
                {"/api/events?source=%00", "source"}, {"/api/export/observations.csv?source=%00", "source"},
                {"/api/export/events.csv?source=x%01y", "source"}, {"/api/sources/a%01b", "path"}}) {
            HttpResponse<String> response = send("GET", c[0], null, null, null);
            problem(response, 400, c[0]);
            assertThat((String) JsonPath.read(response.body(), "$.parameter")).as(c[0]).isEqualTo(c[1]);
        }
    }

    @Test
    void requestsTheFirewallOrTheContainerRejectAreProblemJsonToo() throws Exception {
        problem(send("GET", "/api/observations/%3B", null, null, null), 400, "encoded semicolon");
        HttpResponse<String> emptyName = send("GET", "/api/observations?=null", null, null, null);
        assertThat(emptyName.statusCode()).isBetween(400, 499);
        assertThat(emptyName.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    @Test
    void whatTomcatRejectsBeforeTheAppIsProblemJsonUnderApi() throws Exception {
        String response = raw("GET /api/series HTTP/1.1\r\nHost: localhost\r\nX-Note: a\u0001b\r\n"
                + "Connection: close\r\n\r\n");
        assertThat(response).startsWith("HTTP/1.1 400");
        assertThat(response).containsIgnoringCase("Content-Type: application/problem+json")
                .contains("\"status\":400").doesNotContainIgnoringCase("<html");
        String nul = raw("GET /api/series/a%00b HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertThat(nul).startsWith("HTTP/1.1 400").containsIgnoringCase("application/problem+json");
    }

    private String raw(String request) throws Exception {
        try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void knownEndpointsAndTheUiStillAnswerAsBefore() throws Exception {
        HttpResponse<String> series = send("GET", "/api/series", null, null, null);
        assertThat(series.statusCode()).isEqualTo(200);
        assertThat(series.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        HttpResponse<String> ui = send("GET", "/", null, null, null);
        assertThat(ui.statusCode()).isEqualTo(200);
        assertThat(ui.body()).containsIgnoringCase("<html");
        problem(send("POST", "/api/observations", null, "application/json", "{}"), 401, "anonymous write");
    }

    private void problem(HttpResponse<String> response, int status, String what) {
        assertThat(response.statusCode()).as("%s: %s", what, response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).as(what)
                .startsWith("application/problem+json");
        assertThat(response.body()).as(what).doesNotContainIgnoringCase("<html");
        assertThat((Integer) JsonPath.read(response.body(), "$.status")).as(what).isEqualTo(status);
        assertThat((String) JsonPath.read(response.body(), "$.detail")).as(what).isNotBlank();
    }

    private HttpResponse<String> send(String method, String path, String authorization, String contentType,
                                      String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
