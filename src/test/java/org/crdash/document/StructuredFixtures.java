package org.crdash.document;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A web page and a Word file with structure — headings, a nested bulleted list, a numbered list, a quotation, a
 * table with a header row and an empty cell, a line break — each with {@link DocumentFixtures#PASSAGE} in its
 * quotation and the same text once read.
 */
public final class StructuredFixtures {

    /** The text both fixtures read to: what offsets refer to, with no markup. */
    public static final String TEXT = String.join("\n\n", "Trade in numbers", "Trade grew fast.", "What grew",
            "Energy, most of it", "oil", "gas", "Cars", "First step", "Second step", DocumentFixtures.PASSAGE,
            "Year Value", "2023 240.1", "2024", "Address line one\nline two");

    /** Their layout, one block per paragraph of {@link #TEXT}. */
    public static final String LAYOUT = String.join("\n", "h1", "p", "h2", "ul1", "ul2", "ul2", "ul1", "ol1", "ol1",
            "quote", "th 4 5", "tr 4 5", "tr 4 0", "p");

    private StructuredFixtures() {
    }

    public static byte[] html() {
        return """
                <!DOCTYPE html><html><head><meta charset="utf-8"><title>Trade in numbers</title></head><body>
                <nav><a href="/">Home</a></nav>
                <article>
                  <h1>Trade in numbers</h1>
                  <p>Trade grew <em>fast</em>.</p>
                  <section><h2>What grew</h2>
                  <ul><li>Energy, <b>most</b> of it<ul><li>oil</li><li><p>gas</p></li></ul></li><li>Cars</li></ul>
                  <ol><li>First step</li><li>Second step</li></ol>
                  <blockquote><p>Bilateral trade reached <strong>$245 billion</strong> in 2024, a record.</p></blockquote>
                  <table><thead><tr><th>Year</th><th>Value</th></tr></thead>
                  <tbody><tr><td>2023</td><td>240.1</td></tr><tr><td>2024</td><td> </td></tr></tbody></table>
                  <address>Address line one<br>line two</address></section>
                </article></body></html>
                """.getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] docx() {
        String w = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";
        String document = """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <w:document %s><w:body>
                %s%s%s
                <w:p><w:pPr><w:pStyle w:val="Liste"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>\
                <w:r><w:t xml:space="preserve">Energy, </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>most</w:t></w:r>\
                <w:r><w:t xml:space="preserve"> of it</w:t></w:r></w:p>
                %s%s%s%s%s
                <w:p><w:pPr><w:pStyle w:val="Zitat"/></w:pPr><w:r><w:t xml:space="preserve">Bilateral trade reached \
                </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>$245 billion</w:t></w:r><w:r><w:t xml:space="preserve"> \
                in 2024, a record.</w:t></w:r></w:p>
                <w:tbl><w:tr><w:trPr><w:tblHeader/></w:trPr>%s%s</w:tr><w:tr>%s%s</w:tr><w:tr>%s<w:tc><w:p/></w:tc>\
                </w:tr></w:tbl>
                <w:p><w:r><w:t>Address line one</w:t></w:r><w:r><w:br/></w:r><w:r><w:t>line two</w:t></w:r></w:p>
                <w:sectPr/></w:body></w:document>""".formatted(w,
                p("Titel", "Trade in numbers"), p(null, "Trade grew fast."), p("berschrift1", "What grew"),
                item(1, 1, "oil"), item(1, 1, "gas"), item(0, 1, "Cars"), item(0, 2, "First step"),
                item(0, 2, "Second step"), cell("Year"), cell("Value"), cell("2023"), cell("240.1"), cell("2024"));
        // style ids as a German Word writes them; their names are what count
        String styles = """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <w:styles %s>
                <w:style w:type="paragraph" w:styleId="Titel"><w:name w:val="Title"/></w:style>
                <w:style w:type="paragraph" w:styleId="berschrift1"><w:name w:val="heading 1"/>\
                <w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
                <w:style w:type="paragraph" w:styleId="Zitat"><w:name w:val="Quote"/></w:style>
                <w:style w:type="paragraph" w:styleId="Liste"><w:name w:val="List Paragraph"/></w:style>
                </w:styles>""".formatted(w);
        String numbering = """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <w:numbering %s>
                <w:abstractNum w:abstractNumId="10"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/></w:lvl>\
                <w:lvl w:ilvl="1"><w:numFmt w:val="bullet"/></w:lvl></w:abstractNum>
                <w:abstractNum w:abstractNumId="20"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/></w:lvl></w:abstractNum>
                <w:num w:numId="1"><w:abstractNumId w:val="10"/></w:num>
                <w:num w:numId="2"><w:abstractNumId w:val="20"/></w:num>
                </w:numbering>""".formatted(w);
        return DocumentFixtures.zip(List.of("word/document.xml", document, "word/styles.xml", styles,
                "word/numbering.xml", numbering));
    }

    private static String p(String style, String text) {
        String props = style == null ? "" : "<w:pPr><w:pStyle w:val=\"" + style + "\"/></w:pPr>";
        return "<w:p>" + props + "<w:r><w:t>" + text + "</w:t></w:r></w:p>\n";
    }

    private static String item(int level, int numId, String text) {
        return "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"" + level + "\"/><w:numId w:val=\"" + numId
                + "\"/></w:numPr></w:pPr><w:r><w:t>" + text + "</w:t></w:r></w:p>\n";
    }

    private static String cell(String text) {
        return "<w:tc><w:p><w:r><w:t>" + text + "</w:t></w:r></w:p></w:tc>";
    }
}
