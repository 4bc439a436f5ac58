package org.crdash.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.crdash.base.ValidationException;
import org.junit.jupiter.api.Test;

/** Each format read from a file the test makes; each refusal with its reason. */
class DocumentReaderTest {

    private static Document read(String name, byte[] bytes) {
        return DocumentReader.read(name, bytes, "file");
    }

    private static void refused(String name, byte[] bytes, String... reason) {
        assertThatThrownBy(() -> read(name, bytes)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(String.join(" ", e.messagesFor("file"))).contains(reason));
    }

    @Test
    void aPdfGivesItsTextAsParagraphsWithItsTitleAuthorAndDate() {
        byte[] bytes = DocumentFixtures.pdf();
        Document d = read("trade.pdf", bytes);
        assertThat(d.format()).isEqualTo(DocumentFormat.PDF);
        assertThat(d.text()).isEqualTo("Trade between the neighbours has grown fast. " + DocumentFixtures.PASSAGE
                + "\n\nA second paragraph follows after a gap, and its second line.");
        assertThat(d.metadata()).isEqualTo(new DocumentMetadata("Trade in numbers", "A. Writer", "", "2025-03-14", ""));
        assertThat(d.bytes()).isEqualTo(bytes);
        assertThat(d.sha256()).isEqualTo(Document.sha256(bytes)).hasSize(64);
    }

    @Test
    void aWebPageGivesItsArticleWithoutNavigationScriptsOrHiddenParts() {
        Document d = read("page.html", DocumentFixtures.html());
        assertThat(d.text()).isEqualTo("Trade in numbers\n\nTrade between the neighbours has grown fast.\n\n"
                + DocumentFixtures.PASSAGE + "\n\nFirst point\n\nSecond\npoint\n\n2023 240.1");
        assertThat(d.metadata()).isEqualTo(new DocumentMetadata("Trade in numbers", "A. Writer",
                "The Example Times", "2025-03-14", "https://news.example.org/trade-in-numbers"));
    }

    @Test
    void aWordFileGivesItsParagraphsTablesAndFootnotesButNotDeletedText() {
        Document d = read("trade.docx", DocumentFixtures.docx());
        assertThat(d.format()).isEqualTo(DocumentFormat.DOCX);
        assertThat(d.text()).isEqualTo("Trade in numbers\n\n" + DocumentFixtures.PASSAGE.replace("record.", "record.1")
                + "\n\nYear Value\n\n2023 240.1\n\nNotes\n\n1 Customs statistics, January 2025.");
        assertThat(d.metadata()).isEqualTo(new DocumentMetadata("Trade in numbers", "A. Writer", "", "2025-03-14", ""));
    }

    @Test
    void textAndMarkdownAreKeptAsWrittenWithLineEndingsMadeUniform() {
        Document md = read("notes.md", "\uFEFF# Title\r\n\r\nIt is *de facto* so.\r\n".getBytes(StandardCharsets.UTF_8));
        assertThat(md.text()).isEqualTo("# Title\n\nIt is *de facto* so.\n");
        assertThat(md.format().markdown()).isTrue();
        assertThat(read("a.txt", "x\ry".getBytes(StandardCharsets.UTF_8)).text()).isEqualTo("x\ny");
        refused("a.txt", new byte[] {(byte) 0xC3, (byte) 0x28}, "is not UTF-8 text");
    }

    @Test
    void extractedTextIsNormalisedSoThatWhatPeopleSeeIsWhatTheyQuote() {
        String p = TextCleanup.paragraph("  e\u0301tude \uFB01nal\u00A0\u00A0co\u00ADoperation\u200B\tend \u0007 ");
        assertThat(p).isEqualTo("\u00E9tude final cooperation end");
        assertThat(TextCleanup.paragraphs(List.of("a\r\n b ", "", "  ", "c"))).isEqualTo("a\nb\n\nc");
    }

    @Test
    void encryptedAndImageOnlyPdfsAreRefusedWithTheReason() {
        refused("locked.pdf", DocumentFixtures.encryptedPdf(), "encrypted with a password");
        refused("scan.pdf", DocumentFixtures.imageOnlyPdf(), "no text layer", "OCR");
    }

    @Test
    void emptyOversizeUnknownAndMislabelledFilesAreRefusedWithTheReason() {
        refused("empty.pdf", new byte[0], "'empty.pdf' is empty (0 bytes)");
        refused("big.txt", new byte[DocumentReader.MAX_BYTES + 1], "is 20.0 MB; at most 20.0 MB");
        refused("sheet.xlsx", new byte[] {1, 2}, "not a type that can be read", ".pdf or .docx");
        refused("old.doc", new byte[] {1, 2}, "old Word file (.doc)");
        refused("fake.pdf", "hello".getBytes(StandardCharsets.UTF_8), "is not a PDF");
        refused("fake.docx", "hello".getBytes(StandardCharsets.UTF_8), "is not a .docx file");
        refused("report.txt", DocumentFixtures.pdf(), "is named .txt but is a PDF");
        refused("broken.pdf", "%PDF-1.7 garbage".getBytes(StandardCharsets.US_ASCII), "cannot be read as a PDF");
        refused("nobody.docx", DocumentFixtures.zip(List.of("a.xml", "<a/>")), "no document body");
        refused("blank.html", "<html><body><script>x()</script></body></html>".getBytes(StandardCharsets.UTF_8),
                "contains no text");
    }

    @Test
    void aWordFileWithAnExternalEntityIsNotFollowed() {
        byte[] evil = DocumentFixtures.zip(List.of("word/document.xml", "<?xml version=\"1.0\"?><!DOCTYPE d ["
                + "<!ENTITY x SYSTEM \"file:///etc/passwd\">]><w:document xmlns:w=\"http://schemas.openxmlformats.org/"
                + "wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>"));
        assertThatThrownBy(() -> read("evil.docx", evil)).isInstanceOf(ValidationException.class)
                .hasMessageNotContaining("root:");
    }
}
