package org.crdash.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a person types into the events search, as a PostgreSQL {@code tsquery}: every word must occur (as a word
 * or, from three letters on, the start of one, so "sanction" finds "sanctions"), words in double quotes must occur in that order
 * ("\"no limits\""). Only letters and digits reach the query; everything else separates words.
 */
public record EventSearch(String input) {

    private static final Pattern PART = Pattern.compile("\"([^\"]*)\"?|([^\"]+)");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    static final int MAX_WORDS = 20;

    public EventSearch {
        input = input == null ? "" : input.strip();
    }

    public boolean isEmpty() {
        return tsquery() == null;
    }

    /** The words searched for, lower case, in order (for showing where a passage matched). */
    public List<String> words() {
        List<String> words = new ArrayList<>();
        Matcher w = WORD.matcher(input.toLowerCase(Locale.ROOT));
        while (w.find() && words.size() < MAX_WORDS) {
            words.add(w.group());
        }
        return words;
    }

    /** {@code ('no' <-> 'limits':*) & 'summit':*}, or null when there is no word to search for. */
    public String tsquery() {
        List<String> terms = new ArrayList<>();
        int words = 0;
        Matcher part = PART.matcher(input.toLowerCase(Locale.ROOT));
        while (part.find() && words < MAX_WORDS) {
            boolean phrase = part.group(1) != null;
            List<String> found = new ArrayList<>();
            Matcher w = WORD.matcher(phrase ? part.group(1) : part.group(2));
            while (w.find() && words < MAX_WORDS) {
                // a word of one or two letters is taken as typed: "no" must not find "not" and "north"
                found.add("'" + w.group() + (w.group().length() < 3 ? "'" : "':*"));
                words++;
            }
            if (found.isEmpty()) {
                continue;
            }
            if (phrase) {
                terms.add("(" + String.join(" <-> ", found) + ")");
            } else {
                terms.addAll(found);
            }
        }
        return terms.isEmpty() ? null : String.join(" & ", terms);
    }
}
