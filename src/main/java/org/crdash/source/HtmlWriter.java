package org.crdash.source;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.crdash.base.Html;
import org.crdash.source.TextNode.Elem;
import org.crdash.source.TextNode.Run;

/**
 * Writes a {@link TextNode} tree as HTML. Every character is escaped and only the tree's own tags are written, so
 * the result is safe to insert whatever the source text says. Highlights become {@code <mark>} pieces (a passage
 * that crosses emphasis or a footnote marker is several pieces, each inside its element).
 *
 * <p>Two modes: the <b>article</b> (all of it, with {@code data-r} raw offsets on every piece for mapping a
 * selection back to the raw text, endnote ids, margin pins at each highlight's start) and a <b>fragment</b> (the
 * characters of a raw range only, inline: blocks become line breaks, no links, ids or buttons).
 */
final class HtmlWriter {

    /** A highlight in {@code String} indices. */
    record Mark(int start, int end, String id, String css) {
    }

    private static final Set<String> VOID = Set.of("br", "hr");
    private static final Set<String> CELLS = Set.of("td", "th");
    private static final Set<String> FRAGMENT_DROPPED_ATTRS = Set.of("id", "href", "data-note", "tabindex", "title");

    private final StringBuilder out = new StringBuilder();
    private final List<Mark> marks;
    private final int from;
    private final int to;
    private final boolean fragment;
    private final Set<Mark> started = new HashSet<>();
    private boolean wroteText;
    private boolean breakPending;

    private HtmlWriter(List<Mark> marks, int from, int to, boolean fragment) {
        this.marks = marks;
        this.from = from;
        this.to = to;
        this.fragment = fragment;
    }

    static String article(Elem root, List<Mark> marks) {
        HtmlWriter w = new HtmlWriter(marks, 0, Integer.MAX_VALUE, false);
        w.children(root);
        return w.out.toString();
    }

    static String fragment(Elem root, int from, int to, List<Mark> marks) {
        HtmlWriter w = new HtmlWriter(marks, from, to, true);
        w.children(root);
        return w.out.toString();
    }

    private void children(Elem e) {
        for (TextNode c : e.children) {
            switch (c) {
                case Elem child -> elem(child);
                case Run run -> run(run);
            }
        }
    }

    private void elem(Elem e) {
        if (!fragment) {
            open(e);
            if (!VOID.contains(e.tag)) {
                children(e);
                out.append("</").append(e.tag).append('>');
            }
            return;
        }
        if (e.to <= from || e.from >= to || e.tag.equals("button")) {
            return; // outside the range, or no text of the source at all
        }
        if (e.block()) {
            breakPending |= wroteText;
            children(e);
            breakPending |= wroteText;
            return;
        }
        if (e.tag.equals("a") || CELLS.contains(e.tag)) {
            // a fragment is shown inside other controls: its links would be traps; cells run on in their row
            children(e);
            return;
        }
        open(e);
        children(e);
        out.append("</").append(e.tag).append('>');
    }

    private void open(Elem e) {
        out.append('<').append(e.tag);
        e.attrs.forEach((name, value) -> {
            if (!fragment || !FRAGMENT_DROPPED_ATTRS.contains(name)) {
                out.append(' ').append(name).append("=\"").append(Html.escape(value)).append('"');
            }
        });
        if (!fragment && e.tag.equals("a") && e.attrs.containsKey("href") && !e.attrs.containsKey("data-note")) {
            out.append(" target=\"_blank\" rel=\"noopener noreferrer nofollow\"");
        }
        out.append('>');
    }

    private void run(Run r) {
        if (r.synthetic()) {
            if (!fragment) {
                out.append(Html.escape(r.text()));
            }
            return;
        }
        if (!r.oneToOne()) {
            // an entity (or text the raw span did not hold): shown whole, or not at all
            if (r.rawStart() >= from && r.rawEnd() <= to) {
                piece(r.text(), r.rawStart(), r.rawEnd());
            }
            return;
        }
        int a = Math.max(r.rawStart(), from);
        int b = Math.min(r.rawEnd(), to);
        if (a >= b) {
            return;
        }
        TreeSet<Integer> cuts = new TreeSet<>(List.of(a, b));
        for (Mark m : marks) {
            if (m.start() > a && m.start() < b) {
                cuts.add(m.start());
            }
            if (m.end() > a && m.end() < b) {
                cuts.add(m.end());
            }
        }
        Integer prev = null;
        for (int cut : cuts) {
            if (prev != null) {
                piece(r.text().substring(prev - r.rawStart(), cut - r.rawStart()), prev, cut);
            }
            prev = cut;
        }
    }

    /** Characters showing raw {@code [a, b)}, all covered by the same highlights. */
    private void piece(String text, int a, int b) {
        if (breakPending) {
            out.append("<br>");
            breakPending = false;
        }
        wroteText = true;
        List<Mark> covering = new ArrayList<>();
        for (Mark m : marks) {
            if (m.start() <= a && b <= m.end() && a < m.end()) {
                covering.add(m);
            }
        }
        String escaped = Html.escape(text);
        if (covering.isEmpty()) {
            if (fragment) {
                out.append(escaped);
            } else {
                out.append("<span data-r=\"").append(a).append("\">").append(escaped).append("</span>");
            }
            return;
        }
        Set<String> css = new java.util.LinkedHashSet<>();
        css.add("hl");
        List<String> ids = new ArrayList<>();
        boolean first = false;
        for (Mark m : covering) {
            css.add(m.css());
            ids.add(m.id());
            if (started.add(m)) {
                first = true;
                if (!fragment) {
                    out.append("<span class=\"hl-pin ").append(m.css()).append("\" data-items=\"")
                            .append(Html.escape(m.id())).append("\" aria-hidden=\"true\"></span>");
                }
            }
        }
        if (covering.size() > 1) {
            css.add("hl-multi");
        }
        out.append("<mark class=\"").append(String.join(" ", css)).append('"');
        if (!fragment) {
            out.append(" data-items=\"").append(Html.escape(String.join(" ", ids))).append("\" data-r=\"")
                    .append(a).append('"');
            if (first) {
                out.append(" tabindex=\"0\" role=\"button\"");
            }
        }
        out.append('>').append(escaped).append("</mark>");
    }
}
