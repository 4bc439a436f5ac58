package org.crdash.document;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.crdash.base.ValidationException;
import org.crdash.document.TextCleanup.Piece;

/**
 * A Word document (.docx, Office Open XML) read with the JDK alone: the body's paragraphs (table cells too) in
 * order, each with what it is (heading, list item, quotation, table row: {@link DocxStyles}), footnote and endnote references as their numbers and the notes after the text; title, author and
 * creation date from {@code docProps/core.xml}. Deleted revisions and field codes are not text.
 */
final class DocxText {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    /** Guards against zip bombs: no part we read may unpack to more than this. */
    private static final long MAX_PART_BYTES = 64L * 1024 * 1024;
    private static final XMLInputFactory XML = XMLInputFactory.newFactory();
    private static final Set<String> PARTS = Set.of("word/document.xml", "word/footnotes.xml", "word/endnotes.xml",
            "word/styles.xml", "word/numbering.xml", "docProps/core.xml");

    static {
        XML.setProperty(XMLInputFactory.SUPPORT_DTD, false); // no DTDs, so no external entities
        XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XML.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    }

    private DocxText() {
    }

    static Document.Extracted read(byte[] bytes, String field) {
        Map<String, byte[]> parts = parts(bytes, field);
        byte[] body = parts.get("word/document.xml");
        if (body == null) {
            throw new ValidationException(field, "This .docx file has no document body (word/document.xml); it is "
                    + "not a Word document. Save it again from Word as .docx, or as PDF.");
        }
        try {
            Map<String, String> numbers = new HashMap<>();
            DocxStyles styles = new DocxStyles(parts.get("word/styles.xml"), parts.get("word/numbering.xml"), XML);
            List<Piece> paragraphs = body(body, styles, numbers);
            List<String> notes = new ArrayList<>();
            for (String part : List.of("word/footnotes.xml", "word/endnotes.xml")) {
                if (parts.containsKey(part)) {
                    notes.addAll(notes(parts.get(part), numbers));
                }
            }
            if (!notes.isEmpty()) {
                paragraphs.add(Piece.of(Block.Kind.HEADING, 2, "Notes"));
                notes.forEach(n -> paragraphs.add(Piece.of(Block.Kind.PARAGRAPH, 0, n)));
            }
            DocumentMetadata meta = parts.containsKey("docProps/core.xml") ? core(parts.get("docProps/core.xml"))
                    : DocumentMetadata.NONE;
            return TextCleanup.laidOut(paragraphs, meta);
        } catch (XMLStreamException e) {
            throw new ValidationException(field, "This .docx file is damaged (" + e.getMessage() + ").");
        }
    }

