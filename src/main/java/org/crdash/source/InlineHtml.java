package org.crdash.source;

import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crdash.source.TextNode.Elem;

/**
 * The HTML a source text may contain, for {@link MarkdownTree}: a few inline tags the articles use for emphasis and
 * footnote markers become elements; every other tag is markup, shows nothing, and its text is kept.
 */
final class InlineHtml {

    private static final Map<String, String> INLINE_TAGS = Map.of("sup", "sup", "sub", "sub", "em", "em",
            "i", "em", "strong", "strong", "b", "strong", "u", "u", "s", "s", "small", "small");
    private static final Pattern TAG = Pattern.compile("^<(/?)([A-Za-z][A-Za-z0-9]*)[^>]*>$");
    private static final Pattern HTML_TAG = Pattern.compile("<[^>]*>");

    private InlineHtml() {
    }

    /**
     * Opens or closes a whitelisted inline element on the stack of open elements; {@code span} is the tag's raw
     * range, so that the element knows where its markup starts and ends.
     */
    static void tag(String literal, int[] span, Deque<Elem> open) {
        Matcher m = TAG.matcher(literal.strip());
        if (!m.matches()) {
            return;
        }
        String name = m.group(2).toLowerCase(Locale.ROOT);
        if (name.equals("br")) {
            open.peek().add(new Elem("br"));
            return;
        }
        String tag = INLINE_TAGS.get(name);
        if (tag == null) {
            return;
        }
        if (m.group(1).isEmpty()) {
            Elem e = new Elem(tag);
            e.spanFrom = span[0];
            open.peek().add(e);
            open.push(e);
        } else if (open.size() > 1 && open.stream().limit(open.size() - 1).anyMatch(e -> e.tag.equals(tag))) {
            Elem closed;
            do {
                closed = open.pop(); // and any element left open inside it
            } while (!closed.tag.equals(tag));
            closed.spanTo = span[1];
        }
    }

    /** A block of HTML at raw {@code range} shows as a paragraph of its text without the tags. */
    static void block(String raw, int[] range, Elem target) {
        if (range[0] < 0) {
            return;
        }
        Elem p = new Elem("p");
        String block = raw.substring(range[0], range[1]);
        Matcher m = HTML_TAG.matcher(block);
        int last = 0;
        while (true) {
            boolean found = m.find();
            int end = found ? m.start() : block.length();
            if (end > last && !block.substring(last, end).isBlank()) {
                Runs.emit(block.substring(last, end), Runs.identity(range[0] + last, end - last), p);
            }
            if (!found) {
                break;
            }
            last = m.end();
        }
        if (!p.children.isEmpty()) {
            target.add(p);
        }
    }
}
