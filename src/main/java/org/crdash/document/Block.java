package org.crdash.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What one paragraph of a document's extracted text was in the document: a heading, a list item, a table row…
 * The text is paragraphs separated by a blank line, and a document's layout is one block per paragraph, in order,
 * so the text stays exactly what it is (what offsets refer to) and the layout only says how to show it.
 *
 * @param level a heading's level (1–6) or a list item's depth (1 for a top-level item); otherwise 0
 * @param cells a table row's cells: the length of each (in {@code String} indices), the non-empty ones separated
 *              in the text by one space; empty for other blocks
 */
public record Block(Kind kind, int level, List<Integer> cells) {

    public enum Kind {
        PARAGRAPH("p"), HEADING("h"), BULLET("ul"), NUMBERED("ol"), QUOTE("quote"), PRE("pre"), ROW("tr"),
        HEADER_ROW("th");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        /** A list item (of a bulleted or a numbered list). */
        public boolean item() {
            return this == BULLET || this == NUMBERED;
        }

        /** A table row. */
        public boolean row() {
            return this == ROW || this == HEADER_ROW;
        }
    }

    public static final Block PARAGRAPH = new Block(Kind.PARAGRAPH, 0, List.of());

    public Block {
        cells = List.copyOf(cells);
        if (level < 0 || level > 99 || cells.stream().anyMatch(c -> c < 0) || cells.isEmpty() == kind.row()) {
            throw new IllegalArgumentException("not a block: " + kind + " " + level + " " + cells);
        }
    }

    static Block of(Kind kind, int level) {
        return new Block(kind, level, List.of());
    }

    /** The layout as stored: one line per block, e.g. {@code h2}, {@code p}, {@code ul1}, {@code tr 4 0 5}. */
    public static String encode(List<Block> layout) {
        StringBuilder sb = new StringBuilder();
        for (Block b : layout) {
            sb.append(sb.isEmpty() ? "" : "\n").append(b.kind.code).append(b.level == 0 ? "" : b.level);
            b.cells.forEach(c -> sb.append(' ').append(c));
        }
        return sb.toString();
    }

    /** @throws IllegalArgumentException if {@code stored} is not what {@link #encode} writes */
    public static List<Block> decode(String stored) {
        List<Block> out = new ArrayList<>();
        for (String line : stored.split("\n", -1)) {
            String[] parts = line.split(" ");
            String head = parts[0];
            int digits = head.length();
            while (digits > 0 && Character.isDigit(head.charAt(digits - 1))) {
                digits--;
            }
            String code = head.substring(0, digits).toLowerCase(Locale.ROOT);
            Kind kind = java.util.Arrays.stream(Kind.values()).filter(k -> k.code.equals(code)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown block '" + line + "'"));
            int level = digits == head.length() ? 0 : Integer.parseInt(head.substring(digits));
            List<Integer> cells = new ArrayList<>();
            for (int i = 1; i < parts.length; i++) {
                cells.add(Integer.valueOf(parts[i]));
            }
            out.add(new Block(kind, level, cells));
        }
        return out;
    }
}
