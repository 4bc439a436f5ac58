package org.crdash.source;

import java.util.List;
import java.util.Objects;
import org.crdash.document.Block;
import org.crdash.source.TextNode.Elem;
import org.crdash.source.TextNode.Run;

/**
 * A source text as its author wrote it: headings, emphasis, lists, links, {@code <sup>} footnote markers and
 * endnotes rendered (commonmark-java), with every visible character tied to its raw-text offset. The raw text stays
 * the source of truth; this only shows it. Use it wherever a passage is shown to people — the reader, the passage
 * panel, tooltips, tables — so that none of them shows markup characters:
 *
 * <pre>{@code
 * RenderedText text = sources.rendered(source);          // cached per text
 * String html  = text.passageHtml(o.passageStart(), o.passageEnd());   // "…alliance.<sup>17</sup>"
 * String plain = text.plain(o.passageStart(), o.passageEnd());         // "…alliance.17"
 * String panel = text.fragment(from, to, List.of(new Highlight(start, end, "o12", Kind.OBSERVATION)));
 * }</pre>
 *
 * The passage panel: {@code PassageContext c = PassageContext.around(raw, start, end, 2)} gives the window; show
 * {@code text.fragment(c.from(), c.to(), List.of(new Highlight(start, end, "p", Kind.PASSAGE)))} (a {@code mark.hl.hl-passage} inside it). An ECharts
 * tooltip or a grid cell: {@code passageHtml(start, end)} into {@code innerHTML}, or {@code plain(start, end)} where
 * only text fits (aria labels, titles).
 *
 * <p>HTML from this class is safe to insert as is ({@code innerHTML}, an ECharts tooltip): all text is escaped and
 * only a few fixed tags are written. All offsets are stored offsets (see {@link TextOffsets}). Immutable and
 * thread-safe.
 */
public final class RenderedText {

    private final String raw;
    private final Elem root;

    private RenderedText(String raw, Elem root) {
        this.raw = raw;
        this.root = root;
        Endnotes.link(root);
        root.measure();
    }

    /** A text with Markdown-like markup (the seed articles, pasted and {@code .md} texts). */
    public static RenderedText markdown(String raw) {
        Objects.requireNonNull(raw, "raw");
        return new RenderedText(raw, MarkdownTree.markdown(raw));
    }

    /**
     * Text read from a document with its layout (one block per paragraph: {@link Block}): headings, lists,
     * quotations and tables as the document had them, every character shown as it is. A layout that does not fit
     * the text is ignored: the text shows {@linkplain #plain(String) plain}.
     */
    public static RenderedText laidOut(String raw, List<Block> layout) {
        Objects.requireNonNull(raw, "raw");
        Elem root = LayoutTree.build(raw, layout);
        return new RenderedText(raw, root == null ? MarkdownTree.plain(raw) : root);
    }

    /** Text without markup (extracted from a document): every line is a paragraph, every character shows. */
    public static RenderedText plain(String raw) {
        Objects.requireNonNull(raw, "raw");
        return new RenderedText(raw, MarkdownTree.plain(raw));
    }

    public String raw() {
        return raw;
    }

    /**
     * The whole text as HTML blocks with the highlights marked. Each piece of text carries {@code data-r} (the
     * {@code String} index of its first raw character), each highlight piece {@code data-items} (the ids of the
     * highlights covering it) and the first piece of each highlight a margin pin and {@code tabindex}.
     */
    public String html(List<Highlight> highlights) {
        return HtmlWriter.article(root, marks(highlights));
    }

    /**
     * The characters of raw {@code [from, to)} as inline HTML, with highlights: what a passage panel shows around
     * a passage. Elements that began before {@code from} still apply (a range inside italics is italic); block
     * boundaries become {@code <br>}; links, ids and buttons are left out.
     */
    public String fragment(int from, int to, List<Highlight> highlights) {
        return HtmlWriter.fragment(root, index(from), index(to), marks(highlights));
    }

    /** A passage as inline HTML without any markup characters (superscript and italics as elements). */
    public String passageHtml(int start, int end) {
        return fragment(start, end, List.of());
    }

    /**
     * What a reader sees of raw {@code [start, end)}: its visible characters without markup, block boundaries as
     * {@code "\n"}. For a seeded passage this is the passage with its markup removed.
     */
    public String plain(int start, int end) {
        StringBuilder sb = new StringBuilder();
        plain(root, index(start), index(end), sb, new boolean[1]);
        return sb.toString();
    }

    /**
     * Widens a raw range picked in the rendered text so that markup at its edges comes with it: a selection that
     * starts at the first letter of an emphasis or ends at a footnote number includes the delimiters, so the
     * stored passage is {@code *de facto* alliance}, not {@code de facto* alliance}.
     *
     * @return {start, end} in stored offsets
     */
    public int[] snapToMarkup(int start, int end) {
        int[] range = {index(start), index(end)};
        snap(root, range);
        return new int[] {TextOffsets.offset(raw, range[0]), TextOffsets.offset(raw, range[1])};
    }

    private static void snap(Elem e, int[] range) {
        for (TextNode c : e.children) {
            if (c instanceof Elem child) {
                // only an element picked whole: a selection inside italics stays inside them
                boolean whole = range[0] <= child.from && range[1] >= child.to && child.from < child.to;
                if (whole && child.spanFrom >= 0 && range[0] == child.from) {
                    range[0] = Math.min(range[0], child.spanFrom);
                }
                if (whole && child.spanTo >= 0 && range[1] == child.to) {
                    range[1] = Math.max(range[1], child.spanTo);
                }
                snap(child, range);
            }
        }
    }

    private static void plain(Elem e, int from, int to, StringBuilder sb, boolean[] breakPending) {
        if (e.to <= from || e.from >= to) {
            return;
        }
        for (TextNode c : e.children) {
            if (c instanceof Elem child) {
                boolean block = child.block();
                breakPending[0] |= block && !sb.isEmpty();
                plain(child, from, to, sb, breakPending);
                breakPending[0] |= block && !sb.isEmpty();
            } else if (c instanceof Run r && !r.synthetic()) {
                String visible = visible(r, from, to);
                if (!visible.isEmpty()) {
                    if (breakPending[0]) {
                        sb.append('\n');
                        breakPending[0] = false;
                    }
                    sb.append(visible);
                }
            }
        }
    }

    private static String visible(Run r, int from, int to) {
        if (!r.oneToOne()) {
            return r.rawStart() >= from && r.rawEnd() <= to && r.rawEnd() > r.rawStart() ? r.text() : "";
        }
        int a = Math.max(r.rawStart(), from);
        int b = Math.min(r.rawEnd(), to);
        return a >= b ? "" : r.text().substring(a - r.rawStart(), b - r.rawStart());
    }

    private List<HtmlWriter.Mark> marks(List<Highlight> highlights) {
        return highlights.stream()
                .map(h -> new HtmlWriter.Mark(index(h.start()), index(h.end()), h.id(), h.kind().css()))
                .toList();
    }

    private int index(int offset) {
        return TextOffsets.index(raw, offset);
    }
}
