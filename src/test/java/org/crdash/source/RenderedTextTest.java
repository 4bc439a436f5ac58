package org.crdash.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crdash.source.Highlight.Kind;
import org.junit.jupiter.api.Test;

/** The renderer through its public API: what shows, which raw characters each shown character stands for. */
class RenderedTextTest {

    private static final Pattern MARK = Pattern.compile("<mark class=\"([^\"]*)\" data-items=\"([^\"]*)\"[^>]*>([^<]*)</mark>");

    static String seed(String name) throws IOException {
        return Files.readString(Path.of("seed-data/articles", name));
    }

    /** The text a browser shows for HTML this renderer wrote (tags dropped, entities decoded). */
    static String shown(String html) {
        return html.replaceAll("<[^>]*>", "").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&");
    }

    /** The text of every mark piece of highlight {@code id}, in document order. */
    static String markedText(String html, String id) {
        StringBuilder sb = new StringBuilder();
        Matcher m = MARK.matcher(html);
        while (m.find()) {
            if (List.of(m.group(2).split(" ")).contains(id)) {
                sb.append(shown(m.group(3)));
            }
        }
        return sb.toString();
    }

    @Test
    void aPassageAcrossEmphasisALinkAndAFootnoteMarkerMapsToExactlyItsRawCharacters() {
        String raw = "Intro line.\n\nIt is a *de facto* alliance, see [the report](https://x.org/r).<sup>17</sup> "
                + "Next sentence.\n\n# Notes\n\n17. The note.\n";
        String passage = "a *de facto* alliance, see [the report](https://x.org/r).<sup>17</sup>";
        int start = raw.indexOf(passage);
        int end = start + passage.length();
        RenderedText text = RenderedText.markdown(raw);

        assertThat(text.plain(start, end)).isEqualTo("a de facto alliance, see the report.17");
        String html = text.html(List.of(new Highlight(start, end, "o1", Kind.OBSERVATION)));
        assertThat(markedText(html, "o1")).isEqualTo("a de facto alliance, see the report.17");
        // one highlight, several pieces: each stays inside its element
        assertThat(html).contains("<em><mark class=\"hl hl-observation\" data-items=\"o1\"")
                .contains("href=\"https://x.org/r\"").contains("class=\"fn-ref\"").doesNotContain("*")
                .doesNotContain("&lt;sup");
        assertThat(text.passageHtml(start, end))
                .isEqualTo("a <em>de facto</em> alliance, see the report.<sup>17</sup>");
        // a range inside the emphasis is still italic when cut out on its own
        int facto = raw.indexOf("facto");
        assertThat(text.passageHtml(facto, facto + 5)).isEqualTo("<em>facto</em>");
    }

    @Test
    void headingsListsEscapesAndEntitiesShowWithoutTheirMarkup() {
        String raw = "#### **Executive summary**\n\n- First point\n- **10** Second\n\nSee mfa\\_eng &amp; more\n";
        RenderedText text = RenderedText.markdown(raw);
        String html = text.html(List.of());
        assertThat(html).contains("<h4><strong><span data-r=\"7\">Executive summary</span></strong></h4>")
                .contains("<ul><li><p>").contains("<strong>");
        assertThat(shown(html)).doesNotContain("#").doesNotContain("**").doesNotContain("\\")
                .contains("mfa_eng & more");
        int esc = raw.indexOf("mfa");
        assertThat(text.plain(esc, raw.indexOf(" more"))).isEqualTo("mfa_eng &");
        assertThat(text.plain(0, raw.length())).isEqualTo("Executive summary\nFirst point\n10 Second\n"
                + "See mfa_eng & more");
    }

    @Test
    void aTextWrittenOneLinePerParagraphKeepsItsParagraphsAHardWrappedOneIsReflowed() {
        String line = "x".repeat(MarkdownTree.LONG_LINE + 5);
        assertThat(RenderedText.markdown(line + "\n" + line + "\n").html(List.of()))
                .startsWith("<p><span").contains("</p><p>");
        assertThat(RenderedText.markdown("short line\nanother short line\n").html(List.of()))
                .isEqualTo("<p><span data-r=\"0\">short line</span><span data-r=\"10\">\n</span>"
                        + "<span data-r=\"11\">another short line</span></p>");
    }

    @Test
    void linesAfterAListItemThatAreNotIndentedComeAfterTheListInATextWrittenLinePerParagraph() {
        String line = "y".repeat(MarkdownTree.LONG_LINE + 5);
        String raw = "- Dec 4\n- 15 min read\nEdited by someone\n" + line + "\n- later item\n";
        RenderedText text = RenderedText.markdown(raw);
        String html = text.html(List.of());
        assertThat(html).startsWith("<ul><li><p><span data-r=\"2\">Dec 4</span></p></li><li><p>")
                .contains("15 min read</span></p></li></ul><p><span data-r=\"22\">Edited by someone</span></p><p>")
                .endsWith("</p><ul><li><p><span data-r=\"" + raw.indexOf("later") + "\">later item</span></p></li></ul>");
        assertThat(text.plain(0, raw.length())).isEqualTo("Dec 4\n15 min read\nEdited by someone\n" + line
                + "\nlater item");
    }

