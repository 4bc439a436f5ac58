package org.crdash.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.crdash.document.TextCleanup.Piece;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/**
 * A web page (jsoup): the article's text, block by block, without navigation, scripts or hidden parts; title,
 * author, site, date and canonical address from the page's metadata (Open Graph, citation and Dublin Core tags).
 */
final class HtmlText {

    /** Elements whose content is never article text. */
    private static final String DROPPED = "script, style, noscript, template, svg, canvas, iframe, object, embed, "
            + "nav, form, button, select, textarea, [hidden], [aria-hidden=true], [style~=display:\\s*none]";
    /** Elements that are blocks of text of their own (besides headings, lists, quotations, tables and pre). */
    private static final Set<String> BLOCKS = Set.of("p", "div", "dl", "dt", "dd", "figure", "figcaption", "tr",
            "caption", "section", "article", "main", "header", "footer", "aside", "address", "hr", "details",
            "summary", "table", "thead", "tbody", "tfoot");

    /** Lists nested deeper than this show at this depth. */
    static final int MAX_DEPTH = 9;

    private HtmlText() {
    }

    static Document.Extracted read(byte[] bytes) {
        org.jsoup.nodes.Document page;
        try {
            // the charset comes from the byte-order mark or <meta charset>, else UTF-8
            page = Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DocumentMetadata meta = metadata(page);
        page.select(DROPPED).remove();
        Element root = content(page);
        return TextCleanup.laidOut(blocks(root), meta);
    }

    /** The one {@code <article>} or {@code <main>} if the page has it, else the whole body. */
    private static Element content(org.jsoup.nodes.Document page) {
        for (String tag : List.of("article", "main, [role=main]")) {
            Elements found = page.body().select(tag);
            if (found.size() == 1 && !found.getFirst().text().isBlank()) {
                return found.getFirst();
            }
        }
        return page.body();
    }

    /**
     * The text, one piece per block, each with what it is: headings, list items (bulleted or numbered, by depth),
     * quotations, preformatted text (its lines kept), table rows (cell by cell) and paragraphs. {@code <br>} is a
     * line break inside a block.
     */
    private static List<Piece> blocks(Element root) {
        Walker w = new Walker(false);
        w.children(root);
        w.flush();
        return w.out;
    }

    /** Walks the page's elements, collecting the text of the block it is in and flushing it at each block's end. */
    private static final class Walker {
        private final List<Piece> out = new ArrayList<>();
        private final StringBuilder current = new StringBuilder();
        /** Inside a table cell: blocks are lines of the cell, a nested table's rows are too. */
        private final boolean flat;
        private final List<String> lists = new ArrayList<>();
        private Block.Kind kind = Block.Kind.PARAGRAPH;
        private int level;
        private boolean pre;

        Walker(boolean flat) {
            this.flat = flat;
        }

        void children(Element e) {
            for (Node n : e.childNodes()) {
                if (n instanceof TextNode t) {
                    current.append(pre ? t.getWholeText() : t.text());
                } else if (n instanceof Element child) {
                    element(child);
                }
            }
        }

        private void element(Element e) {
            String tag = e.normalName();
            if (tag.equals("br")) {
                current.append('\n');
            } else if (tag.equals("img")) {
                if (!e.attr("alt").isBlank() && e.parent() != null && e.parent().nameIs("figure")) {
                    current.append(e.attr("alt"));
                }
            } else if (tag.equals("table") && !flat) {
                flush();
                table(e);
            } else if ((tag.equals("td") || tag.equals("th")) && flat) {
                children(e);
                current.append(' ');
            } else if (tag.matches("h[1-6]")) {
                block(e, Block.Kind.HEADING, tag.charAt(1) - '0', false);
            } else if (tag.equals("ul") || tag.equals("ol")) {
                flush();
                lists.add(tag);
                children(e);
                flush();
                lists.removeLast();
            } else if (tag.equals("li")) {
                boolean numbered = !lists.isEmpty() && lists.getLast().equals("ol");
                block(e, numbered ? Block.Kind.NUMBERED : Block.Kind.BULLET,
                        Math.clamp(lists.size(), 1, MAX_DEPTH), false);
            } else if (tag.equals("blockquote")) {
                block(e, Block.Kind.QUOTE, 0, false);
            } else if (tag.equals("pre")) {
                block(e, Block.Kind.PRE, 0, true);
            } else if (BLOCKS.contains(tag)) {
                flush();
                children(e);
                flush();
            } else {
                children(e);
            }
        }

        /** A block of its own kind: what is inside it is that kind (a paragraph inside a list item is the item). */
        private void block(Element e, Block.Kind k, int l, boolean keepLines) {
            flush();
            Block.Kind outerKind = kind;
            int outerLevel = level;
            boolean outerPre = pre;
            kind = k;
            level = l;
            pre = pre || keepLines;
            children(e);
            flush();
            kind = outerKind;
            level = outerLevel;
            pre = outerPre;
        }

        /** A table's rows, each as its cells' texts; a caption is a paragraph before them. */
        private void table(Element table) {
            for (Element part : table.children()) {
                if (part.nameIs("caption")) {
                    out.add(Piece.of(Block.Kind.PARAGRAPH, 0, part.text()));
                }
                List<Element> rows = part.nameIs("tr") ? List.of(part)
                        : List.of("thead", "tbody", "tfoot").contains(part.normalName()) ? part.children() : List.of();
                for (Element row : rows) {
                    List<String> cells = new ArrayList<>();
                    boolean header = part.nameIs("thead");
                    boolean allTh = true;
                    for (Element cell : row.children()) {
                        if (cell.nameIs("td") || cell.nameIs("th")) {
                            Walker w = new Walker(true);
                            w.children(cell);
                            w.flush();
                            cells.add(String.join("\n", w.out.stream().map(p -> p.texts().getFirst()).toList()));
                            allTh &= cell.nameIs("th");
                        }
                    }
                    if (!cells.isEmpty()) {
                        out.add(new Piece(header || allTh ? Block.Kind.HEADER_ROW : Block.Kind.ROW, 0, cells));
                    }
                }
            }
        }

        void flush() {
            if (!current.toString().isBlank()) {
                out.add(Piece.of(kind, level, current.toString()));
            }
            current.setLength(0);
        }
    }

    private static DocumentMetadata metadata(org.jsoup.nodes.Document page) {
        Elements h1 = page.select("article h1, main h1, h1");
        String title = first(page, "meta[property=og:title]", "meta[name=citation_title]", "meta[name=dc.title]",
                "meta[name=DC.title]", "meta[name=twitter:title]");
        if (title.isEmpty()) {
            title = h1.isEmpty() ? page.title() : h1.getFirst().text();
        }
        String author = first(page, "meta[name=author]", "meta[name=citation_author]", "meta[name=dc.creator]",
                "meta[name=DC.creator]", "meta[property=article:author]");
        if (author.isEmpty() || author.startsWith("http")) {
            Elements rel = page.select("[rel=author], .byline [itemprop=name], [itemprop=author] [itemprop=name]");
            author = rel.isEmpty() ? "" : rel.getFirst().text();
        }
        String date = first(page, "meta[property=article:published_time]", "meta[name=citation_publication_date]",
                "meta[name=citation_date]", "meta[name=dc.date]", "meta[name=DC.date]", "meta[name=date]",
                "meta[itemprop=datePublished]", "time[datetime]");
        String url = page.select("link[rel=canonical]").attr("href");
        if (url.isEmpty()) {
            url = first(page, "meta[property=og:url]");
        }
        return new DocumentMetadata(title, author, first(page, "meta[property=og:site_name]"), Dates.read(date),
                url);
    }

    private static String first(org.jsoup.nodes.Document page, String... selectors) {
        for (String s : selectors) {
            Element e = page.selectFirst(s);
            if (e != null) {
                String v = e.hasAttr("content") ? e.attr("content") : e.attr("datetime");
                if (!v.isBlank()) {
                    return v.strip();
                }
            }
        }
        return "";
    }
}
