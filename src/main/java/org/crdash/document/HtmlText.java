package org.crdash.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeVisitor;

/**
 * A web page (jsoup): the article's text, block by block, without navigation, scripts or hidden parts; title,
 * author, site, date and canonical address from the page's metadata (Open Graph, citation and Dublin Core tags).
 */
final class HtmlText {

    /** Elements whose content is never article text. */
    private static final String DROPPED = "script, style, noscript, template, svg, canvas, iframe, object, embed, "
            + "nav, form, button, select, textarea, [hidden], [aria-hidden=true], [style~=display:\\s*none]";
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
            "ol", "dl", "dt", "dd", "blockquote", "pre", "figure", "figcaption", "table", "tr",
            "caption", "section", "article", "main", "header", "footer", "aside", "address", "hr", "details",
            "summary");

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
        return new Document.Extracted(TextCleanup.paragraphs(blocks(root)), meta);
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

    /** The text, one entry per block; {@code <br>} is a line break inside one, {@code <pre>} keeps its lines. */
    private static List<String> blocks(Element root) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        root.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    current.append(inPre(t) ? t.getWholeText() : t.text());
                } else if (node instanceof Element e) {
                    if (e.nameIs("br")) {
                        current.append('\n');
                    } else if (BLOCKS.contains(e.normalName())) {
                        flush(out, current);
                    } else if (e.nameIs("img") && !e.attr("alt").isBlank() && e.parent() != null
                            && e.parent().nameIs("figure")) {
                        current.append(e.attr("alt"));
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    flush(out, current);
                } else if (node instanceof Element e && (e.nameIs("td") || e.nameIs("th"))) {
                    current.append('\t'); // cells of a row: one line, a space apart
                }
            }
        });
        flush(out, current);
        return out;
    }

    private static boolean inPre(TextNode t) {
        for (Element e = t.parent() instanceof Element p ? p : null; e != null; e = e.parent()) {
            if (e.nameIs("pre")) {
                return true;
            }
        }
        return false;
    }

    private static void flush(List<String> out, StringBuilder current) {
        if (!current.toString().isBlank()) {
            out.add(current.toString());
        }
        current.setLength(0);
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
