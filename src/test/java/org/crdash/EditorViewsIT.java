package org.crdash;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.LoadState;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The source, series and account editors in a real browser, on a desktop and a phone: a row opens in the form built on the
 * one editor scaffold, the source form says its text cannot change. Screenshots in target/screenshots/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class EditorViewsIT {

    static Playwright playwright;
    static Browser browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() {
        playwright = Chromium.playwright();
        browser = Chromium.launch(playwright);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @ParameterizedTest
    @CsvSource({"edit/sources, sources-grid, 1400, 900", "edit/sources, sources-grid, 390, 844",
            "edit/series, series-grid, 1400, 900", "edit/series, series-grid, 390, 844",
            "admin/accounts, accounts, 1400, 900", "admin/accounts, accounts, 390, 844"})
    void aRowOpensInTheEditor(String route, String grid, int width, int height) throws Exception {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height));
        Page page = context.newPage();
        page.navigate("http://localhost:" + port + "/" + route);
        page.waitForURL("**/login");
        page.locator("vaadin-login-form input[name='username']").fill("editor");
        page.locator("vaadin-login-form input[name='password']").fill("editor-test-password-1");
        page.locator("vaadin-login-form input[name='password']").press("Enter");
        page.waitForURL(url -> !url.contains("/login"), new Page.WaitForURLOptions().setTimeout(15_000));
        page.waitForLoadState(LoadState.NETWORKIDLE);
        // the first body cell: headers come first, one per column
        page.locator("#" + grid + " vaadin-grid-cell-content").filter(new com.microsoft.playwright.Locator
                .FilterOptions().setHasText(java.util.regex.Pattern.compile("[A-Za-z]{3}"))).nth(4).click();
        page.locator("#save").waitFor();
        page.waitForTimeout(500);
        if (route.endsWith("sources")) {
            assertThat(page.locator("#text-note").innerText()).contains("cannot be changed");
        } else if (route.endsWith("accounts")) {
            assertThat(page.locator("#account-name").getAttribute("readonly")).isNotNull();
            assertThat(page.locator("#delete").isVisible()).as("accounts are disabled, not deleted").isFalse();
        } else {
            assertThat(page.locator("#key").getAttribute("readonly")).isNotNull();
        }
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(Path.of("target/screenshots",
                route.replace('/', '-') + "-" + width + "x" + height + ".png")));
        context.close();
    }
}
