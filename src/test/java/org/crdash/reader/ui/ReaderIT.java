package org.crdash.reader.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import java.util.List;
import java.util.Map;
import org.crdash.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The reader in a real browser: rendered articles, highlights that open the panel in place, notes, find, links. */
class ReaderIT extends BrowserTest {

    static final String LO = "002_709b5f3b75b2705c.txt";
    static final String GILL = "001_810a6323d9c1b466.txt";

    @Autowired
    JdbcClient jdbc;

    record Quote(String id, String passage) {
    }

    private Page open(int[] size, String key, String query) {
        Page page = navigate(size, "/sources/" + key + query);
        page.waitForSelector("#article-text p");
        return page;
    }

    private List<String> keys() {
        return jdbc.sql("SELECT source_key FROM source ORDER BY source_key").query(String.class).list();
    }

    private List<Quote> quotes(String key) {
        return jdbc.sql("""
                SELECT 'o' || o.id, o.passage FROM observation o JOIN source s ON s.id = o.source_id
                WHERE s.source_key = :k AND o.deleted_at IS NULL
                UNION ALL
                SELECT 'e' || e.id, e.passage FROM event e JOIN source s ON s.id = e.source_id
                WHERE s.source_key = :k AND e.deleted_at IS NULL""").param("k", key)
                .query((rs, n) -> new Quote(rs.getString(1), rs.getString(2))).list();
    }

    /** The passage as a reader sees it: the seed articles' markup (tags, emphasis, escapes) taken out. */
    static String withoutMarkup(String passage) {
        return passage.replaceAll("</?sup>", "").replace("*", "").replaceAll("\\\\(\\p{Punct})", "$1");
    }

    @Test
    void everySeededPassageIsHighlightedAsExactlyItsTextWithoutMarkupAndNoReaderShowsMarkup() {
        long offsetsOff = jdbc.sql("""
                SELECT (SELECT count(*) FROM observation o JOIN source s ON s.id = o.source_id
                        WHERE substring(s.full_text FROM o.passage_start + 1 FOR o.passage_end - o.passage_start) <> o.passage)
                     + (SELECT count(*) FROM event e JOIN source s ON s.id = e.source_id
                        WHERE substring(s.full_text FROM e.passage_start + 1 FOR e.passage_end - e.passage_start) <> e.passage)""")
                .query(Long.class).single();
        assertThat(offsetsOff).as("rows whose raw offsets no longer cut out their passage").isZero();
        int checked = 0;
        for (String key : keys()) {
            Page page = open(DESKTOP, key, "");
            @SuppressWarnings("unchecked")
            Map<String, String> shown = (Map<String, String>) page.evaluate("() => { const out = {};"
                    + " document.querySelectorAll('#article-text mark[data-items]').forEach(m =>"
                    + "   m.dataset.items.split(' ').forEach(id => out[id] = (out[id] || '') + m.textContent));"
                    + " return out; }");
            for (Quote q : quotes(key)) {
                assertThat(shown.get(q.id())).as(key + " " + q.id()).isEqualTo(withoutMarkup(q.passage()));
                checked++;
            }
            String text = page.locator("#article-text").innerText();
            assertThat(text).as(key).doesNotContain("**").doesNotContain("<sup>").doesNotContain("</sup>")
                    .doesNotContainPattern("(?m)^\\s*#{1,6}\\s");
            page.context().close();
        }
        assertThat(checked).isEqualTo(jdbc.sql("SELECT (SELECT count(*) FROM observation) + (SELECT count(*) FROM event)")
                .query(Integer.class).single());
    }

