package org.crdash.extraction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crdash.series.Qualifier;

/**
 * The one reader of numbers in prose: every quantity a text states, with value, unit, qualifier, sign and
 * span. Used by the extraction assistant for candidates and by the claim checker to see whether a value is
 * written in its passage.
 *
 * <pre>{@code
 * List<NumberMention> found = NumberMentions.find("Trade fell by about $5 billion in 2023.");
 * // [-5 USD bn approx "$5 billion" at 22..32]; the year is a date, not a quantity
 * }</pre>
 *
 * It reads digits with separators and decimals ("$244.8 billion", "1,000,000", "38.8 bcm"), words ("forty",
 * "two decades", "one-and-half million"), fractions ("half", "a third", "three-quarters of a century"),
 * multiples ("doubled", "threefold", "ten times") and ranks ("the largest", "second-largest", "top ten"). It
 * skips years and dates, page numbers, list and footnote markers, reading times, ordinals, numbers in names
 * and URLs (see {@link NotQuantities}).
 */
public final class NumberMentions {

    private static final Map<String, Integer> MULTIPLE_VERBS = Map.ofEntries(Map.entry("doubled", 2),
            Map.entry("double", 2), Map.entry("doubling", 2), Map.entry("doubles", 2), Map.entry("tripled", 3),
            Map.entry("triple", 3), Map.entry("tripling", 3), Map.entry("trebled", 3), Map.entry("quadrupled", 4),
            Map.entry("quadruple", 4), Map.entry("quadrupling", 4));
    private static final Set<String> HALVING = Set.of("halved", "halve", "halving", "halves");
    private static final Set<String> SUPERLATIVES = Set.of("largest", "biggest", "longest", "greatest", "highest",
            "lowest", "smallest", "strongest", "richest", "poorest", "fastest", "deepest", "busiest", "leading");
    private static final Set<String> COMPARATIVES = Set.of("as", "more", "larger", "bigger", "higher", "greater",
            "the", "that", "smaller", "less", "lower", "faster", "over", "longer", "what");
    /** "the two countries": the number names the two parties already spoken of, not a quantity. */
    private static final Set<String> REFERENTS = Set.of("countries", "sides", "leaders", "nations", "partners",
            "powers", "states", "men", "capitals", "governments", "presidents", "neighbours", "neighbors",
            "giants", "parties", "regimes", "economies", "militaries", "of");

    private NumberMentions() {
    }

    /** Every quantity stated in {@code text}, in text order. */
    public static List<NumberMention> find(String text) {
        Tokens t = Tokens.of(text);
        NotQuantities skip = new NotQuantities(t);
        List<NumberMention> found = new ArrayList<>();
        int i = 0;
        while (i < t.size()) {
            Read r = rank(t, i);
            if (r == null) {
                r = multiple(t, i);
            }
            if (r == null && t.get(i).isNumber()) {
                r = digits(t, skip, i);
            }
            if (r == null && t.get(i).isWord()) {
                r = words(t, skip, i);
            }
            if (r == null) {
                i++;
                continue;
            }
            found.add(mention(t, r));
            i = r.end;
        }
        return found;
    }

    /** A number recognised at tokens [first, end) (first may be a currency sign), before modifiers. */
    private record Read(int first, int end, BigDecimal value, String unit, NumberMention.Kind kind, String reading) {
    }

    private static NumberMention mention(Tokens t, Read r) {
        Modifiers.Qualified q = Modifiers.qualifier(t, r.first);
        BigDecimal value = r.kind != NumberMention.Kind.RANK && Modifiers.decline(t, q.start()) ? r.value.negate()
                : r.value;
        Qualifier qualifier = r.kind == NumberMention.Kind.RANK && r.reading.startsWith("'top")
                ? Qualifier.APPROX : q.qualifier();
        int start = t.get(r.first).start();
        int end = t.get(r.end - 1).end();
        String reading = r.reading;
        if (!q.words().isEmpty()) {
            reading = (reading.isEmpty() ? "" : reading + "; ") + "'" + q.words() + "' → " + qualifier.code();
        }
        if (value.signum() < 0) {
            reading = (reading.isEmpty() ? "" : reading + "; ") + "a decline, recorded negative";
        }
        return new NumberMention(value.stripTrailingZeros(), r.unit, qualifier, r.kind, start, end,
                t.text().substring(start, end), reading);
    }

