package org.crdash.base.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.crdash.IntegrationTest;
import org.crdash.event.EventService;
import org.crdash.series.ObservationInput;
import org.crdash.series.SeriesService;
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
    SeriesService series;
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
     * Stands in for the REST API (built on another branch): one read and one write endpoint, registered only with
     * the standalone MockMvc (Spring Boot's TestTypeExcludeFilter keeps nested classes of test classes out of
     * component scanning).
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
    void healthIsPublic() throws Exception {
        assertThat(perform(get("/actuator/health")).getStatus()).isEqualTo(200);
    }

    @Test
    void readingTheApiIsPublicWritingNeedsCsrfTokenAndSignIn() throws Exception {
        assertThat(context.getBeanNamesForType(StubApi.class)).as("the stub is not part of the app").isEmpty();
        MockMvc api = api();
        MockHttpServletResponse read = api.perform(get("/api/stub")).andReturn().getResponse();
        assertThat(read.getStatus()).as("%s %s %s", read.getErrorMessage(), read.getForwardedUrl(),
                read.getContentAsString()).isEqualTo(200);
        assertThat(read.getContentAsString()).isEqualTo("read");

        assertThat(api.perform(post("/api/stub")).andReturn().getResponse().getStatus())
                .as("no CSRF token").isEqualTo(403);
        assertThat(api.perform(post("/api/stub").with(csrf())).andReturn().getResponse().getStatus())
                .as("CSRF token but anonymous").isEqualTo(401);
        assertThat(api.perform(post("/api/stub").with(user("reader").roles(Roles.VIEWER)))
                .andReturn().getResponse().getStatus()).as("signed in, no CSRF token").isEqualTo(403);
        MockHttpServletResponse written = api.perform(post("/api/stub").with(csrf())
                .with(user("editor").roles(Roles.EDITOR))).andReturn().getResponse();
        assertThat(written.getStatus()).isEqualTo(200);
    }

    @Test
    void editorViewsRedirectAnonymousVisitorsToSignIn() throws Exception {
        // (Vaadin decides per view: @AnonymousAllowed views are let through, see the Karibu view tests)
        for (String path : new String[] {"/edit/figures", "/edit/events", "/sources/new", "/deleted"}) {
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
        assertThatThrownBy(() -> series.addObservation(new ObservationInput("china_russia_trade_usd_bn", "2024",
                null, "1", null, null, null, "x", "y", null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> series.deleteObservation(1, 0)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> events.delete(1, 0)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sources.create(new SourceInput("t", null, null, null, null, null, null, "text")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.sql("SELECT count(*) FROM observation").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    @WithMockUser(username = "reader", roles = Roles.VIEWER)
    void servicesRefuseWritesFromViewers() {
        assertThatThrownBy(() -> series.deleteObservation(1, 0)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> events.restore(1, 0)).isInstanceOf(AccessDeniedException.class);
    }
}