    @Test
    void aClickOnAHighlightOpensItsPassageBesideTheTextAndHoverShowsTheValue() {
        String id = quotes(LO).getFirst().id();
        Page page = open(DESKTOP, LO, "");
        var first = page.locator("#article-text mark[data-items~='" + id + "']").first();
        first.scrollIntoViewIfNeeded();
        first.hover();
        page.waitForSelector("#crdash-tip:not([hidden])");
        assertThat(page.locator("#crdash-tip").textContent()).contains("observation").containsPattern("\\d");
        screenshot(page, "reader-002-hover-1400.png");

        first.click();
        page.waitForSelector("#passage-panel[data-item='" + id + "']");
        page.waitForURL(url -> url.contains("/sources/" + LO) && url.contains("item=" + id));
        BoundingBox text = page.locator("#article-text").boundingBox();
        BoundingBox panel = page.locator("#passage-panel").boundingBox();
        assertThat(panel.x).as("panel beside the text").isGreaterThanOrEqualTo(text.x + text.width);
        assertThat(panel.y + panel.height).isGreaterThan(0);
        assertThat(page.locator("#article-text mark.is-current").count()).isPositive();
        screenshot(page, "reader-002-panel-1400.png");
        page.context().close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theDenseArticleStaysReadableAndEventsAreToldApartFromObservations() {
        Page page = open(DESKTOP, GILL, "");
        assertThat(page.locator("#article-text mark.hl-observation").count()).isPositive();
        assertThat(page.locator("#article-text mark.hl-event").count()).isPositive();
        Object styles = page.evaluate("() => { const o = document.querySelector('#article-text mark.hl-observation:not(.hl-event)');"
                + " const e = document.querySelector('#article-text mark.hl-event:not(.hl-observation)');"
                + " return [getComputedStyle(o).textDecorationLine, getComputedStyle(e).borderBottomStyle,"
                + "         getComputedStyle(o).backgroundColor]; }");
        assertThat((List<Object>) styles).containsExactly("underline", "dotted", "rgba(0, 0, 0, 0)");
        screenshot(page, "reader-001-1400.png");
        page.locator("#toggle-observation").click();
        page.waitForSelector("#article-text.hide-observation");
        screenshot(page, "reader-001-events-only-1400.png");
        page.context().close();
    }

    @Test
    void aFootnoteMarkerJumpsToItsEndnoteAndBack() {
        Page page = open(DESKTOP, LO, "");
        String before = page.url();
        var ref = page.locator("#article-text a.fn-ref[data-note='10']").first();
        ref.scrollIntoViewIfNeeded();
        ref.click();
        page.waitForFunction("() => { const r = document.getElementById('note-10').getBoundingClientRect();"
                + " return r.top >= 0 && r.bottom <= innerHeight; }");
        assertThat(page.url()).isEqualTo(before);
        screenshot(page, "reader-002-endnote-1400.png");
        page.locator("#note-10 .fn-back").click();
        page.waitForFunction("() => { const r = document.getElementById('ref-10').getBoundingClientRect();"
                + " return r.top >= 0 && r.bottom <= innerHeight; }");
        assertThat(page.url()).isEqualTo(before);
        page.context().close();
    }

    @Test
    void theFindBoxFindsAcrossEmphasisAndStepsThroughMatches() {
        Page page = open(DESKTOP, LO, "");
        page.locator(".find-box input").fill("de facto alliance");
        page.waitForSelector(".find-box[data-matches='1']");
        page.locator(".find-box input").fill("DE FACTO");
        page.waitForFunction("() => Number(document.querySelector('.find-box').dataset.matches) >= 2");
        assertThat(page.locator(".find-count").innerText()).startsWith("1 of ");
        page.locator(".find-box input").press("Enter");
        assertThat(page.locator(".find-count").innerText()).startsWith("2 of ");
        screenshot(page, "reader-002-find-1400.png");
        page.context().close();
    }

    @Test
    void linkToSelectionMakesAPermalinkToExactlyThoseRawCharacters() {
        Page page = open(DESKTOP, LO, "");
        String selected = (String) page.evaluate("() => { const p = [...document.querySelectorAll('#article-text p')]"
                + "  .find(p => p.textContent.includes('Bilateral trade has grown'));"
                + " const span = [...p.querySelectorAll('[data-r]')].find(s => s.textContent.includes('Bilateral trade'));"
                + " const t = span.firstChild; const i = t.data.indexOf('Bilateral trade');"
                + " const r = document.createRange(); r.setStart(t, i); r.setEnd(t, i + 'Bilateral trade has grown'.length);"
                + " getSelection().removeAllRanges(); getSelection().addRange(r); return r.toString(); }");
        page.locator("#link-to-selection").click();
        page.waitForURL(url -> url.contains("at="));
        String at = page.url().replaceAll(".*at=(\\d+-\\d+).*", "$1");
        int a = Integer.parseInt(at.split("-")[0]);
        int b = Integer.parseInt(at.split("-")[1]);
        String raw = jdbc.sql("SELECT full_text FROM source WHERE source_key = ?").param(LO).query(String.class).single();
        assertThat(raw.substring(a, b)).isEqualTo(selected);

        Page linked = open(DESKTOP, LO, "?at=" + at);
        linked.waitForFunction("() => { const m = document.querySelector('#article-text mark.hl-link');"
                + " if (!m) return false; const r = m.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; }");
        assertThat(linked.locator("#article-text mark.hl-link").allTextContents()).containsExactly(selected);
        screenshot(linked, "reader-002-permalink-1400.png");
        linked.context().close();
        page.context().close();
    }

    @Test
    void onAPhoneThePassageOpensAsASheetInView() {
        String id = quotes(GILL).getFirst().id();
        Page page = open(PHONE, GILL, "");
        screenshot(page, "reader-001-390.png");
        assertThat((Boolean) page.evaluate("() => document.documentElement.scrollWidth <= innerWidth + 1")).isTrue();
        var mark = page.locator("#article-text mark[data-items~='" + id + "']").first();
        mark.scrollIntoViewIfNeeded();
        mark.click();
        page.waitForSelector("#passage-panel[data-item='" + id + "']");
        BoundingBox panel = page.locator(".reader-side").boundingBox();
        assertThat(panel.y).isGreaterThanOrEqualTo(0);
        assertThat(panel.y).isLessThan(844);
        screenshot(page, "reader-001-panel-390.png");
        page.context().close();
    }

    @Test
    void onAPhoneTheTextLinesUpWithItsTitleAndATappedHighlightStaysAboveTheSheet() {
        Page page = open(PHONE, GILL, "");
        double title = page.locator(".reader-header h2").boundingBox().x;
        assertThat(page.locator("#article-text p").first().boundingBox().x).as("text under the title")
                .isCloseTo(title, org.assertj.core.data.Offset.offset(1.0));
        String id = quotes(GILL).get(5).id();
        var mark = page.locator("#article-text mark[data-items~='" + id + "']").first();
        mark.evaluate("m => m.scrollIntoView({block: 'end'})");
        assertThat(mark.boundingBox().y).as("tapped low on the screen").isGreaterThan(600);
        mark.click();
        page.waitForSelector("#passage-panel[data-item]");
        page.waitForTimeout(300);
        BoundingBox toolbar = page.locator(".reader-toolbar").boundingBox();
        BoundingBox sheet = page.locator(".reader-side").boundingBox();
        // (the text may be quoted by several items: the one opened is marked current)
        assertThat(page.locator("#article-text mark.is-current").first().boundingBox().y)
                .as("below the toolbar, above the sheet")
                .isBetween(toolbar.y + toolbar.height, sheet.y - 20);
        screenshot(page, "reader-001-tapped-390.png");
        page.context().close();
    }

    @Test
    void screenshotsOfEverySeedAtBothSizes() {
        for (String key : keys()) {
            for (int[] size : SIZES) {
                Page page = open(size, key, "");
                assertThat((Boolean) page.evaluate("() => document.documentElement.scrollWidth <= innerWidth + 1"))
                        .as(key + " at " + size[0] + " px is not wider than the screen").isTrue();
                screenshot(page, "reader-" + key.substring(0, 3) + "-" + size[0] + ".png");
                page.context().close();
            }
        }
    }
}
