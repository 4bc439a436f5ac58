package org.crdash.document;

import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * What a Word paragraph is, from its style ({@code word/styles.xml}: "Title", "heading 2", "Quote", a list style)
 * and its numbering ({@code word/numbering.xml}: bullets or numbers): a {@link Block}. Styles are looked up by
 * their names, not their ids, which Word translates ("berschrift1"); a style inherits what it is based on.
 */
final class DocxStyles {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /** One paragraph style: its name, and the outline level and numbering it sets (null where it sets none). */
    private record Style(String name, @Nullable String basedOn, @Nullable Integer outline, @Nullable String numId,
                         @Nullable Integer ilvl) {
    }

    private final Map<String, Style> styles = new HashMap<>();
    /** numId → abstractNumId, and abstractNumId + ":" + ilvl → numFmt. */
    private final Map<String, String> nums = new HashMap<>();
    private final Map<String, String> formats = new HashMap<>();

    DocxStyles(byte @Nullable [] stylesXml, byte @Nullable [] numberingXml, XMLInputFactory xml)
            throws XMLStreamException {
        if (stylesXml != null) {
            readStyles(xml.createXMLStreamReader(new ByteArrayInputStream(stylesXml)));
        }
        if (numberingXml != null) {
            readNumbering(xml.createXMLStreamReader(new ByteArrayInputStream(numberingXml)));
        }
    }

    /**
     * The block of a paragraph with this style and these direct properties (each may be null): a numbered
     * paragraph is a list item, one with an outline level or a heading style a heading (the document's title
     * level 1, "heading 1" level 2, and so on), a quote style a quotation, anything else a paragraph.
     */
    Block block(@Nullable String styleId, @Nullable String numId, @Nullable Integer ilvl, @Nullable Integer outline) {
        String num = numId;
        Integer level = ilvl;
        Integer outlineLevel = outline;
        String name = styleId == null ? "" : styleId;
        int guard = 0;
        for (String id = styleId; id != null && styles.containsKey(id) && guard++ < 20; id = styles.get(id).basedOn()) {
            Style s = styles.get(id);
            name = guard == 1 ? s.name() : name;
            num = num != null ? num : s.numId();
            level = level != null ? level : s.ilvl();
            outlineLevel = outlineLevel != null ? outlineLevel : s.outline();
        }
        if (num != null && !num.equals("0")) {
            int depth = level == null ? 0 : level;
            String format = formats.get(nums.get(num) + ":" + depth);
            boolean bullet = format == null || format.equals("bullet") || format.equals("none");
            return Block.of(bullet ? Block.Kind.BULLET : Block.Kind.NUMBERED, Math.clamp(depth + 1, 1, HtmlText.MAX_DEPTH));
        }
        String n = name.toLowerCase(Locale.ROOT).replace(" ", "");
        if (n.equals("title")) {
            return Block.of(Block.Kind.HEADING, 1);
        }
        if (outlineLevel != null && outlineLevel < 9) {
            return Block.of(Block.Kind.HEADING, Math.min(outlineLevel + 2, 6));
        }
        if (n.matches("heading[1-9]")) {
            return Block.of(Block.Kind.HEADING, Math.min(n.charAt(7) - '0' + 1, 6));
        }
        return n.endsWith("quote") ? Block.of(Block.Kind.QUOTE, 0) : Block.PARAGRAPH;
    }

    private void readStyles(XMLStreamReader r) throws XMLStreamException {
        String id = null;
        String name = "";
        String basedOn = null;
        Integer outline = null;
        String numId = null;
        Integer ilvl = null;
        while (r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT && W.equals(r.getNamespaceURI())) {
                String v = r.getAttributeValue(W, "val");
                switch (r.getLocalName()) {
                    case "style" -> {
                        id = r.getAttributeValue(W, "styleId");
                        name = "";
                        basedOn = null;
                        outline = null;
                        numId = null;
                        ilvl = null;
                    }
                    case "name" -> name = v == null ? "" : v;
                    case "basedOn" -> basedOn = v;
                    case "outlineLvl" -> outline = number(v);
                    case "numId" -> numId = v;
                    case "ilvl" -> ilvl = number(v);
                    default -> { }
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("style") && id != null) {
                styles.put(id, new Style(name, basedOn, outline, numId, ilvl));
            }
        }
    }

    private void readNumbering(XMLStreamReader r) throws XMLStreamException {
        String abstractId = null;
        String num = null;
        String lvl = null;
        while (r.hasNext()) {
            if (r.next() == XMLStreamConstants.START_ELEMENT && W.equals(r.getNamespaceURI())) {
                switch (r.getLocalName()) {
                    case "abstractNum" -> abstractId = r.getAttributeValue(W, "abstractNumId");
                    case "lvl" -> lvl = r.getAttributeValue(W, "ilvl");
                    case "numFmt" -> formats.putIfAbsent(abstractId + ":" + lvl, r.getAttributeValue(W, "val"));
                    case "num" -> num = r.getAttributeValue(W, "numId");
                    case "abstractNumId" -> nums.put(num, r.getAttributeValue(W, "val"));
                    default -> { }
                }
            }
        }
    }

    static @Nullable Integer number(@Nullable String v) {
        try {
            return v == null ? null : Integer.valueOf(v.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
