package org.crdash.extraction;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.FilteredBreakIteratorBuilder;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a text into sentences with ICU's rule-based sentence break iterator, tuned for news and report
 * prose: no break after abbreviations ("U.S.", "Dec.", "No."), a break after a footnote marker glued to the
 * full stop ("power.17 The"), markers at a sentence's start given back to the sentence they belong to
 * ("<sup>4</sup>", "[12]"), and each sentence trimmed of surrounding blanks. Line breaks always end a
 * sentence (headlines, list items and endnotes carry no full stop). Decimals ("$244.8") and closing quotes
 * (“... proclaim.”) are ICU's own rules.
 */
public final class Sentences {

    /** One sentence; offsets are {@code String} indices into the text (see {@link org.crdash.source.TextOffsets}). */
    public record Sentence(int start, int end, String text) {
    }

    private static final String[] ABBREVIATIONS = {"U.S.", "U.K.", "U.N.", "E.U.", "Jan.", "Feb.", "Mar.", "Apr.",
        "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.", "No.", "Nos.", "Vol.", "vol.", "no.",
        "pp.", "p.", "para.", "fig.", "Fig.", "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Gen.", "Lt.", "Col.", "Sen.",
        "Rep.", "Gov.", "Pres.", "St.", "Mt.", "Inc.", "Ltd.", "Co.", "Corp.", "Jr.", "Sr.", "e.g.", "i.e.",
        "cf.", "approx.", "est.", "ca.", "c.", "vs.", "v.", "Art.", "Sec.", "Ed.", "eds.", "al."};
    /** "power.17 The": ICU reads ".17" as a decimal; a footnote number after a word's full stop ends it. */
    private static final Pattern GLUED_FOOTNOTE = Pattern.compile("(?:(?<=\\p{L}[.!?][”’\"']?)\\d{1,3}"
            + "|(?<=[.!?,;:][”’\"']?)<sup>\\d{1,3}</sup>)(?=\\s+[\\p{Lu}“\"'‘])");
    /** Markers that open a sentence but close the previous one. */
    private static final Pattern LEADING_MARKER = Pattern.compile("^(?:<sup>\\s*\\d{1,3}\\s*</sup>|\\[\\d{1,3}]|"
            + "[\u00b9\u00b2\u00b3\u2070-\u2079]+)");

    private Sentences() {
    }

    public static List<Sentence> of(String text) {
        BreakIterator it = iterator();
        it.setText(text);
        List<int[]> spans = new ArrayList<>();
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            splitAtGluedFootnotes(text, start, end, spans);
        }
        return trimmed(text, reattachMarkers(text, joinedAfterAbbreviations(text, spans)));
    }

    /**
     * ICU's filter misses an abbreviation after another one earlier in the same sentence ("On Feb. 24, 2023,
     * the U.S. Treasury"): a break right after a listed abbreviation, with no line break, is undone here.
     */
    private static List<int[]> joinedAfterAbbreviations(String text, List<int[]> spans) {
        List<int[]> out = new ArrayList<>();
        for (int[] s : spans) {
            if (!out.isEmpty() && endsWithAbbreviation(text, out.getLast()) && !text.substring(out.getLast()[0],
                    s[0]).endsWith("\n") && text.charAt(s[0] - 1) != '\n') {
                out.getLast()[1] = s[1];
            } else {
                out.add(new int[] {s[0], s[1]});
            }
        }
        return out;
    }

    private static boolean endsWithAbbreviation(String text, int[] span) {
        String s = text.substring(span[0], span[1]).stripTrailing();
        for (String a : ABBREVIATIONS) {
            if (s.endsWith(a) && (s.length() == a.length() || !Character.isLetterOrDigit(s.charAt(s.length() - a.length() - 1))
                    && s.charAt(s.length() - a.length() - 1) != '.')) {
                return true;
            }
        }
        return false;
    }

    private static BreakIterator iterator() {
        FilteredBreakIteratorBuilder builder = FilteredBreakIteratorBuilder.getInstance(ULocale.ENGLISH);
        for (String a : ABBREVIATIONS) {
            builder.suppressBreakAfter(a);
        }
        return builder.wrapIteratorWithFilter(BreakIterator.getSentenceInstance(ULocale.ENGLISH));
    }

    private static void splitAtGluedFootnotes(String text, int start, int end, List<int[]> spans) {
        Matcher m = GLUED_FOOTNOTE.matcher(text).region(start, end);
        int from = start;
        while (m.find()) {
            int cut = m.end();
            spans.add(new int[] {from, cut});
            from = cut;
        }
        spans.add(new int[] {from, end});
    }

    private static List<int[]> reattachMarkers(String text, List<int[]> spans) {
        for (int k = 1; k < spans.size(); k++) {
            int[] s = spans.get(k);
            int lead = s[0];
            while (lead < s[1] && text.charAt(lead) == ' ') {
                lead++;
            }
            Matcher m = LEADING_MARKER.matcher(text).region(lead, s[1]);
            if (m.lookingAt() && text.substring(spans.get(k - 1)[0], lead).stripTrailing().length()
                    + spans.get(k - 1)[0] > text.lastIndexOf('\n', lead)) {     // same line as the sentence before
                spans.get(k - 1)[1] = m.end();
                s[0] = m.end();
            }
        }
        return spans;
    }

    private static List<Sentence> trimmed(String text, List<int[]> spans) {
        List<Sentence> out = new ArrayList<>();
        for (int[] s : spans) {
            int a = s[0];
            int b = s[1];
            while (a < b && Character.isWhitespace(text.charAt(a))) {
                a++;
            }
            while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
                b--;
            }
            if (b > a) {
                out.add(new Sentence(a, b, text.substring(a, b)));
            }
        }
        return out;
    }

    /** The index in {@code sentences} of the sentence holding offset {@code pos}, or -1. */
    public static int indexAt(List<Sentence> sentences, int pos) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Sentence s = sentences.get(mid);
            if (pos < s.start()) {
                hi = mid - 1;
            } else if (pos >= s.end()) {
                lo = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
    }
}
