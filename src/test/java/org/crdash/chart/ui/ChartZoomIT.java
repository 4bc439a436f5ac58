package org.crdash.chart.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import java.util.List;
import org.crdash.BrowserTest;
import org.junit.jupiter.api.Test;

/** The dashboard's charts and its one events timeline share the time axis when the reader zooms. */
class ChartZoomIT extends BrowserTest {

    static final String TRADE = "#chart-china_russia_trade_usd_bn";
    static final String SHARE = "#chart-china_share_of_russia_trade_pct";
    static final String EVENTS = "#chart-events";

    /** The time axis' shown extent, in epoch milliseconds. */
    @SuppressWarnings("unchecked")
    private static List<Double> extent(Page page, String chart) {
        List<Number> e = (List<Number>) page.evaluate("sel => document.querySelector(sel).__chart.getModel()"
                + ".getComponent('xAxis', 0).axis.scale.getExtent()", chart);
        return List.of(e.get(0).doubleValue(), e.get(1).doubleValue());
    }

    private static void assertSameAxis(Page page, List<Double> lead, String chart) {
        List<Double> other = extent(page, chart);
        assertThat(other.get(0)).as("start of %s", chart).isCloseTo(lead.get(0), org.assertj.core.data.Offset.offset(8.64e7));
        assertThat(other.get(1)).as("end of %s", chart).isCloseTo(lead.get(1), org.assertj.core.data.Offset.offset(8.64e7));
    }

    @Test
    void zoomingAChartZoomsTheEventsTimelineAndTheOtherCharts() {
        for (int[] size : SIZES) {
            Page page = navigate(size, "/");
            for (String c : List.of(TRADE, SHARE, EVENTS)) {
                page.waitForSelector(c + "[data-ready='true']");
            }
            page.waitForTimeout(600);
            List<Double> before = extent(page, EVENTS);
            page.locator(TRADE).scrollIntoViewIfNeeded();
            BoundingBox box = page.locator(TRADE).boundingBox();
            page.mouse().move(box.x + box.width * 0.7, box.y + box.height * 0.45);
            for (int i = 0; i < 6; i++) {
                page.mouse().wheel(0, -300);
                page.waitForTimeout(60);
            }
            page.waitForTimeout(500);
            List<Double> zoomed = extent(page, TRADE);
            assertThat(zoomed.get(1) - zoomed.get(0)).as("the trade chart zoomed in at %s", size[0])
                    .isLessThan((before.get(1) - before.get(0)) * 0.8);
            assertSameAxis(page, zoomed, EVENTS);
            assertSameAxis(page, zoomed, SHARE);

            // hiding a source redraws the chart and keeps the zoom the reader chose
            page.locator("#card-china_russia_trade_usd_bn .legend-key").first().click();
            page.waitForTimeout(400);
            assertSameAxis(page, zoomed, TRADE);
            page.locator(EVENTS).scrollIntoViewIfNeeded();
            // the zoomed axis' years do not run into each other, even 390 px wide
            Object overlap = page.evaluate("""
                    sel => { const c = document.querySelector(sel).__chart;
                      const rects = c.getZr().storage.getDisplayList(true).filter(e => e.style
                          && /^(\\d{4}|[A-Z][a-z]{2})$/.test(String(e.style.text || ''))).map(e => {
                          const r = e.getBoundingRect().clone(); r.applyTransform(e.getComputedTransform()); return r; })
                          .sort((a, b) => a.x - b.x);
                      return rects.length > 1 && rects.some((r, i) => i > 0 && rects[i - 1].x + rects[i - 1].width > r.x); }""",
                    EVENTS);
            assertThat(overlap).as("overlapping year labels at %s", size[0]).isEqualTo(false);
            screenshot(page, "zoom-linked-timeline-" + size[0] + ".png");
            fullScreenshot(page, "zoom-linked-full-" + size[0] + ".png");

            // "Reset zoom" on the chart resets the timeline too
            page.evaluate("sel => document.querySelector(sel).__chart.dispatchAction({type: 'restore'})", TRADE);
            page.waitForTimeout(400);
            assertSameAxis(page, before, EVENTS);
            page.context().close();
        }
    }

    @Test
    void cardsAreMovedAndRemovedAndAReloadKeepsThem() {
        for (int[] size : SIZES) {
            Page page = navigate(size, "/");
            page.waitForSelector(TRADE + "[data-ready='true']");
            String order = "() => [...document.querySelectorAll('.cards > .chart-card:not(.timeline-card)')].map(c => c.id)";
            @SuppressWarnings("unchecked")
            List<String> before = (List<String>) page.evaluate(order);
            page.locator("#down-china_russia_trade_usd_bn").click();
            page.waitForFunction("first => document.querySelector('.cards > .chart-card').id !== first", before.get(0));
            String third = before.get(2).substring("card-".length());
            page.locator("#remove-" + third).click();
            page.waitForFunction("id => !document.getElementById(id)", before.get(2));
            @SuppressWarnings("unchecked")
            List<String> after = (List<String>) page.evaluate(order);
            assertThat(after).hasSize(before.size() - 1).doesNotContain(before.get(2));
            assertThat(after.subList(0, 2)).containsExactly(before.get(1), before.get(0));
            page.waitForFunction("() => location.search.includes('cards=')");
            page.reload();
            page.waitForSelector(TRADE + "[data-ready='true']");
            assertThat(page.evaluate(order)).isEqualTo(after);
            assertThat(page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth")).isEqualTo(true);
            page.waitForTimeout(600);
            screenshot(page, "dashboard-cards-moved-" + size[0] + ".png");
            page.context().close();
        }
    }
}
