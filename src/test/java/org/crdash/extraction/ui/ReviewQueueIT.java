package org.crdash.extraction.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.crdash.BrowserTest;
import org.junit.jupiter.api.Test;

/**
 * The review queue in a real browser on a desktop and a phone: the chosen candidate's sentence is the current
 * highlight in the article, Alt+N moves on. Screenshots review-queue-1400x900.png and -390x844.png.
 */
class ReviewQueueIT extends BrowserTest {

    @Test
    void desktop() {
        look(DESKTOP);
    }

    @Test
    void phone() {
        look(PHONE);
    }

    private void look(int[] size) {
        Page page = signedIn(size, "/review/000_86d270af3dbf64d1.txt");
        page.locator("#candidate-passage mark").waitFor();
        assertThat(page.locator("#review-progress").innerText()).contains(" reviewed (");
        assertThat(page.locator("#article-text mark.is-current").count()).isPositive();
        String first = page.locator("#candidate-detail h3").innerText();
        page.keyboard().press("Alt+n");
        page.waitForFunction("t => document.querySelector('#candidate-detail h3').innerText !== t", first);
        page.keyboard().press("Alt+p");
        page.waitForFunction("t => document.querySelector('#candidate-detail h3').innerText === t", first);
        page.waitForTimeout(400);
        screenshot(page, "review-queue-" + size[0] + "x" + size[1] + ".png");
        page.context().close();
    }
}
