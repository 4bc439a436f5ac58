package org.crdash.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A web page's and a Word file's structure is read as the layout of their text, which stays plain. */
class DocumentLayoutTest {

    @ParameterizedTest
    @ValueSource(strings = {"structured.html", "structured.docx"})
    void headingsListsQuotationsTablesAndLineBreaksAreTheLayoutOfAPlainText(String name) {
        byte[] bytes = name.endsWith(".html") ? StructuredFixtures.html() : StructuredFixtures.docx();
        Document d = DocumentReader.read(name, bytes, "file");
        assertThat(d.text()).isEqualTo(StructuredFixtures.TEXT);
        assertThat(Block.encode(d.layout())).isEqualTo(StructuredFixtures.LAYOUT);
        assertThat(d.layout()).hasSize(d.text().split("\n\n").length);
    }

    @Test
    void theFormatsWithoutStructureHaveNoLayout() {
        assertThat(DocumentReader.read("a.pdf", DocumentFixtures.pdf(), "file").layout()).isEmpty();
        assertThat(DocumentReader.read("a.md", "# A\n\nb".getBytes(), "file").layout()).isEmpty();
    }

    @Test
    void aLayoutIsStoredAsOneLinePerBlockAndReadBack() {
        List<Block> layout = List.of(Block.of(Block.Kind.HEADING, 2), Block.PARAGRAPH,
                Block.of(Block.Kind.NUMBERED, 3), new Block(Block.Kind.HEADER_ROW, 0, List.of(4, 0, 12)));
        assertThat(Block.encode(layout)).isEqualTo("h2\np\nol3\nth 4 0 12");
        assertThat(Block.decode(Block.encode(layout))).isEqualTo(layout);
        assertThatThrownBy(() -> Block.decode("h2\nzz")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Block.decode("tr")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void listsNestedTooDeepShowAtTheDeepestDepthShown() {
        String page = "<ul><li>".repeat(150) + "deep item" + "</li></ul>".repeat(150);
        Document d = DocumentReader.read("lists.html", page.getBytes(), "file");
        assertThat(d.text()).isEqualTo("deep item");
        assertThat(Block.encode(d.layout())).isEqualTo("ul9");
    }

    @Test
    void aDeeplyNestedPageIsReadWithoutRunningOutOfStack() {
        String page = "<div>".repeat(100_000) + "deep text" + "</div>".repeat(100_000);
        assertThat(DocumentReader.read("deep.html", page.getBytes(), "file").text()).isEqualTo("deep text");
    }
}
