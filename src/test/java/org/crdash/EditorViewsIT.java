package org.crdash;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The source, series and account editors in a real browser, on a desktop and a phone: a row opens in the form built on the
 * one editor scaffold, the source form says its text cannot change. Screenshots in target/screenshots/.
 */
class EditorViewsIT extends BrowserTest {

    @ParameterizedTest
    @CsvSource({"edit/sources, sources-grid, 1400, 900", "edit/sources, sources-grid, 390, 844",
            "edit/series, series-grid, 1400, 900", "edit/series, series-grid, 390, 844",
            "admin/accounts, accounts, 1400, 900", "admin/accounts, accounts, 390, 844"})
    void aRowOpensInTheEditor(String route, String grid, int width, int height) throws Exception {
        Page page = signedIn(new int[] {width, height}, "/" + route);
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
        fullScreenshot(page, route.replace('/', '-') + "-" + width + "x" + height + ".png");
    }
}
