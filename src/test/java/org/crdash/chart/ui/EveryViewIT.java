package org.crdash.chart.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import java.util.ArrayList;
import java.util.List;
import org.crdash.BrowserTest;
import org.junit.jupiter.api.Test;

/**
 * Every public page at 1400×900 and 390×844: it renders without console errors, nothing is wider than the screen,
 * axe-core finds no serious or critical violation; and a chart is usable from the keyboard alone.
 */
class EveryViewIT extends BrowserTest {

    static final List<String> ROUTES = List.of("/", "/series", "/series/china_russia_trade_usd_bn",
            "/series/china_share_of_russia_trade_pct", "/events", "/sources", "/sources/000_86d270af3dbf64d1.txt",
            "/overview", "/embed/china_russia_trade_usd_bn", "/login");

    private Page open(int[] size, String route, List<String> errors) {
        Page page = page(size);
        page.onConsoleMessage(m -> {
            if (m.type().equals("error")) {
                errors.add(route + " " + size[0] + ": " + m.text());
            }
        });
        page.onPageError(e -> errors.add(route + " " + size[0] + ": " + e));
        page.navigate(url(route));
        page.waitForLoadState(LoadState.NETWORKIDLE);
        if (page.locator(".echart").count() > 0) {
            page.waitForSelector(".echart[data-ready='true'], #chart[data-ready='true']");
        }
        page.waitForTimeout(700);
        return page;
    }

    @Test
    void everyViewRendersAtBothSizesWithoutErrorsOrSidewaysScrolling() {
        List<String> errors = new ArrayList<>();
        List<String> tooWide = new ArrayList<>();
        for (int[] size : SIZES) {
            for (String route : ROUTES) {
                Page page = open(size, route, errors);
                Object wide = page.evaluate("() => { const w = window.innerWidth; const out = [];"
                        + " if (document.documentElement.scrollWidth > w) out.push('page ' + document.documentElement.scrollWidth);"
                        + " document.querySelectorAll('canvas, .echart, .chart-card, table, vaadin-grid').forEach(e => {"
                        + "   const r = e.getBoundingClientRect(); if (r.right > w + 1 && !e.closest('.table-scroll'))"
                        + "     out.push((e.id || e.className || e.tagName) + ' ' + Math.round(r.right)); });"
                        + " return out.join(', '); }");
                if (!String.valueOf(wide).isEmpty()) {
                    tooWide.add(route + " at " + size[0] + ": " + wide);
                }
                String name = (route.equals("/") ? "dashboard" : route.substring(1).replaceAll("[^a-z0-9]+", "-"))
                        + "-" + size[0] + ".png";
                fullScreenshot(page, "view-" + name);
                page.context().close();
            }
        }
        // the favicon's 404 on some pages is not a page error
        assertThat(errors.stream().filter(e -> !e.contains("favicon")).toList()).isEmpty();
        assertThat(tooWide).isEmpty();
    }

    @Test
    void axeFindsNoSeriousOrCriticalViolationOnAnyPage() {
        List<String> found = new ArrayList<>();
        for (int[] size : SIZES) {
            for (String route : ROUTES) {
                Page page = open(size, route, new ArrayList<>());
                AxeResults results = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                        .analyze();
                for (Rule r : results.getViolations()) {
                    if ("serious".equals(r.getImpact()) || "critical".equals(r.getImpact())) {
                        found.add(route + " at " + size[0] + ": " + r.getId() + " (" + r.getImpact() + ") "
                                + r.getNodes().stream().limit(3).map(n -> String.valueOf(n.getTarget())).toList());
                    }
                }
                page.context().close();
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void tabReachesAPointAndEnterOpensItsPassage() {
        Page page = open(DESKTOP, "/", new ArrayList<>());
        String chart = "#chart-china_russia_trade_usd_bn";
        boolean reached = false;
        for (int i = 0; i < 80 && !reached; i++) {
            page.keyboard().press("Tab");
            reached = Boolean.TRUE.equals(page.evaluate("sel => document.activeElement === document.querySelector(sel)",
                    chart));
        }
        assertThat(reached).as("Tab reaches the trade chart").isTrue();
        page.keyboard().press("ArrowRight");
        String item = page.locator(chart).getAttribute("data-focus-item");
        assertThat(item).matches("o\\d+");
        assertThat(page.locator(".echart-live").first().textContent()).contains("of");
        page.keyboard().press("Enter");
        page.waitForSelector("#passage-panel[data-item='" + item + "']");
        screenshot(page, "chart-keyboard-1400.png");
        page.context().close();
    }
}
