package org.crdash.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Digits that are not stated quantities: years and dates, page numbers and tables of contents, list and
 * footnote markers, reading times, numbers in names and codes ("Power of Siberia 2", "COVID-19", "G20",
 * "Trump 2.0"), in URLs, clock times and ordinals ("80th anniversary").
 */
final class NotQuantities {

    static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul",
            "aug", "sep", "sept", "oct", "nov", "dec");
    /** Capitalised words that may stand before a number without making it part of a name. */
    private static final Set<String> OPENERS = Set.of("in", "by", "about", "around", "some", "over", "nearly",
            "almost", "only", "just", "more", "less", "roughly", "the", "an", "a", "of", "since", "from", "with",
            "between", "to", "at", "up", "under", "until", "after", "before", "for", "approximately", "and", "but",
            "or", "another", "usd", "us", "rmb", "cny", "eur", "its", "their", "our", "all", "these", "those",
            "fewer", "estimated", "as", "then", "during", "within", "than", "every", "each", "that",
            "this", "where", "when", "while", "though", "although", "if", "there", "here",
            "whereas", "today", "last", "next", "yet", "so", "also", "still", "even");
    private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S+|\\S+@\\S+\\.\\S+");
    private static final Set<String> ORDINAL_SUFFIXES = Set.of("st", "nd", "rd", "th");

    private final Tokens t;
    private final List<int[]> urls = new ArrayList<>();

    NotQuantities(Tokens t) {
        this.t = t;
        Matcher m = URL.matcher(t.text());
        while (m.find()) {
            urls.add(new int[] {m.start(), m.end()});
        }
    }

    /** Whether token {@code i} lies in a URL or e-mail address. */
    boolean inUrl(int i) {
        int pos = t.get(i).start();
        for (int[] u : urls) {
            if (pos >= u[0] && pos < u[1]) {
                return true;
            }
        }
        return false;
    }

    /** Whether the number token {@code i} (with no unit after it) is a year used as a date. */
    boolean isYear(int i) {
        Tokens.Token tok = t.get(i);
        if (!tok.text().matches("(1[0-9]|20)\\d\\d")) {
            return false;
        }
        return true;
    }

    /** "1990s", "2018-21", "2019-2023": a decade or the second year of a year range. */
    boolean isDecadeOrYearRange(int i) {
        if (t.is(i + 1, "s") && t.adjacent(i, i + 1)) {
            return true;
        }
        return t.is(i - 1, "-", "/") && t.adjacent(i - 1, i) && t.at(i - 2) != null && t.adjacent(i - 2, i - 1)
                && t.get(i - 2).text().matches("(1[0-9]|20)\\d\\d") && t.get(i).text().matches("\\d{2}|\\d{4}");
    }

    /** "Feb. 24", "24 February", "February 4", "4th of February", "10:30", "80th". */
    boolean isDatePartOrOrdinal(int i) {
        Tokens.Token next = t.at(i + 1);
        if (next != null && t.adjacent(i, i + 1) && ORDINAL_SUFFIXES.contains(next.lower())) {
            return true;
        }
        if (next != null && next.is(":") && t.adjacent(i, i + 1) && t.at(i + 2) != null && t.get(i + 2).isNumber()) {
            return true;
        }
        if (!t.get(i).text().matches("\\d{1,2}")) {
            return false;
        }
        int prev = t.is(i - 1, ".") ? i - 2 : i - 1;
        return month(prev) || month(i + 1) || t.is(i + 1, "of") && month(i + 2);
    }

    boolean month(int i) {
        Tokens.Token tok = t.at(i);
        return tok != null && MONTHS.contains(tok.lower()) && tok.capitalised();
    }

    /** "Power of Siberia 2", "COVID-19", "G20", "Trump 2.0", "Article 5", "World War Two", "para.26". */
    boolean inName(int i) {
        Tokens.Token prev = t.at(i - 1);
        if (prev == null) {
            return false;
        }
        if (prev.isWord() && t.adjacent(i - 1, i)) {                   // G20, B2B
            return true;
        }
        if (prev.is("-") && t.adjacent(i - 1, i) && t.at(i - 2) != null && t.get(i - 2).isWord()
                && t.adjacent(i - 2, i - 1)) {                        // COVID-19, Su-35, Siberia-2
            return true;
        }
        if (prev.capitalised() && !OPENERS.contains(prev.lower()) && !month(i - 1) && !t.lineBreakBetween(i - 1, i)
                && !sentenceStart(i - 1)) {
            return true;                                               // Siberia 2, Article 5, War Two
        }
        return false;
    }

    private boolean sentenceStart(int i) {
        Tokens.Token before = t.at(i - 1);
        return before == null || before.is(".", "!", "?", "“", "\"", "(", ":") || t.lineBreakBetween(i - 1, i);
    }

    /**
     * "...its market.12 The", "crisis,3", "[12]", "<sup>4</sup>": a footnote marker glued to the word or
     * punctuation before it, or inside markup.
     */
    boolean isFootnoteMarker(int i) {
        if (t.is(i - 1, ">") && t.adjacent(i - 1, i) || t.is(i + 1, "<") && t.adjacent(i, i + 1) || t.is(i - 1, "[")) {
            return true;
        }
        Tokens.Token prev = t.at(i - 1);
        if (prev == null || !t.adjacent(i - 1, i)) {
            return false;
        }
        return prev.isWord() || prev.is(".", ",", ";", ":", "'", "’", "”", "\"", ")", "]", "[");
    }

    /** "t20240517_11306326", "arizona/651374", "id=42": digits that are part of a path, file name or code. */
    boolean inCode(int i) {
        return t.is(i - 1, "/", "_", "\\", "=", "#", "&") && t.adjacent(i - 1, i)
                || t.is(i + 1, "_", "\\", "/") && t.adjacent(i, i + 1) && !isYear(i);
    }

    /** A number that starts its line: a list or endnote marker ("12.") or a page in a table of contents. */
    boolean isLineMarker(int i) {
        int first = i;
        while (first > 0 && !t.lineBreakBetween(first - 1, first) && t.get(first - 1).is("-", "*", "#", "•")) {
            first--;
        }
        boolean lineStart = first == 0 || t.lineBreakBetween(first - 1, first);
        if (!lineStart) {
            return t.is(i - 1, "page", "p", "pp", "pages", "no", "vol", "para", "paragraph", "fig", "figure");
        }
        Tokens.Token next = t.at(i + 1);
        if (next == null || t.lineBreakBetween(i, i + 1)) {
            return true;                                               // a line holding only a number
        }
        if (next.is(".", ")") && t.adjacent(i, i + 1)) {
            return true;                                               // "12. Author, Title"
        }
        int n = i + 1;
        while (t.at(n) != null && t.get(n).is("*")) {
            n++;
        }
        return t.at(n) != null && t.get(n).capitalised() && lineLength(i) < 80;  // "- 4 Introduction"
    }

    private int lineLength(int i) {
        String text = t.text();
        int s = text.lastIndexOf('\n', t.get(i).start()) + 1;
        int e = text.indexOf('\n', t.get(i).start());
        return (e < 0 ? text.length() : e) - s;
    }

    /** "5 min read", "a 7-minute read". */
    boolean isReadingTime(int i) {
        int n = t.is(i + 1, "-") ? i + 2 : i + 1;
        return t.is(n, "min", "mins", "minute", "minutes") && t.is(n + 1, "read");
    }
}
