package org.crdash.chart.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.ElementHandle;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import java.util.List;
import org.crdash.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A chart read as a journalist would, at 1400×900 and 390×844: the key, the lines, the disagreement. */
class ChartReadingIT extends BrowserTest {

    static final String TRADE = "#chart-china_russia_trade_usd_bn";

    @Autowired
    JdbcClient jdbc;

    private Page open(int[] size, String path) {
        Page page = navigate(size, path);
        page.waitForSelector(TRADE + "[data-ready='true']");
        page.waitForTimeout(600); // the short ECharts animation
        return page;
    }

    private static boolean intersect(BoundingBox a, BoundingBox b) {
        return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
    }

    @Test
    void everySourceHasAVisibleKeyThatOverlapsNothingDrawn() {
        for (int[] size : SIZES) {
            Page page = open(size, "/");
            List<String> sources = jdbc.sql("""
                    SELECT DISTINCT so.source_key FROM observation o JOIN series s ON s.id = o.series_id
                    JOIN source so ON so.id = o.source_id
                    WHERE s.series_key = 'china_russia_trade_usd_bn' AND o.deleted_at IS NULL""")
                    .query(String.class).list();
            BoundingBox canvas = page.locator(TRADE).boundingBox();
            for (String key : sources) {
                Locator k = page.locator("#card-china_russia_trade_usd_bn .legend-key[data-source='" + key + "']");
                assertThat(k.isVisible()).as("key of %s at %sx%s", key, size[0], size[1]).isTrue();
                BoundingBox box = k.boundingBox();
                // the key is outside the canvas (so it cannot cover the toolbox or the plot) and inside the screen
                assertThat(intersect(box, canvas)).as("key %s over the chart", key).isFalse();
                assertThat(box.x).isGreaterThanOrEqualTo(0);
                assertThat(box.x + box.width).isLessThanOrEqualTo(size[0]);
                assertThat(k.locator(".legend-marker").boundingBox().width).isGreaterThan(5);
            }
            assertThat(page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth")).isEqualTo(true);
            screenshot(page, "chart-legend-" + size[0] + ".png");
            page.context().close();
        }
    }

    @Test
    void the2024TooltipListsEverySourcesValueAndTheSpreadIsDrawn() {
        for (int[] size : SIZES) {
            Page page = open(size, "/");
            ElementHandle chart = page.querySelector(TRADE);
            @SuppressWarnings("unchecked")
            List<Number> ends = (List<Number>) chart.evaluate("""
                    el => { const c = el.__chart; const o = c.getOption();
                      const i = o.series.findIndex(s => s.id === 'spread-2024');
                      if (i < 0) return null;
                      const d = o.series[i].data;
                      const lo = c.convertToPixel({seriesIndex: i}, d[0].value);
                      const hi = c.convertToPixel({seriesIndex: i}, d[1].value);
                      return [lo[0], lo[1], hi[0], hi[1]]; }""");
            assertThat(ends).as("the 2024 spread marker").isNotNull();
            // a vertical whisker at one x, from 237 down low to 245 up high
            assertThat(ends.get(0).doubleValue()).isEqualTo(ends.get(2).doubleValue());
            assertThat(ends.get(1).doubleValue() - ends.get(3).doubleValue()).isGreaterThan(4);
            assertThat(page.locator(TRADE).getAttribute("aria-label")).contains("sources disagree for");

            long id = jdbc.sql("""
                    SELECT o.id FROM observation o JOIN series s ON s.id = o.series_id JOIN source so ON so.id = o.source_id
                    WHERE s.series_key = 'china_russia_trade_usd_bn' AND o.period_label = '2024'
                    AND so.source_key = '001_810a6323d9c1b466.txt'""").query(Long.class).single();
            page.locator(TRADE).scrollIntoViewIfNeeded();
            @SuppressWarnings("unchecked")
            List<Number> px = (List<Number>) chart.evaluate("(el, id) => el.crdashPixelOf(id)", "o" + id);
            BoundingBox box = chart.boundingBox();
            page.mouse().move(box.x + px.get(0).doubleValue(), box.y + px.get(1).doubleValue());
            Locator tip = page.locator(TRADE + " div").filter(new Locator.FilterOptions().setHasText("All values for 2024"));
            tip.first().waitFor();
            assertThat(tip.first().textContent()).contains("$237 bn").contains("$244.8 bn").contains("$245 bn");
            screenshot(page, "chart-tooltip-2024-" + size[0] + ".png");
            page.context().close();
        }
    }

    private long tradeId(String period, String source) {
        return jdbc.sql("""
                SELECT o.id FROM observation o JOIN series s ON s.id = o.series_id JOIN source so ON so.id = o.source_id
                WHERE s.series_key = 'china_russia_trade_usd_bn' AND o.period_label = ? AND so.source_key = ?""")
                .params(period, source).query(Long.class).single();
    }

    @Test
    void aTapOnOverlappingValuesOnAPhoneOffersTheChoiceAndThePassageOpensInView() {
        long lo = tradeId("2024", "002_709b5f3b75b2705c.txt");
        long andrieu = tradeId("2024", "000_86d270af3dbf64d1.txt");
        Page page = open(PHONE, "/");
        page.locator(TRADE).scrollIntoViewIfNeeded();
        ElementHandle chart = page.querySelector(TRADE);
        @SuppressWarnings("unchecked")
        List<Number> px = (List<Number>) chart.evaluate("(el, id) => el.crdashPixelOf(id)", "o" + lo);
        BoundingBox box = chart.boundingBox();
        page.mouse().click(box.x + px.get(0).doubleValue(), box.y + px.get(1).doubleValue());

        // $244.8 bn and $245 bn are drawn on top of each other at 390 px: the tap asks which one
        Locator chooser = page.locator("vaadin-dialog-overlay, #item-chooser").locator(".chooser-item");
        chooser.first().waitFor();
        @SuppressWarnings("unchecked")
        List<String> offered = (List<String>) chooser.evaluateAll("els => els.map(e => e.dataset.item)");
        assertThat(offered).contains("o" + lo, "o" + andrieu);
        screenshot(page, "chart-chooser-390.png");
        page.locator(".chooser-item[data-item='o" + lo + "']").click();

        page.waitForSelector("#passage-panel[data-item='o" + lo + "']");
        page.waitForTimeout(300);
        BoundingBox panel = page.locator("#passage-panel").boundingBox();
        BoundingBox mark = page.locator("#passage-context mark").first().boundingBox();
        // the passage opens as a sheet in view, not 2,500 px further down
        assertThat(panel.y).isGreaterThanOrEqualTo(0);
        assertThat(panel.y + panel.height).isLessThanOrEqualTo(844 + 1);
        assertThat(mark.y).isBetween(0.0, 844.0);
        assertThat(page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth")).isEqualTo(true);
        screenshot(page, "chart-phone-sheet-390.png");
        page.context().close();
    }

    @Test
    void closeValuesOfOnePeriodAreDrawnApartAndEachOpensOnItsOwn() {
        long lo = tradeId("2024", "002_709b5f3b75b2705c.txt");
        long andrieu = tradeId("2024", "000_86d270af3dbf64d1.txt");
        Page page = open(DESKTOP, "/");
        page.locator(TRADE).scrollIntoViewIfNeeded();
        ElementHandle chart = page.querySelector(TRADE);
        // where ECharts really drew the two markers (the symbol's own offset inside its group)
        String drawn = """
                (el, id) => { const c = el.__chart; const o = c.getOption();
                  for (let s = 0; s < o.series.length; s++) {
                    const i = (o.series[s].data || []).findIndex(d => d && d.id === id);
                    if (i < 0 || o.series[s].type !== 'scatter') continue;
                    const g = c.getModel().getSeriesByIndex(s).getData().getItemGraphicEl(i);
                    const path = g.childAt(0);
                    return [g.x + path.x, g.y + path.y, o.series[s].data[i].value[0]]; }
                  return null; }""";
        @SuppressWarnings("unchecked")
        List<Object> a = (List<Object>) chart.evaluate(drawn, "o" + andrieu);
        @SuppressWarnings("unchecked")
        List<Object> b = (List<Object>) chart.evaluate(drawn, "o" + lo);
        double dx = ((Number) b.get(0)).doubleValue() - ((Number) a.get(0)).doubleValue();
        double dy = ((Number) b.get(1)).doubleValue() - ((Number) a.get(1)).doubleValue();
        // $244.8 bn and $245 bn no longer cover each other: a marker (12 px) apart, 244.8 left; both still 2024
        assertThat(Math.hypot(dx, dy)).as("distance between the markers").isGreaterThanOrEqualTo(12);
        assertThat(dx).isPositive();
        assertThat(a.get(2)).isEqualTo("2024-07-01");
        assertThat(b.get(2)).isEqualTo("2024-07-01");
        BoundingBox box = chart.boundingBox();
        // picture of the 2024 cluster, three times enlarged
        Page sharp = browser().newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(1400, 900).setDeviceScaleFactor(3)).newPage();
        sharp.navigate(page.url());
        sharp.waitForSelector(TRADE + "[data-ready='true']");
        sharp.locator(TRADE).scrollIntoViewIfNeeded();
        sharp.waitForTimeout(600);
        BoundingBox sb = sharp.locator(TRADE).boundingBox();
        double cx = sb.x + ((Number) a.get(0)).doubleValue();
        double cy = sb.y + ((Number) a.get(1)).doubleValue();
        sharp.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("chart-2024-apart-x3.png"))
                .setClip(cx - 110, cy - 50, 220, 110));
        sharp.context().close();

