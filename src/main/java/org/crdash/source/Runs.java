package org.crdash.source;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crdash.source.TextNode.Elem;
import org.crdash.source.TextNode.Run;

/**
 * Ties the characters a parser shows to the raw characters they come from, and cuts them into {@link Run}s. A map
 * is two arrays: visible character {@code j} shows raw {@code [start[j], end[j])}.
 */
final class Runs {

    private static final Pattern ENTITY = Pattern.compile(
            "&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});");
    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"]+");
    private static final Pattern SAFE_HREF = Pattern.compile("(?i)^(https?:|mailto:).+");

    private Runs() {
    }

    record CharMap(int[] start, int[] end) {
    }

    static CharMap identity(int from, int length) {
        int[] s = new int[length];
        int[] e = new int[length];
        for (int k = 0; k < length; k++) {
            s[k] = from + k;
            e[k] = from + k + 1;
        }
        return new CharMap(s, e);
    }

    /**
     * Aligns a parser's literal (escapes and entities resolved) with the raw characters {@code [from, to)} it was
     * read from: equal characters map one to one, a backslash before an escaped character and the delimiters
     * around the literal map to nothing, an entity maps to the one character it stands for.
     */
    static CharMap align(String raw, String literal, int from, int to) {
        int n = literal.length();
        int[] s = new int[n];
        int[] e = new int[n];
        int i = from;
        int j = 0;
        Matcher entity = ENTITY.matcher(raw);
        while (j < n) {
            if (i >= to) {
                // the parser shows more than the span holds (should not happen): tie the rest to its end
                s[j] = to;
                e[j] = to;
                j++;
                continue;
            }
            char c = raw.charAt(i);
            if (c == '&' && entity.region(i, to).lookingAt() && !literal.startsWith(entity.group(), j)) {
                int k = Character.isHighSurrogate(literal.charAt(j)) && j + 1 < n ? 2 : 1;
                for (int t = 0; t < k; t++) {
                    s[j + t] = i;
                    e[j + t] = entity.end();
                }
                j += k;
                i = entity.end();
            } else if (c == literal.charAt(j)) {
                s[j] = i;
                e[j] = i + 1;
                i++;
                j++;
            } else {
                i++; // markup: a backslash escape, a delimiter, stripped white space
            }
        }
        return new CharMap(s, e);
    }

    /** Adds the visible characters to {@code target} as runs, bare URLs as links. */
    static void emit(String literal, CharMap map, Elem target) {
        Matcher m = URL.matcher(literal);
        int last = 0;
        while (m.find()) {
            int end = trimUrl(literal, m.start(), m.end());
            runs(literal, map, last, m.start(), target);
            Elem a = new Elem("a").attr("href", literal.substring(m.start(), end)).attr("class", "rt-url");
            runs(literal, map, m.start(), end, a);
            target.add(a);
            last = end;
        }
        runs(literal, map, last, literal.length(), target);
    }

    /** Splits {@code literal[lo, hi)} where its raw offsets stop running on one to one. */
    private static void runs(String literal, CharMap map, int lo, int hi, Elem target) {
        int[] s = map.start();
        int[] e = map.end();
        int j = lo;
        while (j < hi) {
            int k = j + 1;
            if (e[j] - s[j] == 1) {
                while (k < hi && e[k] - s[k] == 1 && s[k] == e[k - 1]) {
                    k++;
                }
            } else {
                while (k < hi && s[k] == s[j] && e[k] == e[j]) {
                    k++;
                }
            }
            target.add(new Run(literal.substring(j, k), s[j], e[k - 1]));
            j = k;
        }
    }

    /** A URL at the end of a sentence does not include the full stop (nor an unbalanced closing bracket). */
    private static int trimUrl(String s, int start, int end) {
        while (end > start + 8) {
            char c = s.charAt(end - 1);
            boolean closing = c == ')' && s.substring(start, end).chars().filter(ch -> ch == '(').count()
                    < s.substring(start, end).chars().filter(ch -> ch == ')').count();
            if (".,;:!?'\"]".indexOf(c) >= 0 || closing) {
                end--;
            } else {
                break;
            }
        }
        return end;
    }

    /** Only web and mail links: a source text must not be able to link into the application or run script. */
    static Optional<String> safeHref(String destination) {
        return destination != null && SAFE_HREF.matcher(destination.strip()).matches()
                ? Optional.of(destination.strip()) : Optional.empty();
    }
}
