package org.crdash.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.catalina.Context;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The app on a real loopback port, attacked as issue 16 describes, bounded in count and time: anonymous session
 * floods and password guessing, form and HTTP Basic. Each test sends from its own 127.0.0.x address.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "app.rate-limit.new-sessions-per-minute=20",
        "app.rate-limit.page-loads-per-minute=40",
        "app.sign-in.account-failures=5",
        "app.sign-in.address-failures=50",
        "app.sign-in.first-lockout=2s",
        "app.sign-in.max-lockout=4s"})
@ActiveProfiles("test")
class OpenInternetTest {

    @Autowired
    WebServerApplicationContext context;

    private int port() {
        return context.getWebServer().getPort();
    }

    private int activeSessions() {
        TomcatWebServer tomcat = (TomcatWebServer) context.getWebServer();
        Context app = (Context) tomcat.getTomcat().getHost().findChildren()[0];
        return app.getManager().getActiveSessions();
    }

    @Test
    void aCookieLessFloodOfPageLoadsGets429sAndCannotFillTheServerWithSessions() throws Exception {
        Loopback flood = Loopback.cookieLess(port(), 11);
        int before = activeSessions();
        List<Integer> statuses = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < 80; i++) {
                String path = i % 2 == 0 ? "/" : "/?v-r=init&location=";
                answers.add(pool.submit(() -> flood.get(path)));
            }
            for (Future<HttpResponse<String>> a : answers) {
                HttpResponse<String> r = a.get();
                statuses.add(r.statusCode());
                if (r.statusCode() == 429) {
                    assertThat(Long.parseLong(r.headers().firstValue("Retry-After").orElseThrow())).isPositive();
                }
            }
        }
        long refused = statuses.stream().filter(s -> s == 429).count();
        assertThat(refused).as("statuses %s", statuses).isGreaterThanOrEqualTo(55);
        assertThat(activeSessions() - before).as("sessions the flood left").isLessThanOrEqualTo(25);

        assertThat(Loopback.cookieLess(port(), 12).get("/").statusCode()).as("another visitor").isEqualTo(200);
    }

    @Test
    void wrongHttpBasicPasswordsPauseTheAccountThenTheOwnerGetsInAfterTheWindow() throws Exception {
        Loopback script = Loopback.cookieLess(port(), 13);
        for (int i = 0; i < 5; i++) {
            assertThat(script.getAs("/api/series", "editor", "guess-" + i).statusCode()).isEqualTo(401);
        }
        HttpResponse<String> paused = script.getAs("/api/series", "editor", "editor-test-password-1");
        assertThat(paused.statusCode()).as("even the right password, while paused").isEqualTo(429);
        assertThat(paused.headers().firstValue("Retry-After")).isPresent();
        assertThat(paused.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(paused.body()).contains("urn:crdash:problem:too-many-requests");

        HttpResponse<String> unknown = Loopback.cookieLess(port(), 14).getAs("/api/series", "nobody", "x");
        for (int i = 0; i < 5; i++) {
            unknown = Loopback.cookieLess(port(), 14).getAs("/api/series", "nobody", "x" + i);
        }
        assertThat(unknown.statusCode()).as("an unknown name is paused alike: no user enumeration").isEqualTo(429);

        Thread.sleep(2100);
        assertThat(script.getAs("/api/series", "editor", "editor-test-password-1").statusCode()).isEqualTo(200);
    }

    @Test
    void wrongFormPasswordsPauseTheAccountAndTheSignInPageSaysSo() throws Exception {
        Loopback browser = Loopback.browser(port(), 15);
        String signInPage = browser.get("/login").body();
        assertThat(signInPage).as("Vaadin's sign-in view, not Spring's generated page")
                .doesNotContain("Please sign in").contains("<meta name=\"_csrf\"");
        String csrf = browser.csrfTokenOfSignInPage();
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> wrong = browser.signIn("reader", "guess-" + i, csrf, null);
            assertThat(wrong.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
        }
        HttpResponse<String> paused = browser.signIn("reader", "reader-test-password-1", csrf, null);
        assertThat(paused.headers().firstValue("Location").orElseThrow()).contains("/login?error=throttled&retry=");

        Thread.sleep(2100);
        HttpResponse<String> in = browser.signIn("reader", "reader-test-password-1", csrf, null);
        assertThat(in.statusCode()).isEqualTo(302);
        assertThat(in.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
    }

    @Test
    void everyAnswerCarriesTheSecurityHeadersAndTheBootstrapScriptsTheirNonce() throws Exception {
        Loopback client = Loopback.cookieLess(port(), 16);
        HttpResponse<String> page = client.get("/");
        String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).contains("default-src 'self'", "object-src 'none'", "frame-ancestors 'self'",
                "base-uri 'self'", "form-action 'self'").doesNotContain("script-src 'self' 'unsafe-inline'");
        String nonce = csp.replaceAll(".*'nonce-([^']+)'.*", "$1");
        assertThat(page.body()).contains("<script initial=\"\" nonce=\"" + nonce + "\">");
        assertThat(page.body().split("<script", -1).length - 1)
                .isEqualTo(page.body().split(java.util.regex.Pattern.quote("nonce=\"" + nonce + "\""), -1).length - 1);
        assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(page.headers().firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
        assertThat(page.headers().firstValue("Set-Cookie").orElseThrow()).contains("HttpOnly", "SameSite=Lax");
        assertThat(page.headers().firstValue("Strict-Transport-Security")).as("not over plain HTTP").isEmpty();
        assertThat(client.get("/").headers().firstValue("Content-Security-Policy").orElseThrow())
                .as("a new nonce each time").isNotEqualTo(csp);

        HttpResponse<String> embed = client.get("/embed/china_russia_trade_usd_bn");
        assertThat(embed.statusCode()).isEqualTo(200);
        assertThat(embed.headers().allValues("X-Frame-Options")).as("other sites may frame the embed").isEmpty();
        assertThat(embed.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("frame-ancestors *");
        assertThat(page.headers().allValues("X-Frame-Options")).containsExactly("SAMEORIGIN");

        HttpResponse<String> api = client.get("/api/series");
        assertThat(api.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(api.headers().firstValue("Content-Security-Policy")).isPresent();
    }

    @Test
    void publicReadsAnswerHeadAndAnonymousHealthIsOnlyItsStatus() throws Exception {
        Loopback client = Loopback.cookieLess(port(), 17);
        for (String path : List.of("/actuator/health", "/v3/api-docs", "/api/series", "/styles/app.css")) {
            HttpResponse<String> head = client.send(client.request(path)
                    .method("HEAD", java.net.http.HttpRequest.BodyPublishers.noBody()).build());
            assertThat(head.statusCode()).as("HEAD " + path).isEqualTo(200);
            assertThat(head.body()).isEmpty();
        }
        assertThat(client.get("/actuator/health").body()).isEqualTo("{\"status\":\"UP\"}");
        for (String path : List.of("/actuator/env", "/actuator/info", "/actuator/beans", "/actuator/health/db")) {
            HttpResponse<String> hidden = client.get(path);
            assertThat(hidden.statusCode()).as(path).isIn(302, 401, 403, 404);
            assertThat(hidden.body()).doesNotContain("postgres", "PostgreSQL", "diskSpace");
        }

        Loopback editor = Loopback.browser(port(), 18);
        String csrf = editor.csrfTokenOfSignInPage();
        assertThat(editor.signIn("editor", "editor-test-password-1", csrf, null).headers()
                .firstValue("Location").orElseThrow()).doesNotContain("error");
        String details = editor.get("/actuator/health").body();
        assertThat(details).as("a signed-in editor sees the components").contains("\"db\"", "PostgreSQL");
    }

    @Test
    void aCrossSiteSignInWithoutTheFormsCsrfTokenIsRefused() throws Exception {
        Loopback victim = Loopback.browser(port(), 19);
        HttpResponse<String> forged = victim.signIn("editor", "editor-test-password-1", null, "http://evil.example");
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(victim.get("/actuator/health").body()).as("not signed in").isEqualTo("{\"status\":\"UP\"}");

        Loopback browser = Loopback.browser(port(), 20);
        String csrf = browser.csrfTokenOfSignInPage();
        assertThat(csrf).as("the sign-in page hands out a token").isNotBlank();
        HttpResponse<String> in = browser.signIn("editor", "editor-test-password-1", csrf, null);
        assertThat(in.statusCode()).isEqualTo(302);
        assertThat(in.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
    }
}
