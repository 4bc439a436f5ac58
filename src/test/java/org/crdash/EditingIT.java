package org.crdash;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.file.Paths;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * In a real browser: signing in through Vaadin's login form, then adding a figure whose passage is selected in
 * the rendered article with "Use selection" (browser-side selection offsets must match the stored text).
 */
class EditingIT extends BrowserTest {

    static final String PASSAGE = "Russia’s exclusion from European markets forced it to redirect its exports toward "
            + "Asia, especially China.";

    @Autowired
    JdbcClient jdbc;

    /** The browser tests share one application and database: the figure added here must not stay on their charts. */
    @AfterEach
    void deleteTheAddedFigure() {
        jdbc.sql("DELETE FROM observation WHERE passage = ? AND created_by = 'editor'").param(PASSAGE).update();
    }

    /** Types into a combo box and clicks the suggestion that contains the text. */
    static void choose(Page page, String id, String text) {
        page.locator("#" + id + " input").fill(text);
        page.locator("vaadin-combo-box-item").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText(text)).first().click();
        page.waitForFunction("([id, t]) => (document.getElementById(id).selectedItem !== null"
                + " && document.getElementById(id).inputElement.value.includes(t))", new String[] {id, text});
    }

    @Test
    void signInAndAddAFigureBySelectingItsPassage() throws java.io.IOException {
        Page page = signedIn(DESKTOP, "/edit/observations");

        page.locator("#add-observation").click();
        choose(page, "series", "china_russia_trade_usd_bn");
        page.locator("#period input").fill("2023");
        page.locator("#value input").fill("1,234.5");
        page.locator("#value input").press("Tab");
        choose(page, "source", "000_86d270af3dbf64d1");
        page.locator("#picker-text p").first().waitFor();
        assertThat(Selections.select(page, "#picker-text", PASSAGE)).isEqualTo(PASSAGE);
        page.locator("#use-selection").click();
        page.waitForFunction("p => document.querySelector('#passage').value === p", PASSAGE);
        try {
            page.locator("#save:not([disabled])").waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                    .setTimeout(10_000));
        } catch (com.microsoft.playwright.TimeoutError e) {
            page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target/editing-it.png")).setFullPage(true));
            throw new AssertionError("Save stays disabled; fields: " + page.evaluate("() => Array.from("
                    + "document.querySelectorAll('[id]')).filter(e => 'invalid' in e).map(e => e.id + '=' + "
                    + "JSON.stringify(e.value) + (e.invalid ? ' INVALID ' + e.errorMessage : '')).join(' | ')"), e);
        }
        page.locator("#save:not([disabled])").click();
        // 1,234.5 is not written in its passage: the claim checks ask first, nothing is saved until confirmed
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new com.microsoft.playwright.Page.GetByRoleOptions().setName("Save anyway")).click();
        page.locator("vaadin-notification-card").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Saved observation")).waitFor();

        assertThat(page.locator("#history").textContent()).contains("editor · created");
        String text = jdbc.sql("SELECT full_text FROM source WHERE source_key = '000_86d270af3dbf64d1.txt'")
                .query(String.class).single();
        Integer start = jdbc.sql("SELECT passage_start FROM observation WHERE passage = ? AND created_by = 'editor'")
                .param(PASSAGE).query(Integer.class).single();
        assertThat(start).isEqualTo(text.indexOf(PASSAGE));

        // the new figure is on the dashboard chart at once, marked as user-added; clicking it opens its passage
        long id = jdbc.sql("SELECT id FROM observation WHERE passage = ? AND created_by = 'editor'")
                .param(PASSAGE).query(Long.class).single();
        page.navigate(url("/"));
        String chart = "#chart-china_russia_trade_usd_bn";
        page.waitForSelector(chart + "[data-ready='true']");
        page.waitForTimeout(600);
        com.microsoft.playwright.ElementHandle el = page.querySelector(chart);
        @SuppressWarnings("unchecked")
        java.util.List<Number> px = (java.util.List<Number>) el.evaluate("(e, id) => e.crdashPixelOf(id)", "o" + id);
        assertThat(px).as("the new point is drawn").isNotNull();
        com.microsoft.playwright.options.BoundingBox box = el.boundingBox();
        page.mouse().click(box.x + px.get(0).doubleValue(), box.y + px.get(1).doubleValue());
        page.waitForSelector("#passage-panel[data-item='o" + id + "']");
        assertThat(String.join("", page.locator("#passage-context mark").allTextContents())).isEqualTo(PASSAGE);
        assertThat(page.locator("#passage-panel").textContent()).contains("user-added").contains("editor · created");
        screenshot(page, "user-point.png");
    }
}
