package org.crdash.chart.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.FrameLocator;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.util.List;
import org.crdash.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Taking a chart away: the table tab, PNG/SVG pictures with title and sources, the share link, the embed. */
class ShareAndEmbedIT extends BrowserTest {

    static final String KEY = "china_russia_trade_usd_bn";

    @Autowired
    JdbcClient jdbc;

    private Page dashboard() {
        Page page = navigate(DESKTOP, "/");
        page.waitForSelector("#chart-" + KEY + "[data-ready='true']");
        page.waitForTimeout(600);
        return page;
    }

    private List<String> sourceLabels() {
        return jdbc.sql("""
                SELECT DISTINCT so.source_key FROM observation o JOIN series s ON s.id = o.series_id
                JOIN source so ON so.id = o.source_id WHERE s.series_key = ? AND o.deleted_at IS NULL""")
                .param(KEY).query(String.class).list();
    }

    @Test
    void svgAndPngDownloadsCarryTheTitleAndEverySource() throws Exception {
        Page page = dashboard();
        List<String> labels = page.locator("#card-" + KEY + " .legend-key span:last-child").allTextContents();
        assertThat(labels).hasSize(sourceLabels().size());
        Download svg = page.waitForDownload(() -> page.locator("#svg-" + KEY).click());
        assertThat(svg.suggestedFilename()).isEqualTo(KEY + ".svg");
        String text = Files.readString(svg.path()).replace("&#39;", "'").replace("&apos;", "'")
                .replace("&amp;", "&").replace("&quot;", "\"");
        assertThat(text).startsWith("<svg").contains("China–Russia bilateral trade")
                .contains("Bilateral trade turnover between China and Russia").contains("/series/" + KEY);
        for (String label : labels) {
            assertThat(text).as("source %s in the SVG", label).contains(label.replace("…", ""));
        }
        // no UI chrome: no zoom slider's handles, no toolbox icons
        assertThat(text).doesNotContain("Reset zoom");
        Download png = page.waitForDownload(() -> page.locator("#png-" + KEY).click());
        byte[] bytes = Files.readAllBytes(png.path());
        assertThat(bytes.length).isGreaterThan(20_000);
        assertThat(new String(bytes, 1, 3, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("PNG");
        page.context().close();
    }

    @Test
    void theTableTabListsEveryValueAndOpensItsPassage() {
        Page page = dashboard();
        page.locator("#tab-table-" + KEY).click();
        long values = jdbc.sql("""
                SELECT count(*) FROM observation o JOIN series s ON s.id = o.series_id
                WHERE s.series_key = ? AND o.deleted_at IS NULL""").param(KEY).query(Long.class).single();
        page.waitForSelector("#card-" + KEY + " .card-table tbody tr");
        assertThat(page.locator("#card-" + KEY + " .card-table tbody tr").count()).isEqualTo((int) values);
        assertThat(page.locator("#card-" + KEY + " .table-disputes").textContent())
                .contains("2024: 3 sources disagree, from $237 bn to $245 bn (3.3 %)");
        String id = page.locator("#card-" + KEY + " .table-open").first().getAttribute("data-item");
        page.locator("#card-" + KEY + " .table-open").first().focus();
        page.keyboard().press("Enter");
        page.waitForSelector("#passage-panel[data-item='" + id + "']");
        screenshot(page, "chart-table-1400.png");
        page.context().close();
    }

    @Test
    void shareOffersThePermalinkAndTheEmbedCode() {
        Page page = dashboard();
        page.locator("#share-" + KEY).click();
        page.waitForFunction("() => { const f = document.querySelector('#share-link'); return f && f.value; }");
        String link = (String) page.evaluate("() => document.querySelector('#share-link').value");
        String embed = (String) page.evaluate("() => document.querySelector('#share-embed').value");
        assertThat(link).startsWith(url("/series/" + KEY));
        assertThat(embed).startsWith("<iframe src=\"" + url("/embed/" + KEY));
        screenshot(page, "chart-share-1400.png");
        page.navigate(link);
        page.waitForSelector("#chart-" + KEY + "[data-ready='true']");
        page.context().close();
    }

    @Test
    void theShareLinkAndTheAddressRestoreHiddenSourcesAndTheLinesSwitch() {
        for (int[] size : SIZES) {
            Page page = navigate(size, "/");
            page.waitForSelector("#chart-" + KEY + "[data-ready='true']");
            String card = "#card-" + KEY;
            String hiddenKey = page.locator(card + " .legend-key").first().getAttribute("data-source");
            page.locator(card + " .legend-key").first().click();
            page.locator(card + " .lines-switch").click();
            page.waitForFunction("() => location.search.includes('nolines=')");
            String dashboardUrl = page.url();
            page.locator("#share-" + KEY).click();
            page.waitForFunction("() => { const f = document.querySelector('#share-link'); return f && f.value"
                    + " && f.value.includes('hide='); }");
            String link = (String) page.evaluate("() => document.querySelector('#share-link').value");
            page.context().close();

            // the shared chart and the reloaded dashboard show what the reader left: the source hidden, no lines
            for (String address : List.of(link, dashboardUrl)) {
                Page again = page(size);
                again.navigate(address);
                again.waitForSelector("#chart-" + KEY + "[data-ready='true']");
                again.waitForTimeout(600);
                assertThat(again.locator(card + " .legend-key[data-source='" + hiddenKey + "']")
                        .getAttribute("aria-pressed")).as("key of the hidden source at %s", address).isEqualTo("false");
                Object drawn = again.evaluate("sel => document.querySelector(sel).__chart.getOption().series"
                        + ".map(s => s.crdashRole + ':' + s.name)", "#chart-" + KEY);
                String label = again.locator(card + " .legend-key[data-source='" + hiddenKey + "'] span:last-child")
                        .textContent();
                assertThat(drawn.toString()).doesNotContain("values:" + label).doesNotContain("line:");
                assertThat(again.locator(card + " .lines-switch").getAttribute("checked")).isNull();
                again.locator(card).scrollIntoViewIfNeeded();
                screenshot(again, "share-restores-legend-" + (address.equals(link) ? "series-" : "dashboard-")
                        + size[0] + ".png");
                again.context().close();
            }
        }
    }

    @Test
    void theEmbedHonoursHiddenSourcesAndTheLinesSwitchOfTheLink() {
        String hiddenKey = sourceLabels().stream().sorted().findFirst().orElseThrow();
        for (int[] size : SIZES) {
            Page page = navigate(size, "/embed/" + KEY + "?hide=" + KEY + ":" + hiddenKey + "&nolines=" + KEY);
            page.waitForSelector("#chart[data-ready='true']");
            String label = page.locator(".legend-key[data-source='" + hiddenKey + "'] span:last-child").textContent();
            assertThat(page.locator(".legend-key[data-source='" + hiddenKey + "']").getAttribute("data-hidden"))
                    .isEqualTo("true");
            String drawn = page.evaluate("() => echarts.getInstanceByDom(document.getElementById('chart')).getOption()"
                    + ".series.map(s => s.crdashRole + ':' + s.name).join('|')").toString();
            assertThat(drawn).contains("values:").doesNotContain("values:" + label).doesNotContain("line:");
            screenshot(page, "embed-hidden-source-nolines-" + size[0] + ".png");
            page.navigate(url("/embed/" + KEY));
            page.waitForSelector("#chart[data-ready='true']");
            String all = page.evaluate("() => echarts.getInstanceByDom(document.getElementById('chart')).getOption()"
                    + ".series.map(s => s.crdashRole + ':' + s.name).join('|')").toString();
            assertThat(all).contains("values:" + label).contains("line:");
            page.context().close();
        }
    }

    @Test
    void theEmbedRendersInAnotherSitesFrameAndNoOtherPageDoes() throws Exception {
        Page page = page(DESKTOP);
        // another site: its own little server on another port of 127.0.0.1 (another origin, and another site
        // than localhost), whose page frames the embed and the dashboard
        String body = "<!doctype html><title>Another site</title><h1>Another site</h1>"
                + "<iframe id='embed' src='" + url("/embed/" + KEY) + "' width='720' height='640'></iframe>"
                + "<iframe id='home' src='" + url("/") + "' width='400' height='300'></iframe>";
        com.sun.net.httpserver.HttpServer other = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        other.createContext("/", exchange -> {
            byte[] bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        other.start();
        try {
            page.navigate("http://127.0.0.1:" + other.getAddress().getPort() + "/");
            framed(page);
        } finally {
            other.stop(0);
        }
        page.context().close();
    }

    private void framed(Page page) {
        FrameLocator embed = page.frameLocator("#embed");
        embed.locator("#chart[data-ready='true']").waitFor();
        assertThat(embed.locator("h1").textContent()).contains("China–Russia bilateral trade");
        assertThat(embed.locator(".source-line").textContent()).contains("Bobo Lo").contains("Zorawar Singh Gill");
        assertThat(embed.locator("#embed-back").getAttribute("href")).endsWith("/series/" + KEY);
        page.waitForTimeout(2500);
        // the dashboard refuses to be framed by another origin
        assertThat(page.frameLocator("#home").locator(".dashboard-view").count()).isZero();
        screenshot(page, "embed-in-another-site-1400.png");
        com.microsoft.playwright.APIResponse home = page.request().get(url("/"));
        assertThat(home.headers().get("x-frame-options")).isEqualTo("SAMEORIGIN");
        assertThat(home.headers().get("content-security-policy")).contains("frame-ancestors 'self'");
        assertThat(page.request().get(url("/embed/" + KEY)).headers().get("content-security-policy"))
                .contains("frame-ancestors *");
    }
}