    @Test
    void footnoteMarkersLinkToTheirEndnotesAndBackEvenWhenANumberIsMissing() {
        String raw = "One.<sup>1</sup> Two.<sup>2</sup> Three.<sup>3</sup> Again.<sup>1</sup>\n\n# Endnotes\n\n"
                + "- 1. First note\n- The second note lost its number\n- 3. Third note\n";
        String html = RenderedText.markdown(raw).html(List.of());
        assertThat(html).contains("<a class=\"fn-ref\" href=\"#note-1\" data-note=\"1\" id=\"ref-1\"")
                .contains("id=\"ref-1-2\"").contains("id=\"note-1\"").contains("id=\"note-2\"")
                .contains("id=\"note-3\"").contains("class=\"fn-back\" data-note=\"2\"")
                .contains("data-inferred=\"2\"");
        assertThat(html.split("class=\"fn-back\"", -1)).hasSize(4);
    }

    @Test
    void whatASourceTextSaysCanNeverBecomeScriptOrAnAppLink() {
        String raw = "<script>alert(1)</script>\n\nA <img src=x onerror=alert(2)> b [x](javascript:alert(3)) "
                + "[y](/edit/figures/1) [z](https://ok.org) \"quoted\"\n\n<div onclick=\"alert(4)\">block</div>\n";
        String html = RenderedText.markdown(raw).html(List.of());
        assertThat(html).doesNotContain("<script").doesNotContain("<img").doesNotContain("onerror")
                .doesNotContain("onclick").doesNotContain("href=\"javascript").doesNotContain("href=\"/edit")
                .contains("<a href=\"https://ok.org\" target=\"_blank\" rel=\"noopener noreferrer nofollow\">")
                .contains("&quot;quoted&quot;").contains("block");
        assertThat(html.split("<a ", -1)).hasSize(2);
    }

    @Test
    void aSelectionAtTheEdgesOfEmphasisOrAMarkerTakesTheMarkupAlong() {
        String raw = "It is a *de facto* alliance.<sup>17</sup> Next.";
        RenderedText text = RenderedText.markdown(raw);
        int de = raw.indexOf("de facto");
        int[] snapped = text.snapToMarkup(de, raw.indexOf(" alliance"));
        assertThat(raw.substring(snapped[0], snapped[1])).isEqualTo("*de facto*");
        int[] marker = text.snapToMarkup(raw.indexOf("alliance"), raw.indexOf("17") + 2);
        assertThat(raw.substring(marker[0], marker[1])).isEqualTo("alliance.<sup>17</sup>");
        int[] inside = text.snapToMarkup(de + 3, de + 8);
        assertThat(raw.substring(inside[0], inside[1])).isEqualTo("facto");
    }

    @Test
    void plainTextShowsEveryCharacterAndNoMarkup() {
        String raw = "# not a heading *nor emphasis*\n\nsecond <sup>1</sup>\n";
        RenderedText text = RenderedText.plain(raw);
        assertThat(text.plain(0, raw.length())).isEqualTo("# not a heading *nor emphasis*\nsecond <sup>1</sup>");
        assertThat(text.html(List.of())).contains("&lt;sup&gt;");
    }

    @Test
    void theSeedArticlesWithoutMarkupShowEveryWordTheSeedWithMarkupShowsNone() throws IOException {
        for (String name : List.of("000_86d270af3dbf64d1.txt", "001_810a6323d9c1b466.txt",
                "003_88dc170ac39da4d5.txt", "004_7e211dc23d92d8d9.txt")) {
            String raw = seed(name);
            String expected = raw.replaceAll("(?m)^- ", "").replaceAll("\\s+", " ").strip();
            String shown = RenderedText.markdown(raw).plain(0, raw.length()).replaceAll("\\s+", " ").strip();
            assertThat(shown).as(name).isEqualTo(expected);
        }
        String raw = seed("002_709b5f3b75b2705c.txt");
        String shown = shown(RenderedText.markdown(raw).html(List.of()));
        assertThat(shown).doesNotContain("**").doesNotContain("<sup>").doesNotContain("</sup>")
                .doesNotContain("\\_");
        // heading marks are gone; a '#' is left only inside URLs of the endnotes
        assertThat(Pattern.compile("(^|\\s)#{1,6}\\s").matcher(shown).find()).isFalse();
        assertThat(shown).contains("NEW EURASIAN ZI STRATEGIES CENTRE").contains("Executive summary");
    }
}
