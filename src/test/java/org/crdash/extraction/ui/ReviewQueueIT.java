package org.crdash.extraction.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import org.crdash.Browsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The review queue in a real browser on a desktop and a phone: the chosen candidate's sentence is the current
 * highlight in the article, Alt+N moves on. Screenshots review-queue-1400x900.png and -390x844.png.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ReviewQueueIT {

    static Browsers browsers;

    @LocalServerPort
    int port;

    @BeforeAll
    static void start() throws Exception {
        browsers = Browsers.launch();
    }

    @AfterAll
    static void stop() {
        browsers.close();
    }

    @Test
    void desktop() {
        look(Browsers.DESKTOP);
    }

    @Test
    void phone() {
        look(Browsers.PHONE);
    }

    private void look(int[] size) {
        Page page = browsers.page(size);
        page.navigate("http://localhost:" + port + "/review/000_86d270af3dbf64d1.txt");
        page.waitForURL("**/login");
        page.locator("vaadin-login-form input[name='username']").fill("editor");
        page.locator("vaadin-login-form input[name='password']").fill("editor-test-password-1");
        page.locator("vaadin-login-form input[name='password']").press("Enter");
        page.waitForURL(url -> !url.contains("/login"), new Page.WaitForURLOptions().setTimeout(15_000));
        page.waitForLoadState(LoadState.NETWORKIDLE);
        page.locator("#candidate-passage mark").waitFor();
        assertThat(page.locator("#review-progress").innerText()).contains(" reviewed (");
        assertThat(page.locator("#article-text mark.is-current").count()).isPositive();
        String first = page.locator("#candidate-detail h3").innerText();
        page.keyboard().press("Alt+n");
        page.waitForFunction("t => document.querySelector('#candidate-detail h3').innerText !== t", first);
        page.keyboard().press("Alt+p");
        page.waitForFunction("t => document.querySelector('#candidate-detail h3').innerText === t", first);
        page.waitForTimeout(400);
        Browsers.screenshot(page, "review-queue-" + size[0] + "x" + size[1] + ".png");
        page.context().close();
    }
}
