package org.crdash.document;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;

/** Documents made by the tests themselves: a PDF written with PDFBox, a web page, a Word file. */
public final class DocumentFixtures {

    /** The passage every fixture contains, whatever its format does to it on the way. */
    public static final String PASSAGE = "Bilateral trade reached $245 billion in 2024, a record.";

    private DocumentFixtures() {
    }

    /** A one-page PDF: title, author and creation date in its information, two paragraphs of two lines each. */
    public static byte[] pdf() {
        try (PDDocument doc = new PDDocument()) {
            writePage(doc, List.of(List.of("Trade between the neighbours has grown fast.", PASSAGE),
                    List.of("A second paragraph follows after a gap,", "and its second line.")));
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle("Trade in numbers");
            info.setAuthor("A. Writer");
            Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            created.clear();
            created.set(2025, Calendar.MARCH, 14, 12, 0);
            info.setCreationDate(created);
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same PDF, but it needs a password to open. */
    public static byte[] encryptedPdf() {
        try (PDDocument doc = new PDDocument()) {
            writePage(doc, List.of(List.of(PASSAGE)));
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret",
                    new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A scanned page: an image and no text layer. */
    public static byte[] imageOnlyPdf() {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            BufferedImage image = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
            image.getGraphics().fillRect(20, 20, 160, 60);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(LosslessFactory.createFromImage(doc, image), 100, 500);
            }
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writePage(PDDocument doc, List<List<String>> paragraphs) throws IOException {
        PDPage page = new PDPage();
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            cs.beginText();
            cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
            cs.newLineAtOffset(72, 700);
            for (List<String> paragraph : paragraphs) {
                for (String line : paragraph) {
                    cs.showText(line);
                    cs.newLineAtOffset(0, -15);
                }
                cs.newLineAtOffset(0, -20); // the gap that makes a new paragraph
            }
            cs.endText();
        }
    }

    private static byte[] save(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }

    /** A saved news page: metadata in the head, the article inside navigation, scripts and a hidden block. */
    public static byte[] html() {
        return ("""
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8">
                <title>Trade in numbers | The Example Times</title>
                <meta property="og:title" content="Trade in numbers">
                <meta property="og:site_name" content="The Example Times">
                <meta name="author" content="A. Writer">
                <meta property="article:published_time" content="2025-03-14T08:30:00+00:00">
                <link rel="canonical" href="https://news.example.org/trade-in-numbers">
                <style>p { color: red }</style><script>var tracking = "not text";</script>
                </head><body>
                <nav><a href="/">Home</a> <a href="/world">World</a></nav>
                <article>
                  <h1>Trade in numbers</h1>
                  <p>Trade between the&nbsp;neighbours has   grown fast.</p>
                  <p>Bilateral trade reached <strong>$245 billion</strong> in <a href="/y/2024">2024</a>, a record.</p>
                  <ul><li>First point</li><li>Second<br>point</li></ul>
                  <div hidden>Subscribe now</div>
                  <table><tr><td>2023</td><td>240.1</td></tr></table>
                </article>
                <footer>© The Example Times</footer>
                </body></html>
                """).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A Word file as Word writes one: the passage split over runs with bold, a footnote reference, a tab, a deleted
     * revision that is not text, a table, core properties with title, creator and date.
     */
    public static byte[] docx() {
        String w = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";
        String document = """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <w:document %s><w:body>
                <w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:t>Trade in numbers</w:t></w:r></w:p>
                <w:p><w:r><w:t xml:space="preserve">Bilateral trade reached </w:t></w:r><w:r><w:rPr><w:b/></w:rPr>\
                <w:t>$245 billion</w:t></w:r><w:del w:id="9" w:author="x"><w:r><w:delText>about </w:delText></w:r>\
                </w:del><w:r><w:t xml:space="preserve"> in 2024, a record.</w:t></w:r><w:r><w:rPr>\
                <w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="2"/></w:r></w:p>
                <w:p><w:r><w:t>Year</w:t></w:r><w:r><w:tab/></w:r><w:r><w:t>Value</w:t></w:r></w:p>
                <w:tbl><w:tr><w:tc><w:p><w:r><w:t>2023</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>240.1</w:t>\
                </w:r></w:p></w:tc></w:tr></w:tbl>
                <w:sectPr/></w:body></w:document>""".formatted(w);
        String footnotes = """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <w:footnotes %s><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>\
                </w:footnote><w:footnote w:id="2"><w:p><w:r><w:footnoteRef/></w:r><w:r>\
                <w:t xml:space="preserve"> Customs statistics, January 2025.</w:t></w:r></w:p></w:footnote></w:footnotes>"""
                .formatted(w);
        String core = """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
                xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" \
                xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>Trade in numbers</dc:title>\
                <dc:creator>A. Writer</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2025-03-14T09:00:00Z\
                </dcterms:created></cp:coreProperties>""";
        String types = """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                <Default Extension="xml" ContentType="application/xml"/>\
                <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.\
                wordprocessingml.document.main+xml"/></Types>""";
        String rels = """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/\
                officeDocument" Target="word/document.xml"/></Relationships>""";
        return zip(List.of("[Content_Types].xml", types, "_rels/.rels", rels, "word/document.xml", document,
                "word/footnotes.xml", footnotes, "docProps/core.xml", core));
    }

    /** A zip of name, content, name, content, … */
    public static byte[] zip(List<String> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < entries.size(); i += 2) {
                zip.putNextEntry(new ZipEntry(entries.get(i)));
                zip.write(entries.get(i + 1).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
