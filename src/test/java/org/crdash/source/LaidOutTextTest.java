package org.crdash.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crdash.source.RenderedTextTest.markedText;
import static org.crdash.source.RenderedTextTest.shown;

import java.util.ArrayList;
import java.util.List;
import org.crdash.document.Block;
import org.crdash.document.DocumentFixtures;
import org.crdash.document.StructuredFixtures;
import org.crdash.source.Highlight.Kind;
import org.junit.jupiter.api.Test;

/**
 * Text read from a web page or a Word file shown with its document's structure, every character still tied to
 * exactly its raw offset: a highlight shows exactly the passage's characters, wherever it is.
 */
class LaidOutTextTest {

    private static final String RAW = StructuredFixtures.TEXT;
    private static final RenderedText TEXT = RenderedText.laidOut(RAW, Block.decode(StructuredFixtures.LAYOUT));

    private static Highlight at(String passage, String id) {
        int start = RAW.indexOf(passage);
        return new Highlight(start, start + passage.length(), id, Kind.OBSERVATION);
    }

    @Test
    void headingsNestedListsQuotationsTablesAndLineBreaksShowAsTheDocumentHadThem() {
        String html = TEXT.html(List.of());
        assertThat(html).startsWith("<h1><span data-r=\"0\">Trade in numbers</span></h1><p>")
                .contains("<h2><span data-r=\"" + RAW.indexOf("What") + "\">What grew</span></h2>")
                .contains("<ul><li><span data-r=\"" + RAW.indexOf("Energy") + "\">Energy, most of it</span><ul><li>"
                        + "<span data-r=\"" + RAW.indexOf("oil") + "\">oil</span></li><li><span data-r=\""
                        + RAW.indexOf("gas") + "\">gas</span></li></ul></li><li>")
                .contains("</li></ul><ol><li><span data-r=\"" + RAW.indexOf("First") + "\">First step</span></li><li>")
                .contains("<blockquote><p><span data-r=\"" + RAW.indexOf("Bilateral") + "\">")
                .contains("<table><tr><th><span data-r=\"" + RAW.indexOf("Year") + "\">Year </span></th><th>")
                .contains("<tr><td><span data-r=\"" + RAW.lastIndexOf("2024") + "\">2024</span></td><td></td></tr></table>")
                .endsWith("line one</span><br><span data-r=\"" + RAW.indexOf("\nline") + "\">\n</span><span data-r=\""
                        + RAW.indexOf("line two") + "\">line two</span></p>");
        assertThat(TEXT.plain(0, RAW.length()).replace("\n", " "))
                .isEqualTo(RAW.replace("\n\n", " ").replace("\n", " "));
    }

    @Test
    void everyPassageHighlightsExactlyItsCharactersInHeadingsItemsQuotationsCellsAndAcrossThem() {
        List<Highlight> highlights = new ArrayList<>();
        List<String> passages = List.of(DocumentFixtures.PASSAGE, "Trade in", "most of it", "gas", "Second step",
                "2023 240.1", "Value", "one\nline", "240.1\n\n2024");
        for (int i = 0; i < passages.size(); i++) {
            highlights.add(at(passages.get(i), "o" + i));
        }
        String html = TEXT.html(highlights);
        for (int i = 0; i < passages.size(); i++) {
            Highlight h = highlights.get(i);
            String expected = passages.get(i).replace("\n\n", "");
            assertThat(markedText(html, "o" + i)).as(passages.get(i)).isEqualTo(expected);
            assertThat(shown(TEXT.passageHtml(h.start(), h.end()))).as(passages.get(i))
                    .isEqualTo(passages.get(i).replace("\n\n", ""));
        }
        assertThat(html).contains("<td><span class=\"hl-pin hl-observation\" data-items=\"o5\"");
        assertThat(TEXT.passageHtml(RAW.indexOf("2023"), RAW.lastIndexOf("2024") + 4)).isEqualTo("2023 240.1<br>2024");
    }

    @Test
    void aLayoutThatDoesNotFitTheTextIsIgnoredAndTheTextShowsPlain() {
        String plain = RenderedText.plain(RAW).html(List.of());
        assertThat(RenderedText.laidOut(RAW, Block.decode("h1\np")).html(List.of())).isEqualTo(plain);
        String wrongCells = StructuredFixtures.LAYOUT.replace("tr 4 5", "tr 4 6");
        assertThat(RenderedText.laidOut(RAW, Block.decode(wrongCells)).html(List.of())).isEqualTo(plain);
    }
}
