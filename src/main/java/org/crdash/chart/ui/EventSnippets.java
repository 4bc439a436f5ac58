package org.crdash.chart.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.crdash.event.Event;
import org.crdash.event.EventSearch;
import org.crdash.source.Source;
import org.crdash.source.SourceService;

/**
 * Where a search matched an event's passage: a few words around the first searched word, taken from the passage
 * as rendered (so without markup characters), for the events table.
 */
final class EventSnippets {

    record Snippet(String pre, String hit, String post) {
        static final Snippet NONE = new Snippet("", "", "");
    }

    private static final int BEFORE = 60;
    private static final int AFTER = 90;

    private final SourceService sources;
    private final Map<Long, Snippet> byEvent = new HashMap<>();
    private Map<Long, Source> sourcesById = Map.of();
    private List<String> words = List.of();

    EventSnippets(SourceService sources) {
        this.sources = sources;
    }

    void search(EventSearch search) {
        words = search.words();
        byEvent.clear();
        sourcesById = words.isEmpty() ? Map.of()
                : sources.findAll().stream().collect(Collectors.toMap(Source::id, Function.identity()));
    }

    Snippet of(Event e) {
        if (words.isEmpty()) {
            return Snippet.NONE;
        }
        return byEvent.computeIfAbsent(e.id(), id -> compute(e));
    }

    private Snippet compute(Event e) {
        Source s = sourcesById.get(e.sourceId());
        if (s == null) {
            return Snippet.NONE;
        }
        String plain = sources.rendered(s).plain(e.passageStart(), e.passageEnd()).replace('\n', ' ');
        String lower = plain.toLowerCase(Locale.ROOT);
        if (lower.length() != plain.length()) {
            return Snippet.NONE;
        }
        for (String w : words) {
            int at = wordStart(lower, w);
            if (at >= 0) {
                int hitEnd = at;
                while (hitEnd < plain.length() && Character.isLetterOrDigit(plain.charAt(hitEnd))) {
                    hitEnd++;
                }
                int from = Math.max(0, at - BEFORE);
                while (from > 0 && from < at && !Character.isWhitespace(plain.charAt(from - 1))) {
                    from++;
                }
                int to = Math.min(plain.length(), hitEnd + AFTER);
                while (to < plain.length() && to > hitEnd && !Character.isWhitespace(plain.charAt(to))) {
                    to--;
                }
                return new Snippet((from > 0 ? "…" : "") + plain.substring(from, at), plain.substring(at, hitEnd),
                        plain.substring(hitEnd, to) + (to < plain.length() ? "…" : ""));
            }
        }
        return Snippet.NONE;
    }

    /** The first place {@code word} starts a word of {@code text}. */
    private static int wordStart(String text, String word) {
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
            if (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1))) {
                return i;
            }
        }
        return -1;
    }
}
