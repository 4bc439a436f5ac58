package org.crdash.base.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.crdash.IntegrationTest;
import org.crdash.event.EventService;
import org.crdash.series.ObservationInput;
import org.crdash.series.ObservationService;
import org.crdash.source.SourceInput;
import org.crdash.source.SourceService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.context.WebApplicationContext;

/** HTTP-level security: what is public, what needs an editor, CSRF, sign-in, and no passwords in the log. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class SecurityTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    @org.springframework.beans.factory.annotation.Qualifier("springSecurityFilterChain")
    jakarta.servlet.Filter filterChain;
    @Autowired
    ObservationService series;
    @Autowired
    EventService events;
    @Autowired
    SourceService sources;
    @Autowired
    JdbcClient jdbc;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    private MockHttpServletResponse perform(
            org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        anonymous();
        return mvc.perform(request).andReturn().getResponse();
    }

    /**
     * An API endpoint that only the tests have: one read and one write, registered only with the standalone
     * MockMvc (Spring Boot's TestTypeExcludeFilter keeps nested classes of test classes out of component
     * scanning), behind the app's real security filter chains.
     */
    @Controller
    static class StubApi {
        @GetMapping("/api/stub")
        @ResponseBody
        String read() {
            return "read";
        }

        @PostMapping("/api/stub")
        @ResponseBody
        String write() {
            return "written";
        }
    }

    /** The app's real security filter chain in front of the stub API. */
    private MockMvc api() {
        anonymous();
        return MockMvcBuilders.standaloneSetup(new StubApi()).apply(springSecurity(filterChain)).build();
    }

    /** The HTTP tests start from "nobody signed in", whatever earlier tests on this thread did. */
    private static void anonymous() {
        org.springframework.security.test.context.TestSecurityContextHolder.clearContext();
    }

    @Test
    void readingTheApiIsPublicWritingNeedsAnEditorAuthenticatedWithHttpBasic() throws Exception {
        assertThat(context.getBeanNamesForType(StubApi.class)).as("the stub is not part of the app").isEmpty();
        MockMvc api = api();
        MockHttpServletResponse read = api.perform(get("/api/stub")).andReturn().getResponse();
        assertThat(read.getStatus()).as("%s %s %s", read.getErrorMessage(), read.getForwardedUrl(),
                read.getContentAsString()).isEqualTo(200);
        assertThat(read.getContentAsString()).isEqualTo("read");

        MockHttpServletResponse anonymous = api.perform(post("/api/stub")).andReturn().getResponse();
        assertThat(anonymous.getStatus()).as("anonymous").isEqualTo(401);
        assertThat(anonymous.getHeader("WWW-Authenticate")).startsWith("Basic ");
        assertThat(api.perform(post("/api/stub").with(csrf())).andReturn().getResponse().getStatus())
                .as("a CSRF token is no credential").isEqualTo(401);
        assertThat(api.perform(post("/api/stub").with(httpBasic("reader", "reader-test-password-1")))
                .andReturn().getResponse().getStatus()).as("a viewer").isEqualTo(403);
        assertThat(api.perform(post("/api/stub").with(httpBasic("editor", "not-the-password")))
                .andReturn().getResponse().getStatus()).as("a wrong password").isEqualTo(401);
        MockHttpServletResponse written = api.perform(post("/api/stub")
                .with(httpBasic("editor", "editor-test-password-1"))).andReturn().getResponse();
        assertThat(written.getStatus()).as("an editor, stateless: no CSRF token needed").isEqualTo(200);
        assertThat(written.getContentAsString()).isEqualTo("written");
        assertThat(written.getHeader("Set-Cookie")).as("no session is created for API clients").isNull();
    }

    /** Signs in through the form as a browser does and returns the browser's session. */
    private MockHttpSession browserSession() throws Exception {
        MvcResult login = mvc.perform(formLogin("/login").user("editor").password("editor-test-password-1"))
                .andReturn();
        assertThat(login.getResponse().getStatus()).isEqualTo(302);
        assertThat(login.getResponse().getRedirectedUrl()).doesNotContain("error");
        MockHttpSession session = (MockHttpSession) login.getRequest().getSession(false);
        assertThat(session).isNotNull();
        anonymous();
        return session;
    }

    @Test
    void aBrowserSessionIsNoCredentialForTheApiSoItsMissingCsrfCheckCannotBeAbused() throws Exception {
        MockHttpSession session = browserSession();
        MockMvc api = api();
        // signed in in the browser, but the API only accepts HTTP Basic: a cross-site request riding on the
        // session cookie is anonymous there
        assertThat(api.perform(post("/api/stub").session(session)).andReturn().getResponse().getStatus())
                .isEqualTo(401);
        assertThat(api.perform(post("/api/stub").session(session).with(csrf())).andReturn().getResponse()
                .getStatus()).isEqualTo(401);
    }

    @Test
    void theBrowserUiStillNeedsCsrfTokens() throws Exception {
        MockHttpSession session = browserSession();
        // a signed-in browser's POST outside /api without Spring's CSRF token (e.g. a forged cross-site form)
        for (String path : new String[] {"/", "/logout", "/edit/observations"}) {
            MockHttpServletResponse forged = mvc.perform(post(path).session(session)).andReturn().getResponse();
            assertThat(forged.getStatus()).as("POST %s without a CSRF token", path).isEqualTo(403);
        }
        // the same session with the token: signing out works
        MockHttpServletResponse logout = mvc.perform(post("/logout").session(session).with(csrf()))
                .andReturn().getResponse();
        assertThat(logout.getStatus()).isEqualTo(302);
    }

    @Test
    void editorViewsRedirectAnonymousVisitorsToSignIn() throws Exception {
        // (Vaadin decides per view: @AnonymousAllowed views are let through, see the Karibu view tests)
        for (String path : new String[] {"/edit/observations", "/edit/events", "/sources/new", "/deleted"}) {
            MockHttpServletResponse r = perform(get(path));
            assertThat(r.getStatus()).as(path).isEqualTo(302);
            assertThat(r.getRedirectedUrl()).as(path).endsWith("/login");
        }
    }

    @Test
    void signInWorksWithTheConfiguredCredentialsAndNoPasswordIsLogged(CapturedOutput output) throws Exception {
        MockHttpServletResponse ok = perform(formLogin("/login").user("editor").password("editor-test-password-1"));
        assertThat(ok.getStatus()).isEqualTo(302);
        assertThat(ok.getRedirectedUrl()).doesNotContain("error");

        MockHttpServletResponse bad = perform(formLogin("/login").user("editor").password("wrong-guess-123"));
        assertThat(bad.getRedirectedUrl()).endsWith("/login?error");
        MockHttpServletResponse viewer = perform(formLogin("/login").user("reader").password("wrong-guess-123"));
        assertThat(viewer.getRedirectedUrl()).endsWith("/login?error");

        assertThat(output.getAll()).doesNotContain("editor-test-password-1").doesNotContain("wrong-guess-123");
    }

    @Test
    @WithAnonymousUser
    void servicesRefuseWritesFromAnonymousUsers() {
        long before = jdbc.sql("SELECT count(*) FROM observation").query(Long.class).single();
        assertThatThrownBy(() -> series.add(new ObservationInput("china_russia_trade_usd_bn", "2024",
                null, "1", null, null, null, "x", "y", null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> series.delete(1, 0)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> events.delete(1, 0)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sources.add(new SourceInput("t", null, null, null, null, null, null, "text")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.sql("SELECT count(*) FROM observation").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    @WithMockUser(username = "reader", roles = Roles.VIEWER)
    void servicesRefuseWritesFromViewers() {
        assertThatThrownBy(() -> series.delete(1, 0)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> events.restore(1, 0)).isInstanceOf(AccessDeniedException.class);
    }
}
