package org.crdash.event.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.List;
import org.crdash.BrowserTest;
import org.junit.jupiter.api.Test;

/** The events page in a real browser: search by typing, filters in the URL, no column cut off. */
class EventsIT extends BrowserTest {

    /**
     * Cells (and header cells) whose text does not fit or has a word broken over two lines (not at a hyphen, dash
     * or slash), and whether the table scrolls sideways.
     */
    static final String CUT_OFF = """
            () => { const grid = document.querySelector('#events');
              const table = grid.shadowRoot.querySelector('#table');
              const box = grid.getBoundingClientRect();
              const broken = c => { const w = document.createTreeWalker(c, NodeFilter.SHOW_TEXT);
                for (let n; (n = w.nextNode());) { for (const m of n.data.matchAll(/[^\\s\\/\u2010-\u2014-]+/g)) {
                  const r = document.createRange(); r.setStart(n, m.index); r.setEnd(n, m.index + m[0].length);
                  if (r.getClientRects().length > 1) { return true; } } }
                return false; };
              const cut = [...grid.querySelectorAll('vaadin-grid-cell-content')]
                .filter(c => c.offsetParent !== null && c.textContent.trim())
                .filter(c => { const r = c.getBoundingClientRect();
                  return c.scrollWidth > c.clientWidth + 1 || r.right > box.right + 1 || broken(c); })
                .map(c => c.textContent.trim().slice(0, 40));
              return { cut, sideways: table.scrollWidth > table.clientWidth + 1,
                       pageWider: document.documentElement.scrollWidth > innerWidth + 1 }; }""";

    private Page open(int[] size, String query) {
        Page page = navigate(size, "/events" + query);
        page.waitForSelector("#events vaadin-grid-cell-content");
        page.waitForTimeout(500); // the narrow/wide column switch after the window size is known
        return page;
    }

    @Test
    void typingNoLimitsFindsItsEventsAndPutsTheSearchInTheUrl() {
        Page page = open(DESKTOP, "");
        String all = page.locator("#events-found").innerText();
        page.locator("#event-search input").fill("no limits");
        page.waitForFunction("() => document.querySelector('#events-found').textContent.includes(' of ')");
        // the address bar follows (history.replaceState runs just after the table is updated)
        page.waitForURL(url -> java.net.URLDecoder.decode(url, java.nio.charset.StandardCharsets.UTF_8)
                .contains("q=no limits"));
        assertThat(page.locator("#events-found").innerText()).isNotEqualTo(all);
        List<String> titles = page.locator("#events .event-title").allTextContents();
        assertThat(titles).isNotEmpty();
        assertThat(page.locator("#events .event-snippet mark").allTextContents())
                // the whole phrase is marked where it stands ("no-limits"), never a word's inside ("North")
                .anyMatch(hit -> hit.matches("(?i)no[\\s-]limits"))
                .noneMatch(hit -> hit.equalsIgnoreCase("north"));
        screenshot(page, "events-search-1400.png");

        Page reloaded = open(DESKTOP, "?q=no+limits&category=summit");
        assertThat(reloaded.locator("#event-search input").inputValue()).isEqualTo("no limits");
        assertThat(reloaded.locator("#events .event-title").count()).isPositive();
        reloaded.context().close();
        page.context().close();
    }

    @Test
    void noColumnIsCutOffAt1400PxOrOnAPhone() {
        for (int[] size : SIZES) {
            // a search's few rows must not shrink a column below its header
            Page searched = open(size, "?q=no+limits");
            @SuppressWarnings("unchecked")
            java.util.Map<String, Object> few = (java.util.Map<String, Object>) searched.evaluate(CUT_OFF);
            assertThat((List<?>) few.get("cut")).as("cells cut off in a search at " + size[0] + " px").isEmpty();
            searched.context().close();
            Page page = open(size, "");
            @SuppressWarnings("unchecked")
            java.util.Map<String, Object> result = (java.util.Map<String, Object>) page.evaluate(CUT_OFF);
            assertThat((List<?>) result.get("cut")).as("cells cut off at " + size[0] + " px").isEmpty();
            assertThat(result.get("sideways")).as("table scrolls sideways at " + size[0] + " px").isEqualTo(false);
            assertThat(result.get("pageWider")).as("page wider than the screen at " + size[0] + " px")
                    .isEqualTo(false);
            screenshot(page, "events-" + size[0] + ".png");
            // with the passage panel open too
            page.locator("#events vaadin-grid-cell-content .event-title").first().click();
            page.waitForSelector("#passage-panel.has-item");
            @SuppressWarnings("unchecked")
            java.util.Map<String, Object> withPanel = (java.util.Map<String, Object>) page.evaluate(CUT_OFF);
            assertThat((List<?>) withPanel.get("cut")).as("cut off with the panel at " + size[0]).isEmpty();
            assertThat(withPanel.get("sideways")).isEqualTo(false);
            screenshot(page, "events-panel-" + size[0] + ".png");
            page.context().close();
        }
    }
}