    private static Read digits(Tokens t, NotQuantities skip, int i) {
        if (skip.inUrl(i) || skip.isDecadeOrYearRange(i) || skip.inCode(i) || skip.isFootnoteMarker(i) && markup(t, i) || skip.isDatePartOrOrdinal(i) || skip.isReadingTime(i)
                || skip.isLineMarker(i)) {
            return null;
        }
        BigDecimal value = new BigDecimal(t.get(i).text().replace(",", "").replace("\u00a0", ""));
        if (t.is(i + 1, "-") && t.is(i + 2, "fold") || t.is(i + 1, "times") && COMPARATIVES.contains(lower(t, i + 2))) {
            int end = t.is(i + 1, "-") ? i + 3 : i + 2;
            return new Read(i, end, value, "multiple", NumberMention.Kind.MULTIPLE, "");
        }
        int first = i;
        String currency = null;
        if (t.is(i - 1, "$") && t.adjacent(i - 1, i)) {
            first = t.is(i - 2, "us") && t.adjacent(i - 2, i - 1) ? i - 2 : i - 1;
            currency = "USD";
        } else if (t.is(i - 1, "usd", "rmb", "cny", "¥")) {
            first = i - 1;
            currency = t.is(i - 1, "usd") ? "USD" : "RMB";
        }
        UnitReader.Reading u = UnitReader.read(t, i + 1, currency != null, currency, value);
        boolean realUnit = u.unit() != null && !u.unit().equals("count");
        if (u.end() == i + 1 && t.at(i + 1) != null && t.get(i + 1).isWord() && t.adjacent(i, i + 1)) {
            return null;                                           // "16x9", "5G", "3D": a code, not a quantity
        }
        if (currency == null && !realUnit && (skip.isFootnoteMarker(i) || skip.inName(i))) {
            return null;
        }
        if (currency == null && skip.isYear(i) && !realUnit && u.end() == i + 1) {
            return null;                                           // "in 2023": a date, read by the period reader
        }
        if (currency == null && skip.isYear(i) && "count".equals(u.unit())) {
            return null;                                           // "the 2024 elections"
        }
        String reading = u.value().compareTo(value) != 0 ? "'" + span(t, first, u.end()) + "' → "
                + u.value().stripTrailingZeros().toPlainString() + " " + u.unit() : "";
        return new Read(first, u.end(), u.value(), u.unit(), NumberMention.Kind.DIGITS, reading);
    }

    private static Read words(Tokens t, NotQuantities skip, int i) {
        Tokens.Token tok = t.get(i);
        if (tok.capitalised() && (skip.inName(i) || t.at(i + 1) != null && t.get(i + 1).capitalised())) {
            return null;                                           // "World War Two"
        }
        if (tok.is("twice")) {
            boolean asMultiple = COMPARATIVES.contains(lower(t, i + 1));
            return new Read(i, i + 1, BigDecimal.valueOf(2), asMultiple ? "multiple" : "count",
                    asMultiple ? NumberMention.Kind.MULTIPLE : NumberMention.Kind.WORDS, "'twice' → 2");
        }
        NumberWords.Read w = NumberWords.read(t, i);
        if (w == null) {
            return null;
        }
        if (w.fraction()) {
            return fraction(t, i, w);
        }
        if (tok.is("a", "an")) {
            return null;
        }
        if (tok.is("one") && !NumberWords.SCALES.containsKey(lower(t, w.end()))
                && !t.is(w.end(), "per", "percent", "year", "day", "decade", "century", "week")) {
            return null;                                           // "one of", "no one", "one instance"
        }
        if (tok.is("two") && t.is(i - 1, "the", "their", "these", "those", "both")
                || t.is(i - 1, "the", "these", "those", "both", "all") && REFERENTS.contains(lower(t, w.end()))
                || t.is(w.end(), "of") && t.is(w.end() + 1, "them", "us", "these", "those", "the")) {
            return null;                                           // "the two countries", "two of them"
        }
        String times = lower(t, w.end());
        if (times.equals("times") && COMPARATIVES.contains(lower(t, w.end() + 1)) || times.equals("fold")) {
            return new Read(i, w.end() + 1, w.value(), "multiple", NumberMention.Kind.MULTIPLE,
                    "'" + span(t, i, w.end() + 1) + "' → " + w.value());
        }
        UnitReader.Reading u = UnitReader.read(t, w.end(), false, null, w.value());
        if (u.unit() == null && u.end() == w.end()) {
            return null;                                           // "two" alone: a pronoun more often than not
        }
        return new Read(i, u.end(), u.value(), u.unit(), NumberMention.Kind.WORDS,
                "'" + span(t, i, u.end()) + "' → " + u.value().stripTrailingZeros().toPlainString() + " " + u.unit());
    }