        // each is a target of its own with a mouse: a click on 244.8 opens it, no "which one?"
        page.mouse().click(box.x + ((Number) a.get(0)).doubleValue(), box.y + ((Number) a.get(1)).doubleValue());
        page.waitForSelector("#passage-panel[data-item='o" + andrieu + "']");
        assertThat(page.locator(".chooser-item").count()).isZero();
        screenshot(page, "chart-2024-apart-1400.png");
        page.context().close();

        Page phone = open(PHONE, "/");
        phone.locator(TRADE).scrollIntoViewIfNeeded();
        // the spread's label is whole inside a 390 px chart, though 2024 is at its right edge
        @SuppressWarnings("unchecked")
        List<Number> label = (List<Number>) phone.querySelector(TRADE).evaluate("""
                el => { const c = el.__chart;
                  const t = c.getZr().storage.getDisplayList().find(e => e.style && typeof e.style.text === 'string'
                      && e.style.text.startsWith('3 sources'));
                  if (!t) return null;
                  const r = t.getBoundingRect().clone(); r.applyTransform(t.getComputedTransform());
                  return [r.x, r.x + r.width, c.getWidth()]; }""");
        assertThat(label).as("the 2024 spread label").isNotNull();
        assertThat(label.get(0).doubleValue()).isGreaterThanOrEqualTo(0);
        assertThat(label.get(1).doubleValue()).isLessThanOrEqualTo(label.get(2).doubleValue());
        phone.locator(TRADE).screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve("chart-2024-apart-390.png")));
        phone.context().close();
    }

    @Test
    void oneEventsTimelineWithLegibleRowsAndTheChosenEventDrawnAcrossTheCharts() {
        long event = jdbc.sql("""
                SELECT id FROM event WHERE deleted_at IS NULL AND precision = 'day'
                AND date_start BETWEEN '2022-01-01' AND '2022-12-31' ORDER BY date_start, id LIMIT 1""")
                .query(Long.class).single();
        for (int[] size : SIZES) {
            Page page = open(size, "/?point=e" + event);
            page.waitForSelector("#chart-events[data-ready='true']");
            assertThat(page.locator("#chart-events").count()).isEqualTo(1);
            // no chart carries its own events lane any more
            assertThat(page.evaluate("() => [...document.querySelectorAll('.chart-card:not(.timeline-card) .echart')]"
                    + ".some(el => el.__chart.getOption().series.some(s => s.id === 'events'))")).isEqualTo(false);
            Number rows = (Number) page.evaluate("() => document.querySelector('#chart-events').__chart.getOption()"
                    + ".yAxis[0].data.length");
            Number plot = (Number) page.evaluate("() => { const c = document.querySelector('#chart-events').__chart;"
                    + " const o = c.getOption(); return c.getHeight() - o.grid[0].top - o.grid[0].bottom; }");
            assertThat(plot.doubleValue() / rows.doubleValue()).as("row height").isGreaterThanOrEqualTo(16);
            Number font = (Number) page.evaluate("() => document.querySelector('#chart-events').__chart.getOption()"
                    + ".yAxis[0].axisLabel.fontSize");
            assertThat(font.intValue()).isGreaterThanOrEqualTo(12);
            // the selected event is a labelled guide line on every chart of the dashboard
            Object guides = page.evaluate("() => [...document.querySelectorAll('.chart-card:not(.timeline-card) .echart')]"
                    + ".every(el => el.__chart.getOption().series.some(s => s.id === 'guide'))");
            assertThat(guides).isEqualTo(true);
            page.waitForSelector("#passage-panel[data-item='e" + event + "']");
            page.locator("#events-timeline").scrollIntoViewIfNeeded();
            screenshot(page, "events-timeline-" + size[0] + ".png");
            page.context().close();
        }
    }

    @Test
    void aMouseClickOnACheckPinOpensThePassageOfTheValueItMarks() {
        for (int[] size : SIZES) {
            Page page = open(size, "/");
            page.locator(TRADE).scrollIntoViewIfNeeded();
            // each pin: the id of the value it marks and where its head is drawn (the value's pixel, 16 px up)
            @SuppressWarnings("unchecked")
            List<List<Object>> pins = (List<List<Object>>) page.evaluate("""
                    sel => { const el = document.querySelector(sel); const c = el.__chart; const o = c.getOption();
                      const i = o.series.findIndex(s => s.crdashRole === 'annotation');
                      if (i < 0) return [];
                      const off = o.series[i].symbolOffset || [0, 0];
                      return o.series[i].data.map(d => { const p = c.convertToPixel({seriesIndex: i}, d.value);
                        return [d.id, p[0] + Number(off[0]), p[1] + Number(off[1]) - 3]; }); }""", TRADE);
            assertThat(pins).as("check pins on the trade chart").isNotEmpty();
            // on a phone the passage opens as a sheet over the chart: one pin
            List<List<Object>> clicked = size == PHONE ? List.of(pins.getLast()) : pins;
            for (List<Object> pin : clicked) {
                BoundingBox box = page.locator(TRADE).boundingBox();
                page.mouse().click(box.x + ((Number) pin.get(1)).doubleValue(), box.y + ((Number) pin.get(2))
                        .doubleValue());
                page.waitForSelector("#passage-panel[data-item='" + pin.get(0) + "']",
                        new Page.WaitForSelectorOptions().setTimeout(5000));
                assertThat(page.locator("#item-chooser[opened]").count())
                        .as("no 'which one?' for the pin of %s at %s", pin.get(0), size[0]).isZero();
            }
            screenshot(page, "check-pin-click-" + size[0] + ".png");
            page.context().close();
        }
    }
}
