package org.crdash;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every newcomer does first, end to end: a clean copy of this checkout (the files git tracks or would
 * track, as they are now — no {@code target/}, no {@code data/}), the README's run command
 * ({@code ./mvnw spring-boot:run}) with the embedded default database, the dashboard in Chromium, stop, start
 * again on the same data directory. Runs the real Maven build in the copy, so it takes a few minutes.
 */
class FreshCloneIT {

    static final String USER = "smoke-editor";
    static final String PASSWORD = "fresh-clone-smoke-password";

    Path copy;
    RunCommand app;

    @BeforeEach
    void cleanCopy() throws Exception {
        copy = Files.createTempDirectory("crdash-fresh-clone");
        CheckoutCopy.copyTrackedFiles(Path.of("").toAbsolutePath(), copy);
        assertThat(copy.resolve("target")).doesNotExist();
        assertThat(copy.resolve("data")).doesNotExist();
    }

    @AfterEach
    void cleanUp() throws Exception {
        if (app != null) {
            app.stop();
        }
        CheckoutCopy.delete(copy);
    }

    @Test
    void theReadmeRunCommandServesTheDashboardAndKeepsItsDataAcrossRestarts() throws Exception {
        Path dataDir = copy.resolve("data/postgres");

        app = RunCommand.start(copy, USER, PASSWORD);
        assertThat(app.get("/").statusCode()).as("GET / after %s", app.describe()).isEqualTo(200);
        for (String route : List.of("/events", "/sources", "/series/china_russia_trade_usd_bn")) {
            assertThat(app.get(route).statusCode()).as("GET %s", route).isEqualTo(200);
        }
        assertDashboardRendersInChromium(app.baseUrl());

        String key = addSource(app);
        app.stop();
        assertNoPostgresLeftFor(dataDir);

        app = RunCommand.start(copy, USER, PASSWORD);
        HttpResponse<String> again = app.get("/api/sources/" + key);
        assertThat(again.statusCode()).as("the source added before the restart, %s", again.body()).isEqualTo(200);
        assertThat(again.body()).contains("Fresh clone smoke test");
        app.stop();
        assertNoPostgresLeftFor(dataDir);
        app = null;
    }

    /** The dashboard draws its chart canvas, and the browser reports no error on the way. */
    static void assertDashboardRendersInChromium(String baseUrl) {
        try (Playwright playwright = Chromium.playwright(); Browser browser = Chromium.launch(playwright)) {
            Page page = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900)).newPage();
            List<String> errors = new ArrayList<>();
            page.onConsoleMessage(m -> {
                if ("error".equals(m.type())) {
                    errors.add(m.text());
                }
            });
            page.onPageError(errors::add);
            page.onResponse(r -> {
                if (r.status() >= 400) {
                    errors.add(r.status() + " " + r.url());
                }
            });
            page.navigate(baseUrl + "/");
            page.waitForSelector("canvas", new Page.WaitForSelectorOptions().setTimeout(60_000));
            page.waitForTimeout(1_000); // let late errors (e.g. a failing script) arrive
            Path shot = Path.of("target", "screenshots", "fresh-clone-dashboard.png");
            page.screenshot(new Page.ScreenshotOptions().setPath(shot));
            assertThat(page.locator("canvas").count()).isPositive();
            assertThat(errors).as("browser console errors").isEmpty();
        }
    }

    /** A row written through the API in the first run; the second run must still have it. */
    static String addSource(RunCommand app) throws Exception {
        String body = """
                {"title": "Fresh clone smoke test", "fullText": "Fresh clone smoke test %d: trade rose."}"""
                .formatted(System.nanoTime());
        HttpRequest request = HttpRequest.newBuilder(URI.create(app.baseUrl() + "/api/sources"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(body)).timeout(Duration.ofSeconds(30)).build();
        HttpResponse<String> created = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as("POST /api/sources: %s", created.body()).isEqualTo(201);
        Matcher key = Pattern.compile("\"key\"\\s*:\\s*\"([^\"]+)\"").matcher(created.body());
        assertThat(key.find()).as("key in %s", created.body()).isTrue();
        return key.group(1);
    }

    /** The embedded server must stop with the app: no postmaster left running on this data directory. */
    static void assertNoPostgresLeftFor(Path dataDir) {
        String dir = dataDir.toAbsolutePath().normalize().toString();
        List<String> left = ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains("postgres") && c.contains(dir)).orElse(false))
                .map(p -> p.pid() + " " + p.info().commandLine().orElse(""))
                .toList();
        assertThat(left).as("postgres processes still running on %s", dir).isEmpty();
        assertThat(dataDir.resolve("postmaster.pid")).as("postmaster.pid left behind").doesNotExist();
    }
}
