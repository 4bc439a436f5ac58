package org.crdash.chart.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.ElementHandle;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import com.vaadin.flow.router.QueryParameters;
import java.net.URI;
import java.util.List;
import org.crdash.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Several series of one unit on one chart, chosen by the reader, kept in the permalink (issue 12). */
class CompareIT extends BrowserTest {

    static final String A = "china_share_of_russia_trade_pct";
    static final String B = "russia_share_of_china_trade_pct";
    static final String CHART = "#chart-" + A + "--" + B;
    @Autowired
    JdbcClient jdbc;

    private Page open(int[] size, String path, String ready) {
        Page page = navigate(size, path);
        page.waitForSelector(ready + "[data-ready='true']");
        page.waitForTimeout(600);
        return page;
    }

    private List<Long> ids(String seriesKey) {
        return jdbc.sql("""
                SELECT o.id FROM observation o JOIN series s ON s.id = o.series_id
                WHERE s.series_key = ? AND o.deleted_at IS NULL ORDER BY o.id""").param(seriesKey)
                .query(Long.class).list();
    }

    private String name(String seriesKey) {
        return jdbc.sql("SELECT name FROM series WHERE series_key = ?").param(seriesKey).query(String.class).single();
    }

    @Test
    void theReaderComparesTwoSeriesOfOneUnitAndThePermalinkReopensIt() {
        List<String> percent = jdbc.sql("SELECT series_key FROM series WHERE unit = '%' AND deleted_at IS NULL")
                .query(String.class).list();
        for (int[] size : SIZES) {
            Page page = open(size, "/", "#chart-" + A);
            page.locator("#compare-" + A).click();
            Locator offered = page.locator("#compare-chooser .chooser-item, vaadin-dialog-overlay .chooser-item");
            offered.first().waitFor();
            @SuppressWarnings("unchecked")
            List<String> keys = (List<String>) offered.evaluateAll("els => els.map(e => e.dataset.series)");
            // only series of the same unit are offered, never the one already drawn
            assertThat(keys).contains(B).doesNotContain(A, "china_russia_trade_usd_bn");
            assertThat(percent).containsAll(keys);
            page.waitForTimeout(400); // the dialog's opening animation
            screenshot(page, "compare-chooser-" + size[0] + ".png");
            page.locator(".chooser-item[data-series='" + B + "']").click();
            page.waitForSelector(CHART + "[data-ready='true']");
            page.waitForTimeout(600);

            String query = URI.create(page.url()).getRawQuery();
            assertThat(ViewState.parse(QueryParameters.fromString(query)).cards()).contains(A + "+" + B)
                    .doesNotContain(A);
            assertThat(page.locator("#card-" + A + "--" + B + " .compare-key").allTextContents())
                    .containsExactly(name(A) + "×", name(B) + "×");
            page.locator("#card-" + A + "--" + B).scrollIntoViewIfNeeded();
            page.locator("#card-" + A + "--" + B).screenshot(new Locator.ScreenshotOptions()
                    .setPath(SCREENSHOTS.resolve("compare-card-" + size[0] + ".png")));
            assertThat(page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth")).isEqualTo(true);
            String permalink = page.url();
            page.context().close();

            // the permalink reopens the compared chart; every value of both series is drawn and opens its passage
            for (String series : List.of(A, B)) {
                for (long id : ids(series)) {
                    openPoint(size, permalink.replaceAll("&point=o\\d+", ""), id, name(series));
                }
            }
        }
    }

    /** Hovers the value (the tooltip names its series), clicks it and sees its passage. */
    private void openPoint(int[] size, String url, long id, String seriesName) {
        Page page = open(size, URI.create(url).getRawPath() + "?" + URI.create(url).getRawQuery(), CHART);
        page.locator(CHART).scrollIntoViewIfNeeded();
        ElementHandle chart = page.querySelector(CHART);
        @SuppressWarnings("unchecked")
        List<Number> px = (List<Number>) chart.evaluate("(el, id) => el.crdashPixelOf(id)", "o" + id);
        assertThat(px).as("o%s drawn at %s", id, size[0]).isNotNull();
        BoundingBox box = chart.boundingBox();
        double x = box.x + px.get(0).doubleValue();
        double y = box.y + px.get(1).doubleValue();
        assertThat(px.get(0).doubleValue()).isBetween(0.0, box.width);
        assertThat(px.get(1).doubleValue()).isBetween(0.0, box.height);
        page.mouse().move(x, y);
        page.waitForTimeout(400);
        String tip = (String) chart.evaluate("el => el.innerText");
        assertThat(tip).as("tooltip of o%s", id).contains(seriesName).contains("Click for the passage");
        page.mouse().click(x, y);
        Locator choice = page.locator(".chooser-item[data-item='o" + id + "']");
        page.waitForTimeout(400);
        if (choice.count() > 0) {
            choice.click();
        }
        page.waitForSelector("#passage-panel[data-item='o" + id + "']");
        page.context().close();
    }

    @Test
    void seriesOfAnotherUnitAreRefusedWithTheReason() {
        String trade = "china_russia_trade_usd_bn";
        Page page = open(DESKTOP, "/?cards=" + A + "+" + trade, "#chart-" + A + "--" + trade);
        String refusal = page.locator("#card-" + A + "--" + trade + " .compare-refusal").textContent();
        assertThat(refusal).contains("“" + name(trade) + "” is in USD bn, not %")
                .contains("only series of the same unit can be compared");
        ElementHandle chart = page.querySelector("#chart-" + A + "--" + trade);
        for (long id : ids(trade)) {
            assertThat(chart.evaluate("(el, id) => el.crdashPixelOf(id)", "o" + id)).isNull();
        }
        for (long id : ids(A)) {
            assertThat(chart.evaluate("(el, id) => el.crdashPixelOf(id)", "o" + id)).isNotNull();
        }
        screenshot(page, "compare-refused-1400.png");
    }
}
