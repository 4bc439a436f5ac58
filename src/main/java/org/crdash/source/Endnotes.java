package org.crdash.source;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crdash.source.TextNode.Elem;
import org.crdash.source.TextNode.Run;

/**
 * Links footnote markers ({@code <sup>10</sup>}) to their endnotes and back. Endnotes are the numbered list items
 * under a heading such as "Endnotes" or "Notes" (also "- 1. …", a numbered item inside a bullet, as in seed 002).
 * The markers become {@code a.fn-ref} with {@code data-note}; each endnote gets {@code id="note-N"} and a back
 * button; the reader's script does the jumping (plain fragment links would leave the page under Vaadin's base URL).
 */
final class Endnotes {

    private static final Pattern NOTES_HEADING = Pattern.compile(
            "(?i)^\\s*(end\\s?notes|notes|footnotes|references)\\s*:?\\s*$");
    private static final Pattern NUMBER = Pattern.compile("^\\s*(\\d{1,4})\\s*$");

    private Endnotes() {
    }

    static void link(Elem root) {
        Map<Integer, Elem> notes = notes(root);
        if (notes.isEmpty()) {
            return;
        }
        markers(root, notes, new HashMap<>());
        notes.forEach((n, li) -> {
            Elem back = new Elem("button").attr("type", "button").attr("class", "fn-back")
                    .attr("data-note", n.toString()).attr("title", "Back to the text")
                    .attr("aria-label", "Back to where note " + n + " is cited");
            back.add(Run.synthetic("↩"));
            Elem last = li.children.isEmpty() ? null : li.children.getLast() instanceof Elem e ? e : null;
            (last != null && last.tag.equals("p") ? last : li).add(back);
        });
    }

    /** Endnote list items by number, in every notes section of the document. */
    private static Map<Integer, Elem> notes(Elem root) {
        Map<Integer, Elem> notes = new LinkedHashMap<>();
        int sectionLevel = 0;
        for (TextNode node : root.children) {
            if (!(node instanceof Elem e)) {
                continue;
            }
            int level = headingLevel(e);
            if (level > 0) {
                if (NOTES_HEADING.matcher(e.text()).matches()) {
                    sectionLevel = level;
                } else if (sectionLevel > 0 && level <= sectionLevel) {
                    sectionLevel = 0;
                }
            } else if (sectionLevel > 0 && (e.tag.equals("ol") || e.tag.equals("ul"))) {
                e.attr("class", "rt-notes");
                numbered(e).forEach(notes::putIfAbsent);
            }
        }
        return notes;
    }

    private static Map<Integer, Elem> numbered(Elem list) {
        List<Integer> numbers = new ArrayList<>();
        List<Elem> items = new ArrayList<>();
        int next = list.tag.equals("ol") ? start(list) : -1;
        for (TextNode c : list.children) {
            if (!(c instanceof Elem li) || !li.tag.equals("li")) {
                continue;
            }
            Elem inner = li.children.size() == 1 && li.children.getFirst() instanceof Elem ol && ol.tag.equals("ol")
                    && ol.children.size() == 1 && ol.children.getFirst() instanceof Elem only ? only : null;
            if (next > 0) {
                numbers.add(next++);
                items.add(li);
            } else {
                numbers.add(inner == null ? null : start((Elem) li.children.getFirst()));
                items.add(inner == null ? li : inner);
            }
        }
        Map<Integer, Elem> byNumber = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            Integer n = numbers.get(i);
            if (n == null && i > 0 && i + 1 < items.size() && numbers.get(i - 1) != null
                    && numbers.get(i + 1) != null && numbers.get(i + 1) == numbers.get(i - 1) + 2) {
                n = numbers.get(i - 1) + 1; // an item whose number was lost between its neighbours
                items.get(i).attr("data-inferred", n.toString())
                        .attr("title", "The text gives no number here; " + n + " follows from its neighbours.");
            }
            if (n != null) {
                items.get(i).attr("id", "note-" + n);
                byNumber.putIfAbsent(n, items.get(i));
            }
        }
        return byNumber;
    }

    private static void markers(Elem e, Map<Integer, Elem> notes, Map<Integer, Integer> seen) {
        for (int i = 0; i < e.children.size(); i++) {
            if (!(e.children.get(i) instanceof Elem child)) {
                continue;
            }
            Matcher m = NUMBER.matcher(child.tag.equals("sup") ? child.text() : "");
            if (m.matches() && notes.containsKey(Integer.parseInt(m.group(1)))) {
                int n = Integer.parseInt(m.group(1));
                int k = seen.merge(n, 1, Integer::sum);
                Elem a = new Elem("a").attr("class", "fn-ref").attr("href", "#note-" + n)
                        .attr("data-note", Integer.toString(n)).attr("id", k == 1 ? "ref-" + n : "ref-" + n + "-" + k)
                        .attr("aria-label", "Note " + n);
                a.children.addAll(child.children);
                child.children.clear();
                child.add(a);
            } else {
                markers(child, notes, seen);
            }
        }
    }

    private static int headingLevel(Elem e) {
        return e.tag.length() == 2 && e.tag.charAt(0) == 'h' && Character.isDigit(e.tag.charAt(1))
                ? e.tag.charAt(1) - '0' : 0;
    }

    private static int start(Elem ol) {
        String s = ol.attrs.get("start");
        return s == null ? 1 : Integer.parseInt(s);
    }
}