    private static Map<String, byte[]> parts(byte[] bytes, String field) {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                String name = e.getName();
                if (PARTS.contains(name)) {
                    parts.put(name, bounded(zip, field));
                }
            }
        } catch (IOException e) {
            throw new ValidationException(field, "This .docx file is not a readable zip archive (" + e.getMessage()
                    + "); a .docx file saved by Word, LibreOffice or Google Docs is one.");
        }
        return parts;
    }

    private static byte[] bounded(InputStream in, String field) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[65536];
        for (int n; (n = in.read(buf)) > 0; ) {
            out.write(buf, 0, n);
            if (out.size() > MAX_PART_BYTES) {
                throw new ValidationException(field, "This .docx file unpacks to more than "
                        + MAX_PART_BYTES / 1024 / 1024 + " MB of text; it cannot be read.");
            }
        }
        return out.toByteArray();
    }

    /**
     * The body's paragraphs in order, each with what its style and numbering make it ({@link DocxStyles}); a
     * table's rows as their cells (a cell's paragraphs, and a nested table's, are lines of it). A reference to a
     * note shows as its number, counted in order of first appearance; {@code numbers} maps each note's id to it.
     */
    private static List<Piece> body(byte[] xml, DocxStyles styles, Map<String, String> numbers)
            throws XMLStreamException {
        List<Piece> out = new ArrayList<>();
        XMLStreamReader r = XML.createXMLStreamReader(new ByteArrayInputStream(xml));
        StringBuilder p = new StringBuilder();
        int skip = 0; // inside deleted text or field instructions
        int tables = 0; // nesting depth of tables
        List<String> cells = new ArrayList<>(); // the cells of the (outermost) table's row so far
        StringBuilder cell = new StringBuilder();
        boolean header = false;
        boolean inText = false;
        String style = null;
        String numId = null;
        Integer ilvl = null;
        Integer outline = null;
        while (r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT && W.equals(r.getNamespaceURI())) {
                String val = r.getAttributeValue(W, "val");
                switch (r.getLocalName()) {
                    case "delText", "instrText", "del" -> skip++;
                    case "t" -> inText = true;
                    case "tbl" -> tables++;
                    case "tr" -> header = false;
                    case "tblHeader" -> header |= tables == 1 && !"0".equals(val) && !"false".equals(val);
                    case "p" -> {
                        style = null;
                        numId = null;
                        ilvl = null;
                        outline = null;
                    }
                    case "pStyle" -> style = val;
                    case "numId" -> numId = val;
                    case "ilvl" -> ilvl = DocxStyles.number(val);
                    case "outlineLvl" -> outline = DocxStyles.number(val);
                    case "tab", "ptab" -> p.append('\t');
                    case "br", "cr" -> p.append('\n');
                    case "noBreakHyphen" -> p.append('-');
                    case "footnoteReference", "endnoteReference" -> {
                        String id = r.getLocalName().charAt(0) + r.getAttributeValue(W, "id");
                        p.append(numbers.computeIfAbsent(id, k -> String.valueOf(numbers.size() + 1)));
                    }
                    default -> { }
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT && W.equals(r.getNamespaceURI())) {
                switch (r.getLocalName()) {
                    case "delText", "instrText", "del" -> skip--;
                    case "t" -> inText = false;
                    case "p" -> {
                        if (tables > 0) {
                            cell.append(cell.isEmpty() ? "" : "\n").append(p);
                        } else {
                            out.add(new Piece(styles.block(style, numId, ilvl, outline), p.toString()));
                        }
                        p.setLength(0);
                    }
                    case "tc" -> {
                        if (tables == 1) {
                            cells.add(cell.toString());
                            cell.setLength(0);
                        }
                    }
                    case "tr" -> {
                        if (tables == 1) {
                            out.add(new Piece(header ? Block.Kind.HEADER_ROW : Block.Kind.ROW, 0, List.copyOf(cells)));
                            cells.clear();
                        }
                    }
                    case "tbl" -> tables--;
                    default -> { }
                }
            } else if ((ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA) && inText && skip == 0) {
                p.append(r.getText());
            }
        }
        return out;
    }

    /** The notes that the text refers to, each as "N text", in the order of their numbers. */
    private static List<String> notes(byte[] xml, Map<String, String> numbers) throws XMLStreamException {
        Map<Integer, String> byNumber = new java.util.TreeMap<>();
        XMLStreamReader r = XML.createXMLStreamReader(new ByteArrayInputStream(xml));
        while (r.hasNext()) {
            if (r.next() == XMLStreamConstants.START_ELEMENT && W.equals(r.getNamespaceURI())
                    && (r.getLocalName().equals("footnote") || r.getLocalName().equals("endnote"))) {
                String id = r.getLocalName().charAt(0) + r.getAttributeValue(W, "id");
                String number = numbers.get(id);
                StringBuilder note = new StringBuilder();
                int depth = 1;
                StringBuilder one = new StringBuilder();
                while (depth > 0 && r.hasNext()) {
                    int ev = r.next();
                    if (ev == XMLStreamConstants.START_ELEMENT) {
                        depth++;
                        if (r.getLocalName().equals("t")) {
                            one.append(r.getElementText());
                            depth--;
                        }
                    } else if (ev == XMLStreamConstants.END_ELEMENT) {
                        depth--;
                        if (r.getLocalName().equals("p") && !one.isEmpty()) {
                            note.append(note.isEmpty() ? "" : " ").append(one.toString().strip());
                            one.setLength(0);
                        }
                    }
                }
                if (number != null && !note.isEmpty()) {
                    byNumber.put(Integer.valueOf(number), number + " " + note);
                }
            }
        }
        return new ArrayList<>(byNumber.values());
    }

    /** docProps/core.xml: Dublin Core title, creator and the created date. */
    private static DocumentMetadata core(byte[] xml) throws XMLStreamException {
        Map<String, String> values = new HashMap<>();
        XMLStreamReader r = XML.createXMLStreamReader(new ByteArrayInputStream(xml));
        while (r.hasNext()) {
            if (r.next() == XMLStreamConstants.START_ELEMENT
                    && List.of("title", "creator", "created").contains(r.getLocalName())) {
                String name = r.getLocalName();
                values.putIfAbsent(name, r.getElementText());
            }
        }
        return new DocumentMetadata(values.get("title"), values.get("creator"), "",
                Dates.read(values.get("created")), "");
    }
}
