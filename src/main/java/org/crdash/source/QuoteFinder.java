package org.crdash.source;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.crdash.base.Checks;

/**
 * Finds a quoted passage verbatim in a source (the rule for every observation and event), with an optional cache
 * of sources and texts by key for checking many rows in one go. Made by {@link SourceService}.
 */
public final class QuoteFinder {

    private final Map<String, Optional<Source>> sources = new HashMap<>();
    private final Map<Long, String> texts = new HashMap<>();
    private final boolean cache;
    private final Function<String, Optional<Source>> find;
    private final Function<Long, String> textOf;

    QuoteFinder(boolean cache, Function<String, Optional<Source>> find, Function<Long, String> textOf) {
        this.cache = cache;
        this.find = find;
        this.textOf = textOf;
    }

    public QuotedPassage quote(Checks checks, String sourceKey, String passage, Integer hint) {
        Source source = null;
        if (sourceKey == null || sourceKey.isBlank()) {
            checks.add("sourceKey", "Choose the source the passage is quoted from.");
        } else {
            String key = sourceKey.strip();
            source = (cache ? sources.computeIfAbsent(key, find) : find.apply(key)).orElse(null);
            if (source == null) {
                checks.add("sourceKey", "There is no source '" + abbreviate(key) + "'; add it first.");
            }
        }
        String p = checks.multiline("passage", "The passage", passage, true, 10_000);
        if (source == null || p == null) {
            return null;
        }
        long id = source.id();
        String text = cache ? texts.computeIfAbsent(id, textOf) : textOf.apply(id);
        try {
            int start = Passages.locate(text, p, hint);
            return new QuotedPassage(source, p, start, start + TextOffsets.length(p));
        } catch (Passages.PassageNotFoundException e) {
            String message = e.getMessage();
            String field = hint != null && message.contains("not at offset") ? "passageStart" : "passage";
            checks.add(field, Character.toUpperCase(message.charAt(0)) + message.substring(1) + ".");
            return null;
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
