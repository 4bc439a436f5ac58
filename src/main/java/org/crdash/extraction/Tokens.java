package org.crdash.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text cut into words, numbers and single symbols, each with its offsets (Java {@code String} indices,
 * see {@link org.crdash.source.TextOffsets}). Hyphenated words stay one token ("three-quarters", "second-largest"), so the
 * readers can look at whole words; a number glued to a hyphen and a word ("4,200-kilometre") is three.
 */
final class Tokens {

    /** One token; {@code lower} is its lower-cased text with typographic hyphens and apostrophes folded. */
    record Token(String text, String lower, int start, int end) {

        boolean isNumber() {
            return Character.isDigit(text.charAt(0));
        }

        boolean isWord() {
            return Character.isLetter(text.charAt(0));
        }

        boolean is(String... words) {
            for (String w : words) {
                if (lower.equals(w)) {
                    return true;
                }
            }
            return false;
        }

        boolean capitalised() {
            return isWord() && Character.isUpperCase(text.charAt(0));
        }
    }

    private static final Pattern TOKEN = Pattern.compile(
            "\\d+(?:[,\u00a0]\\d{3})*(?:\\.\\d+)?"            // 1,000,000  244.8  38.8
            + "|\\p{L}+(?:['’]\\p{L}+)*(?:[-‐‑–](?=\\p{L})\\p{L}+(?:['’]\\p{L}+)*)*" // words, world's, three-quarters
            + "|\\S");

    private final String text;
    private final List<Token> list;

    private Tokens(String text, List<Token> list) {
        this.text = text;
        this.list = list;
    }

    static Tokens of(String text) {
        List<Token> list = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            String t = m.group();
            String lower = t.toLowerCase(Locale.ROOT).replace('’', '\'').replace('‐', '-').replace('‑', '-')
                    .replace('–', '-');
            list.add(new Token(t, lower, m.start(), m.end()));
        }
        return new Tokens(text, list);
    }

    String text() {
        return text;
    }

    int size() {
        return list.size();
    }

    Token get(int i) {
        return list.get(i);
    }

    /** The token at {@code i}, or null past either end. */
    Token at(int i) {
        return i >= 0 && i < list.size() ? list.get(i) : null;
    }

    /** Whether token {@code i} has the lower-case text of one of {@code words}. */
    boolean is(int i, String... words) {
        Token t = at(i);
        return t != null && t.is(words);
    }

    /** Whether tokens {@code i}, {@code i+1}, ... spell {@code phrase} (words separated by single spaces). */
    boolean phraseAt(int i, String phrase) {
        String[] words = phrase.split(" ");
        for (int k = 0; k < words.length; k++) {
            if (!is(i + k, words[k])) {
                return false;
            }
        }
        return true;
    }

    /** Whether the two tokens touch (no space between them). */
    boolean adjacent(int a, int b) {
        return at(a) != null && at(b) != null && get(a).end() == get(b).start();
    }

    /** Whether a line break lies between the end of token {@code a} and the start of token {@code b}. */
    boolean lineBreakBetween(int a, int b) {
        return text.substring(get(a).end(), get(b).start()).indexOf('\n') >= 0;
    }
}
