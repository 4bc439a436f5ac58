package org.crdash.source;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.crdash.source.TextNode.Elem;

/**
 * Turns a source text into a {@link TextNode} tree with commonmark-java, using its source spans to tie every
 * visible character to the raw characters it comes from. Markup (heading marks, emphasis delimiters, {@code <sup>}
 * tags, backslash escapes) becomes structure and never shows as text.
 */
final class MarkdownTree {

    /** Thread-safe once built (commonmark's documented contract). */
    private static final Parser PARSER = Parser.builder()
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

    /**
     * A paragraph with a line this long was written one line per paragraph (as the seed articles are), not
     * hard-wrapped Markdown: its line breaks are paragraph breaks.
     */
    static final int LONG_LINE = 120;

    private final String raw;
    /** Lines of a list item's paragraph that belong after the list (see {@link #paragraph}). */
    private List<Elem> afterItem = new ArrayList<>();

    private MarkdownTree(String raw) {
        this.raw = raw;
    }

    static Elem markdown(String raw) {
        Elem root = new Elem("div");
        new MarkdownTree(raw).blocks(PARSER.parse(raw), root);
        return root;
    }

    /** Plain text: every non-blank line is a paragraph, nothing is markup. */
    static Elem plain(String raw) {
        Elem root = new Elem("div");
        int lineStart = 0;
        while (lineStart <= raw.length()) {
            int nl = raw.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? raw.length() : nl;
            int end = lineEnd > lineStart && raw.charAt(lineEnd - 1) == '\r' ? lineEnd - 1 : lineEnd;
            if (!raw.substring(lineStart, end).isBlank()) {
                Elem p = new Elem("p");
                Runs.emit(raw.substring(lineStart, end), Runs.identity(lineStart, end - lineStart), p);
                root.add(p);
            }
            if (nl < 0) {
                break;
            }
            lineStart = nl + 1;
        }
        return root;
    }

