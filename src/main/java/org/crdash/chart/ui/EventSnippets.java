package org.crdash.chart.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.crdash.event.Event;
import org.crdash.event.EventSearch;
import org.crdash.source.Source;
import org.crdash.source.SourceService;

/**
 * Where a search matched an event's passage: a few words around the searched words (whole words, see
 * {@link #hit}), taken from the passage
 * as rendered (so without markup characters), for the events table.
 */
final class EventSnippets {

    record Snippet(String pre, String hit, String post) {
        static final Snippet NONE = new Snippet("", "", "");
    }

    private static final int BEFORE = 60;
    private static final int AFTER = 90;
    private static final String WORD_CHAR = "[\\p{L}\\p{N}\\p{M}]";
    private static final String NOT_WORD = "[^\\p{L}\\p{N}\\p{M}]";

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
        int[] hit = hit(plain, words);
        if (hit == null) {
            return Snippet.NONE;
        }
        int at = hit[0];
        int hitEnd = hit[1];
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

    /**
     * Where the searched words match whole words of {@code text}, ignoring case (any script): all of them in a row
     * if they occur so ("no limits" in "No limits partnership"), else the first word that occurs. As in the search
     * ({@link EventSearch#tsquery()}), a word of one or two letters matches only itself ("no" never "North"), a
     * longer one also the start of a word ("sanction" the whole of "sanctions").
     *
     * @return {start, end} as {@code String} indices, or null when no word matches
     */
    static int[] hit(String text, List<String> words) {
        if (words.isEmpty()) {
            return null;
        }
        List<String> each = words.stream().map(EventSnippets::word).toList();
        List<String> tries = new ArrayList<>();
        if (each.size() > 1) {
            tries.add(String.join(NOT_WORD + "+", each));
        }
        tries.addAll(each);
        for (String regex : tries) {
            Matcher m = Pattern.compile("(?<!" + WORD_CHAR + ")" + regex + "(?!" + WORD_CHAR + ")",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text);
            if (m.find()) {
                return new int[] {m.start(), m.end()};
            }
        }
        return null;
    }

    private static String word(String w) {
        return Pattern.quote(w) + (w.codePointCount(0, w.length()) < 3 ? "" : WORD_CHAR + "*");
    }
}
