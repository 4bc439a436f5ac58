package org.crdash.document;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Normalises text extracted from a document so that what people quote is what they see: Unicode NFC, typographic
 * ligatures (PDFs) as their letters, invisible characters (soft hyphens, zero-width spaces, byte-order marks)
 * removed, every kind of space one plain space, control characters gone. Paragraphs are separated by a blank
 * line; a line break inside a paragraph (HTML {@code <br>}, Word's manual line break) stays a single newline.
 */
final class TextCleanup {

    private static final Pattern INVISIBLE = Pattern.compile("[\\u00AD\\u200B-\\u200D\\u2060\\uFEFF]");
    private static final Pattern SPACES = Pattern.compile("[\\t\\x0B\\f\\u00A0\\u1680\\u2000-\\u200A\\u202F\\u205F\\u3000 ]+");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n]]|\\p{Cs}");
    private static final String[][] LIGATURES = {{"\uFB00", "ff"}, {"\uFB01", "fi"}, {"\uFB02", "fl"},
        {"\uFB03", "ffi"}, {"\uFB04", "ffl"}, {"\uFB05", "st"}, {"\uFB06", "st"}};

    private TextCleanup() {
    }

    /**
     * A block as a reader found it, before cleaning: its kind and level ({@link Block}) and its text, or a table
     * row's cells' texts.
     */
    record Piece(Block.Kind kind, int level, List<String> texts) {

        Piece(Block block, String text) {
            this(block.kind(), block.level(), List.of(text));
        }

        static Piece of(Block.Kind kind, int level, String text) {
            return new Piece(kind, level, List.of(text));
        }
    }

    /** The paragraphs, cleaned, without empty ones, separated by blank lines. */
    static String paragraphs(List<String> paragraphs) {
        return laidOut(paragraphs.stream().map(p -> Piece.of(Block.Kind.PARAGRAPH, 0, p)).toList(),
                DocumentMetadata.NONE).text();
    }

    /**
     * The pieces cleaned into paragraphs separated by blank lines, without empty ones, and the layout: one block
     * per paragraph. A row's cells are cleaned one by one and joined by a space, empty ones left out of the text.
     */
    static Document.Extracted laidOut(List<Piece> pieces, DocumentMetadata meta) {
        List<String> paragraphs = new ArrayList<>();
        List<Block> layout = new ArrayList<>();
        for (Piece piece : pieces) {
            List<String> cells = piece.texts().stream().map(TextCleanup::paragraph).toList();
            String text = cells.stream().filter(c -> !c.isEmpty()).collect(Collectors.joining(" "));
            if (!text.isEmpty()) {
                paragraphs.add(text);
                layout.add(piece.kind().row() ? new Block(piece.kind(), 0, cells.stream().map(String::length).toList())
                        : Block.of(piece.kind(), piece.level()));
            }
        }
        return new Document.Extracted(String.join("\n\n", paragraphs), meta, layout);
    }

    static String paragraph(String p) {
        String s = Normalizer.normalize(p.replace("\r\n", "\n").replace('\r', '\n').replace('\u2028', '\n')
                .replace('\u2029', '\n'), Normalizer.Form.NFC);
        for (String[] lig : LIGATURES) {
            s = s.replace(lig[0], lig[1]);
        }
        s = INVISIBLE.matcher(s).replaceAll("");
        s = SPACES.matcher(s).replaceAll(" ");
        s = CONTROL.matcher(s).replaceAll("");
        return s.lines().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.joining("\n"));
    }
}
