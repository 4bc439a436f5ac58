package org.crdash.source;

import java.util.ArrayList;
import java.util.List;
import org.crdash.document.Block;
import org.crdash.source.TextNode.Elem;
import org.crdash.source.TextNode.Run;
import org.jspecify.annotations.Nullable;

/**
 * Text read from a web page or a Word file, shown with the structure its document had: the text's paragraphs
 * (separated by a blank line) become the headings, list items, quotations and table rows its {@link Block layout}
 * says. Every character shows as it is, tied one to one to its raw offset; a line break inside a paragraph shows
 * as one, and the space between a row's cells ends the cell before it.
 */
final class LayoutTree {

    private final String raw;
    private final Elem root = new Elem("div");
    /** The open lists, outermost first (a nested list sits in the last item of the one before it). */
    private final List<Elem> lists = new ArrayList<>();
    private @Nullable Elem quote;
    private @Nullable Elem table;

    private LayoutTree(String raw) {
        this.raw = raw;
    }

    /** The tree, or null if the layout does not fit the text (not one block per paragraph, cells that do not add up). */
    static @Nullable Elem build(String raw, List<Block> layout) {
        List<int[]> paragraphs = new ArrayList<>();
        int start = 0;
        for (int sep; (sep = raw.indexOf("\n\n", start)) >= 0; start = sep + 2) {
            paragraphs.add(new int[] {start, sep});
        }
        paragraphs.add(new int[] {start, raw.length()});
        if (paragraphs.size() != layout.size()) {
            return null;
        }
        LayoutTree t = new LayoutTree(raw);
        for (int i = 0; i < layout.size(); i++) {
            if (!t.add(layout.get(i), paragraphs.get(i)[0], paragraphs.get(i)[1])) {
                return null;
            }
        }
        return t.root;
    }

    private boolean add(Block b, int from, int to) {
        if (!b.kind().item()) {
            lists.clear();
        }
        if (b.kind() != Block.Kind.QUOTE) {
            quote = null;
        }
        if (!b.kind().row()) {
            table = null;
        }
        switch (b.kind()) {
            case HEADING -> root.add(lines(new Elem("h" + Math.clamp(b.level(), 1, 6)), from, to));
            case PARAGRAPH -> root.add(lines(new Elem("p"), from, to));
            case PRE -> {
                Elem pre = new Elem("pre");
                Runs.emit(raw.substring(from, to), Runs.identity(from, to - from), pre);
                root.add(pre);
            }
            case QUOTE -> {
                if (quote == null) {
                    quote = new Elem("blockquote");
                    root.add(quote);
                }
                quote.add(lines(new Elem("p"), from, to));
            }
            case BULLET, NUMBERED -> item(b.kind() == Block.Kind.BULLET ? "ul" : "ol", Math.max(1, b.level()))
                    .add(lines(new Elem("li"), from, to));
            case ROW, HEADER_ROW -> {
                return row(b, from, to);
            }
        }
        return true;
    }

    /** The list an item of this kind and depth goes into, opening (and nesting) lists as needed. */
    private Elem item(String tag, int depth) {
        while (lists.size() > depth) {
            lists.removeLast();
        }
        if (lists.size() == depth && !lists.getLast().tag.equals(tag)) {
            lists.removeLast();
        }
        while (lists.size() < depth) {
            Elem list = new Elem(lists.size() == depth - 1 ? tag : "ul");
            if (lists.isEmpty()) {
                root.add(list);
            } else {
                lastItem(lists.getLast()).add(list);
            }
            lists.add(list);
        }
        return lists.getLast();
    }

    private static Elem lastItem(Elem list) {
        if (list.children.isEmpty() || !(list.children.getLast() instanceof Elem li)) {
            Elem li = new Elem("li");
            list.add(li);
            return li;
        }
        return li;
    }

    private boolean row(Block b, int from, int to) {
        int total = -1;
        for (int c : b.cells()) {
            total += c == 0 ? 0 : c + 1;
        }
        if (total != to - from) {
            return false;
        }
        if (table == null) {
            table = new Elem("table");
            root.add(table);
        }
        Elem tr = new Elem("tr");
        int at = from;
        for (int c : b.cells()) {
            Elem cell = new Elem(b.kind() == Block.Kind.HEADER_ROW ? "th" : "td");
            if (c > 0) {
                int end = Math.min(at + c + 1, to); // with the space after it
                lines(cell, at, end);
                at = end;
            }
            tr.add(cell);
        }
        table.add(tr);
        return true;
    }

    /** {@code raw[from, to)} into {@code e}, a line break where the text has one. */
    private Elem lines(Elem e, int from, int to) {
        int start = from;
        for (int nl; (nl = raw.indexOf('\n', start)) >= 0 && nl < to; start = nl + 1) {
            Runs.emit(raw.substring(start, nl), Runs.identity(start, nl - start), e);
            e.add(new Elem("br"));
            e.add(new Run("\n", nl, nl + 1));
        }
        Runs.emit(raw.substring(start, to), Runs.identity(start, to - start), e);
        return e;
    }
}