    /**
     * "half a century" (50 years), "three-quarters of a century" (75), "more than half of its revenue" (50 %),
     * "one-tenth that of China's" (0.1, a multiple). A bare "half" ("the first half of 2025") is a period.
     */
    private static Read fraction(Tokens t, int i, NumberWords.Read w) {
        int n = w.end();
        int of = t.is(n, "of") ? n + 1 : n;
        if (t.is(of, "a", "an")) {
            UnitReader.Reading u = UnitReader.read(t, of + 1, false, null, w.value());
            if (u.end() > of + 1 && u.unit() != null) {
                return new Read(i, u.end(), u.value(), u.unit(), NumberMention.Kind.FRACTION,
                        "'" + span(t, i, u.end()) + "' → " + u.value().stripTrailingZeros().toPlainString() + " "
                                + u.unit());
            }
        }
        if (t.is(i - 1, "first", "second") || t.is(i - 1, "the") && t.is(i - 2, "in", "of")) {
            return null;
        }
        if (t.is(n, "that", "the") && t.is(n + 1, "of", "size")) {
            return new Read(i, n, w.value(), "multiple", NumberMention.Kind.FRACTION,
                    "'" + span(t, i, n) + "' → " + w.value() + " times");
        }
        if (t.is(n, "of")) {
            BigDecimal pct = w.value().multiply(BigDecimal.valueOf(100)).setScale(1, java.math.RoundingMode.HALF_UP)
                    .stripTrailingZeros();
            return new Read(i, n, pct, "%", NumberMention.Kind.FRACTION, "'" + span(t, i, n) + "' → " + pct + " %");
        }
        return null;
    }

    private static Read multiple(Tokens t, int i) {
        String w = t.get(i).lower();
        Integer factor = MULTIPLE_VERBS.get(w);
        BigDecimal value = factor != null ? BigDecimal.valueOf(factor) : HALVING.contains(w) ? new BigDecimal("0.5")
                : null;
        if (value == null && w.endsWith("fold")) {
            Integer c = NumberWords.cardinal(w.substring(0, w.length() - 4).replaceAll("-$", ""));
            value = c == null ? null : BigDecimal.valueOf(c);
        }
        if (value == null || t.is(i + 1, "down", "standards", "standard", "taxation", "digits")
                || w.equals("double") && !t.is(i - 1, "could", "would", "will", "to", "may", "might")
                && !t.is(i + 1, "in", "the", "its", "their", "by")) {
            return null;                                           // "double standards", "double taxation"
        }
        return new Read(i, i + 1, value, "multiple", NumberMention.Kind.MULTIPLE, "'" + t.get(i).text() + "' → "
                + value.toPlainString() + " times");
    }

    /** "the largest", "China's second-largest", "the sixth longest", "top ten": a rank (1 = first). */
    private static Read rank(Tokens t, int i) {
        String w = t.get(i).lower();
        if (w.equals("top") && t.at(i + 1) != null) {
            String n = t.get(i + 1).lower();
            Integer c = t.get(i + 1).isNumber() && n.matches("\\d{1,3}") ? Integer.valueOf(n) : NumberWords.cardinal(n);
            if (c != null && c > 1) {
                return new Read(i, i + 2, BigDecimal.valueOf(c), "rank", NumberMention.Kind.RANK,
                        "'top " + t.get(i + 1).text() + "' → within the first " + c + ", rank ≈ " + c);
            }
            return null;
        }
        int dash = w.indexOf('-');
        Integer ordinal = 1;
        String superlative = w;
        int first = i;
        if (dash > 0 && NumberWords.ORDINALS.containsKey(w.substring(0, dash))) {
            ordinal = NumberWords.ORDINALS.get(w.substring(0, dash));
            superlative = w.substring(dash + 1);
        } else if (NumberWords.ORDINALS.containsKey(w) && t.at(i + 1) != null
                && SUPERLATIVES.contains(t.get(i + 1).lower())) {
            ordinal = NumberWords.ORDINALS.get(w);
            superlative = t.get(i + 1).lower();
            i++;
        }
        if (!SUPERLATIVES.contains(superlative) || superlative.equals("leading") && ordinal == 1) {
            return null;
        }
        boolean determined = t.is(first - 1, "the", "its", "their", "his", "her", "our", "world's")
                || t.at(first - 1) != null && t.get(first - 1).lower().endsWith("'s");
        Tokens.Token next = t.at(i + 1);
        if (!determined || next == null || !next.isWord() || next.is("ever", "of", "since", "and", "to")
                || t.phraseAt(first - 3, "one of the") || t.phraseAt(first - 3, "some of the")) {
            return null;                                           // "the largest ever", "one of the largest"
        }
        return new Read(first, i + 1, BigDecimal.valueOf(ordinal), "rank", NumberMention.Kind.RANK,
                "'" + span(t, first, i + 1) + "' → rank " + ordinal);
    }

    /** A marker in markup ("<sup>4</sup>") is never a quantity, whatever follows it. */
    private static boolean markup(Tokens t, int i) {
        return t.is(i - 1, ">", "[") || t.is(i + 1, "<");
    }

    private static String lower(Tokens t, int i) {
        return t.at(i) == null ? "" : t.get(i).lower();
    }

    private static String span(Tokens t, int from, int to) {
        return t.text().substring(t.get(from).start(), t.get(to - 1).end());
    }
}
