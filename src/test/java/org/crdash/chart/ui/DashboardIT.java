package org.crdash.chart.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.ElementHandle;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import java.util.List;
import org.crdash.BrowserTest;
import org.crdash.chart.ChartService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The dashboard in a real browser (Debian chromium via Playwright): the chart renders, clicks open passages. */
class DashboardIT extends BrowserTest {

    static final String TRADE = "#chart-china_russia_trade_usd_bn";

    @Autowired
    JdbcClient jdbc;

    Page page;

    @BeforeEach
    void newPage() {
        page = page(DESKTOP);
    }

    private void waitForChart(String selector) {
        page.waitForSelector(selector + "[data-ready='true']");
        page.waitForTimeout(600); // let the short ECharts animation finish before clicking or screenshotting
    }

    private long tradeId(String period, String source) {
        return jdbc.sql("""
                SELECT o.id FROM observation o JOIN series s ON s.id = o.series_id JOIN source so ON so.id = o.source_id
                WHERE s.series_key = 'china_russia_trade_usd_bn' AND o.period_label = ? AND so.source_key = ?""")
                .params(period, source).query(Long.class).single();
    }

    @Test
    void dashboardRendersEveryBilateralTradeValueOnTheCanvas() {
        page.navigate(url("/"));
        waitForChart(TRADE);
        long expected = jdbc.sql("""
                SELECT count(*) FROM observation o JOIN series s ON s.id = o.series_id
                WHERE s.series_key = 'china_russia_trade_usd_bn' AND o.deleted_at IS NULL""").query(Long.class).single();
        assertThat(page.locator(TRADE + " canvas").count()).isGreaterThan(0);
        // count what ECharts itself holds as drawn scatter points (events and the checks' pins excluded)
        Object drawn = page.evaluate("sel => { const c = document.querySelector(sel).__chart;"
                + " return c.getOption().series.filter(s => s.type === 'scatter' && s.id !== 'events'"
                + "   && s.crdashRole !== 'annotation')"
                + "   .reduce((n, s) => n + s.data.length, 0); }", TRADE);
        assertThat(((Number) drawn).longValue()).isEqualTo(expected);
        assertThat(page.locator(TRADE).getAttribute("data-points")).isEqualTo(String.valueOf(expected));
        screenshot(page, "dashboard.png");
    }

    @Test
    void theTradeChartIsDrawnBeforeTheOtherChartsOfThePage() {
        // when the trade chart's data-ready appears (an observer runs after the task that drew it), no other chart
        // of the page is drawn yet: the browser can show the trade chart before it draws the rest
        page.addInitScript("""
                new MutationObserver((records, observer) => {
                  if (document.querySelector("#chart-china_russia_trade_usd_bn[data-ready='true']")) {
                    window.__drawnWithTrade = document.querySelectorAll(".echart[data-ready='true']").length - 1;
                    observer.disconnect();
                  }
                }).observe(document, {subtree: true, attributes: true, attributeFilter: ['data-ready']});""");
        page.navigate(url("/"));
        waitForChart(TRADE);
        assertThat(((Number) page.evaluate("window.__drawnWithTrade")).intValue()).isZero();
        // and then every chart of the page is drawn, the events timeline too
        page.waitForFunction("() => [...document.querySelectorAll('.echart')].every(e => e.dataset.ready === 'true')");
        assertThat(page.locator(".echart").count()).isEqualTo(ChartService.HEADLINE.size() + 1);
    }

    @Test
    void clickingAPointShowsItsVerbatimPassage() {
        long id = tradeId("2024", "001_810a6323d9c1b466.txt");
        String passage = jdbc.sql("SELECT passage FROM observation WHERE id = ?").param(id).query(String.class).single();
        page.navigate(url("/"));
        waitForChart(TRADE);

        ElementHandle chart = page.querySelector(TRADE);
        @SuppressWarnings("unchecked")
        List<Number> px = (List<Number>) chart.evaluate("(el, id) => el.crdashPixelOf(id)", "o" + id);
        BoundingBox box = chart.boundingBox();
        page.mouse().click(box.x + px.get(0).doubleValue(), box.y + px.get(1).doubleValue());

        page.waitForSelector("#passage-panel[data-item='o" + id + "']");
        assertThat(String.join("", page.locator("#passage-context mark").allTextContents())).isEqualTo(passage);
        assertThat(page.locator("#passage-panel").textContent()).contains("A Conditional Embrace");
        assertThat(page.url()).contains("point=o" + id);
        screenshot(page, "passage-panel.png");
    }

    @Test
    void permalinkReopensTheSelectedPoint() {
        long id = tradeId("2023", "003_88dc170ac39da4d5.txt");
        page.navigate(url("/?from=2019&to=2025&point=o" + id));
        waitForChart(TRADE);
        page.waitForSelector("#passage-panel[data-item='o" + id + "']");
        assertThat(page.locator(TRADE).getAttribute("data-selected")).isEqualTo("o" + id);
        Object min = page.evaluate("sel => document.querySelector(sel).__chart.getOption().xAxis[0].min", TRADE);
        assertThat(String.valueOf(min)).startsWith("2019-01-01");
    }

    @Test
    void seriesViewAndPhoneLayout() {
        page.navigate(url("/series/china_share_of_russia_trade_pct"));
        waitForChart("#chart-china_share_of_russia_trade_pct");
        assertThat(page.locator("#observations").count()).isEqualTo(1);
        fullScreenshot(page, "series-view.png");

        page.setViewportSize(390, 844);
        page.navigate(url("/"));
        waitForChart(TRADE);
        screenshot(page, "phone.png");
        // no horizontal scrolling of the page on a phone
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth > window.innerWidth + 1");
        assertThat(overflow).isEqualTo(false);
    }

    @Test
    void theYearBoxesShowTheirYearsWhole() {
        for (int[] size : SIZES) {
            page.setViewportSize(size[0], size[1]);
            for (String[] view : List.of(new String[] {"/?from=2019&to=2025", "#from-year", "#to-year"},
                    new String[] {"/events?from=2014&to=2024", "#from-filter", "#to-filter"})) {
                page.navigate(url(view[0]));
                for (String field : List.of(view[1], view[2])) {
                    page.waitForSelector(field + " input");
                    page.waitForFunction("sel => document.querySelector(sel).value", field + " input");
                    // the whole year fits in the box: the text is not wider than the input shows
                    // (measured: the input does not overflow, Lumo fades its last 1.25em = 20 px out instead)
                    Object cut = page.evaluate("sel => { const i = document.querySelector(sel); const cs ="
                            + " getComputedStyle(i); const g = document.createElement('canvas').getContext('2d');"
                            + " g.font = cs.font; const room = i.clientWidth - parseFloat(cs.paddingLeft)"
                            + " - parseFloat(cs.paddingRight); return g.measureText(i.value).width + 20 > room; }",
                            field + " input");
                    assertThat(cut).as("%s at %s cut off", field + " on " + view[0], size[0]).isEqualTo(false);
                }
                screenshot(page, "year-boxes-" + (view[0].startsWith("/events") ? "events-" : "dashboard-") + size[0]
                        + ".png");
            }
        }
    }
}