    private void blocks(Node parent, Elem target) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            block(n, target);
        }
    }

    private void block(Node n, Elem target) {
        switch (n) {
            case Heading h -> target.add(inlines(h, new Elem("h" + h.getLevel())));
            case Paragraph p -> paragraph(p, target);
            case BlockQuote q -> target.add(child(q, new Elem("blockquote")));
            case BulletList l -> list(l, "ul", 1, target);
            case OrderedList l -> list(l, "ol", l.getMarkerStartNumber() == null ? 1 : l.getMarkerStartNumber(),
                    target);
            case ListItem li -> target.add(child(li, new Elem("li")));
            case FencedCodeBlock c -> code(c.getLiteral(), n.getSourceSpans(), true, target);
            case IndentedCodeBlock c -> code(c.getLiteral(), n.getSourceSpans(), false, target);
            case HtmlBlock h -> InlineHtml.block(raw, range(h.getSourceSpans()), target);
            case ThematicBreak t -> target.add(new Elem("hr"));
            case LinkReferenceDefinition d -> {
                // "[1]: http://…" at a line start is a definition to commonmark, but the author wrote it as text
                Elem p = new Elem("p");
                int[] range = range(d.getSourceSpans());
                Runs.emit(raw.substring(range[0], range[1]), Runs.identity(range[0], range[1] - range[0]), p);
                target.add(p);
            }
            default -> blocks(n, target);
        }
    }

    /** Records where an inline element's markup starts and ends. */
    private static Elem spanned(Node n, Elem e) {
        int[] range = range(n.getSourceSpans());
        e.spanFrom = range[0];
        e.spanTo = range[1];
        return e;
    }

    private Elem child(Node n, Elem e) {
        blocks(n, e);
        return e;
    }

    /** A list; where lines after an item belong after it, the list is closed there and goes on after them. */
    private void list(Node l, String tag, int start, Elem target) {
        Elem list = listElem(tag, start);
        target.add(list);
        int number = start;
        for (Node item = l.getFirstChild(); item != null; item = item.getNext()) {
            List<Elem> outer = afterItem;
            afterItem = new ArrayList<>();
            block(item, list);
            List<Elem> after = afterItem;
            afterItem = outer;
            number++;
            if (!after.isEmpty()) {
                after.forEach(target::add);
                if (item.getNext() != null) {
                    list = listElem(tag, number);
                    target.add(list);
                }
            }
        }
    }

    private static Elem listElem(String tag, int start) {
        Elem list = new Elem(tag);
        if (tag.equals("ol") && start != 1) {
            list.attr("start", Integer.toString(start));
        }
        return list;
    }

    /**
     * One paragraph, or one per line when the text is written one line per paragraph. In such a text a line
     * after a list item that is not indented ("- 15 min read" then "Edited by …") is CommonMark's lazy
     * continuation of the item, but the author meant a paragraph after the list: it goes there.
     */
    private void paragraph(Paragraph p, Elem target) {
        List<SourceSpan> lines = p.getSourceSpans();
        boolean linePerParagraph = lines.stream().anyMatch(s -> s.getLength() > LONG_LINE);
        Integer indent = p.getParent() instanceof ListItem li ? li.getContentIndent() : null;
        List<Elem> into = new ArrayList<>();
        boolean after = false;
        Deque<Elem> open = new ArrayDeque<>();
        Elem current = new Elem("p");
        open.push(current);
        int line = 0;
        for (Node n = p.getFirstChild(); n != null; n = n.getNext()) {
            if (linePerParagraph && n instanceof SoftLineBreak) {
                (after ? afterItem : into).add(current);
                line++;
                after |= indent != null && line < lines.size() && lines.get(line).getColumnIndex() < indent;
                current = new Elem("p");
                open.clear();
                open.push(current);
            } else {
                inline(n, open);
            }
        }
        (after ? afterItem : into).add(current);
        into.stream().filter(e -> !e.children.isEmpty()).forEach(target::add);
        afterItem.removeIf(e -> e.children.isEmpty());
    }

    private Elem inlines(Node parent, Elem e) {
        Deque<Elem> open = new ArrayDeque<>();
        open.push(e);
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            inline(n, open);
        }
        return e;
    }

    private void inline(Node n, Deque<Elem> open) {
        Elem current = open.peek();
        switch (n) {
            case Text t -> text(t.getLiteral(), t.getSourceSpans(), current);
            case Code c -> {
                Elem code = new Elem("code");
                int[] range = range(c.getSourceSpans());
                int at = range[0] < 0 ? -1 : raw.indexOf(c.getLiteral(), range[0]);
                if (at >= 0 && at + c.getLiteral().length() <= range[1]) {
                    Runs.emit(c.getLiteral(), Runs.identity(at, c.getLiteral().length()), code);
                } else {
                    text(c.getLiteral(), c.getSourceSpans(), code);
                }
                current.add(spanned(c, code));
            }
            case Emphasis e -> current.add(spanned(e, inlines(e, new Elem("em"))));
            case StrongEmphasis e -> current.add(spanned(e, inlines(e, new Elem("strong"))));
            case Link l -> {
                Elem a = new Elem("a");
                Runs.safeHref(l.getDestination()).ifPresent(href -> a.attr("href", href));
                if (l.getTitle() != null && !l.getTitle().isBlank()) {
                    a.attr("title", l.getTitle());
                }
                current.add(spanned(l, inlines(l, a)));
            }
            case Image i -> current.add(inlines(i, new Elem("span").attr("class", "rt-image")));
            case HtmlInline h -> InlineHtml.tag(h.getLiteral(), range(h.getSourceSpans()), open);
            case SoftLineBreak b -> newline(b, current);
            case HardLineBreak b -> current.add(new Elem("br"));
            default -> inlines(n, current);
        }
    }

    /** A soft line break shows as the raw newline it stands for (white space in HTML). */
    private void newline(SoftLineBreak b, Elem target) {
        Node prev = b.getPrevious();
        int after = prev == null ? -1 : range(prev.getSourceSpans())[1];
        int nl = after < 0 ? -1 : raw.indexOf('\n', after);
        target.add(nl < 0 ? TextNode.Run.synthetic(" ") : new TextNode.Run("\n", nl, nl + 1));
    }

    private void text(String literal, List<SourceSpan> spans, Elem target) {
        int[] range = range(spans);
        if (range[0] < 0) {
            target.add(TextNode.Run.synthetic(literal));
            return;
        }
        Runs.emit(literal, Runs.align(raw, literal, range[0], range[1]), target);
    }

    private void code(String literal, List<SourceSpan> spans, boolean fenced, Elem target) {
        Elem pre = new Elem("pre");
        Elem code = new Elem("code");
        pre.add(code);
        // a fenced block's first and last spans are its fences
        List<SourceSpan> content = fenced && spans.size() >= 2 ? spans.subList(1, spans.size() - 1) : spans;
        if (content.isEmpty()) {
            code.add(TextNode.Run.synthetic(literal));
        } else {
            text(literal, content, code);
        }
        target.add(pre);
    }

    /** [first input index, end of last span), or [-1, -1] without spans. */
    static int[] range(List<SourceSpan> spans) {
        if (spans == null || spans.isEmpty()) {
            return new int[] {-1, -1};
        }
        SourceSpan first = spans.getFirst();
        SourceSpan last = spans.getLast();
        return new int[] {first.getInputIndex(), last.getInputIndex() + last.getLength()};
    }
}
