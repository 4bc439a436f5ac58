package org.crdash.source;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rendered form of a source text: elements and runs of visible characters, each run tied to the characters of
 * the raw text it shows. Built by {@link MarkdownTree}, written out by {@link HtmlWriter}.
 */
sealed interface TextNode {

    /** Block elements: in a passage fragment they become line breaks instead of boxes. */
    Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "pre", "hr",
            "table", "tr");

    /**
     * Visible characters. Either {@code text} shows {@code raw[rawStart, rawEnd)} one to one (the usual case), or it
     * is atomic: an entity such as {@code &amp;} shows as one character for several raw ones, and a run of
     * {@linkplain #synthetic() synthetic} text (a "back" arrow) shows characters the raw text does not have.
     */
    record Run(String text, int rawStart, int rawEnd) implements TextNode {

        static Run synthetic(String text) {
            return new Run(text, -1, -1);
        }

        boolean synthetic() {
            return rawStart < 0;
        }

        boolean oneToOne() {
            return !synthetic() && rawEnd - rawStart == text.length();
        }
    }

    /**
     * An element with its children; {@code from}/{@code to} bound the raw offsets of the runs inside it, and for an
     * inline element {@code spanFrom}/{@code spanTo} bound its markup too ({@code *de facto*}, {@code <sup>1</sup>}).
     */
    final class Elem implements TextNode {
        final String tag;
        final Map<String, String> attrs = new LinkedHashMap<>();
        final List<TextNode> children = new ArrayList<>();
        int from = Integer.MAX_VALUE;
        int to = -1;
        int spanFrom = -1;
        int spanTo = -1;

        Elem(String tag) {
            this.tag = tag;
        }

        Elem attr(String name, String value) {
            attrs.put(name, value);
            return this;
        }

        void add(TextNode child) {
            children.add(child);
        }

        boolean block() {
            return BLOCKS.contains(tag);
        }

        /** Computes {@code from}/{@code to} of this element and everything below it. */
        void measure() {
            for (TextNode c : children) {
                if (c instanceof Elem e) {
                    e.measure();
                    from = Math.min(from, e.from);
                    to = Math.max(to, e.to);
                } else if (c instanceof Run r && !r.synthetic()) {
                    from = Math.min(from, r.rawStart());
                    to = Math.max(to, r.rawEnd());
                }
            }
        }

        /** The visible text below this element, without synthetic runs. */
        String text() {
            StringBuilder sb = new StringBuilder();
            for (TextNode c : children) {
                if (c instanceof Elem e) {
                    sb.append(e.text());
                } else if (c instanceof Run r && !r.synthetic()) {
                    sb.append(r.text());
                }
            }
            return sb.toString();
        }
    }
}
