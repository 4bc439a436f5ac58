package org.crdash.extraction;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;

/**
 * Numbers written in words: cardinals ("forty", "twenty-five", "a hundred"), fractions ("half", "a third",
 * "three-quarters", "one-tenth", "one-and-half") and scale words ("million", "billion").
 */
final class NumberWords {

    /** A number read from tokens {@code [start, end)}. */
    record Read(BigDecimal value, int end, boolean fraction) {
    }

    private static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20),
            Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60),
            Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90), Map.entry("dozen", 12));

    private static final Map<String, Integer> DENOMINATORS = Map.ofEntries(
            Map.entry("half", 2), Map.entry("halves", 2), Map.entry("third", 3), Map.entry("thirds", 3),
            Map.entry("quarter", 4), Map.entry("quarters", 4), Map.entry("fifth", 5), Map.entry("fifths", 5),
            Map.entry("sixth", 6), Map.entry("sixths", 6), Map.entry("seventh", 7), Map.entry("eighth", 8),
            Map.entry("ninth", 9), Map.entry("tenth", 10), Map.entry("tenths", 10));

    static final Map<String, BigDecimal> SCALES = Map.of(
            "hundred", BigDecimal.valueOf(100), "thousand", BigDecimal.valueOf(1_000),
            "million", BigDecimal.valueOf(1_000_000), "billion", BigDecimal.valueOf(1_000_000_000),
            "trillion", BigDecimal.valueOf(1_000_000_000_000L));

    static final Map<String, Integer> ORDINALS = Map.of("first", 1, "second", 2, "third", 3, "fourth", 4,
            "fifth", 5, "sixth", 6, "seventh", 7, "eighth", 8, "ninth", 9, "tenth", 10);

    private NumberWords() {
    }

    /** A cardinal such as "forty", "twenty-five", "seventy two"; null if token {@code i} is none. */
    static Integer cardinal(String lower) {
        Integer v = UNITS.get(lower);
        if (v != null) {
            return v;
        }
        int dash = lower.indexOf('-');
        if (dash > 0) {
            Integer tens = UNITS.get(lower.substring(0, dash));
            Integer ones = UNITS.get(lower.substring(dash + 1));
            if (tens != null && ones != null && tens >= 20 && tens % 10 == 0 && ones > 0 && ones < 10) {
                return tens + ones;
            }
        }
        return null;
    }

    /**
     * Reads a number in words at token {@code i}: a cardinal, a fraction, or a cardinal with "and a half";
     * null if there is none. Scale words after it are left to the caller.
     */
    static Read read(Tokens t, int i) {
        Tokens.Token tok = t.at(i);
        if (tok == null || !tok.isWord()) {
            return null;
        }
        Read fraction = fraction(t, i);
        if (fraction != null) {
            return fraction;
        }
        Integer v = cardinal(tok.lower());
        if (v == null) {
            return null;
        }
        int end = i + 1;
        if (t.is(end, "hundred") && v < 10) {             // "two hundred", "a hundred" is handled as a scale
            v *= 100;
            end++;
            if (t.is(end, "and") && t.at(end + 1) != null && cardinal(t.get(end + 1).lower()) != null) {
                v += cardinal(t.get(end + 1).lower());
                end += 2;
            }
        }
        BigDecimal value = BigDecimal.valueOf(v);
        if (t.phraseAt(end, "and a half")) {                 // "two and a half"
            return new Read(value.add(new BigDecimal("0.5")), end + 3, false);
        }
        if (t.is(end, "and-a-half", "and-half")) {
            return new Read(value.add(new BigDecimal("0.5")), end + 1, false);
        }
        return new Read(value, end, false);
    }

    /** "half", "a third", "two-thirds", "three-quarters", "one-tenth", "one-and-half" (1.5). */
    private static Read fraction(Tokens t, int i) {
        String w = t.get(i).lower();
        if (w.endsWith("-and-half") || w.endsWith("-and-a-half")) {
            Integer whole = cardinal(w.substring(0, w.indexOf("-and-")));
            return whole == null ? null : new Read(BigDecimal.valueOf(whole).add(new BigDecimal("0.5")), i + 1, false);
        }
        int dash = w.indexOf('-');
        if (dash > 0) {                                      // "two-thirds", "one-tenth"
            Integer num = cardinal(w.substring(0, dash));
            Integer den = DENOMINATORS.get(w.substring(dash + 1));
            if (num != null && den != null && num < den) {
                return new Read(ratio(num, den), i + 1, true);
            }
            return null;
        }
        if (w.equals("half")) {
            return new Read(ratio(1, 2), i + 1, true);
        }
        Integer num = w.equals("a") || w.equals("one") ? Integer.valueOf(1) : cardinal(w);
        Tokens.Token next = t.at(i + 1);
        if (num != null && next != null && !t.lineBreakBetween(i, i + 1)) {
            Integer den = DENOMINATORS.get(next.lower());
            // "a third" is a fraction only where "of" follows ("a third of its trade"), never "a third term"
            boolean plural = next.lower().endsWith("s") && !next.lower().equals("halves");
            boolean comparison = t.is(i + 2, "that", "the") && t.is(i + 3, "of", "size");
            if (den != null && num < den && (t.is(i + 2, "of") || comparison || plural && num > 1)) {
                return new Read(ratio(num, den), i + 2, true);
            }
        }
        return null;
    }

    private static BigDecimal ratio(int num, int den) {
        return BigDecimal.valueOf(num).divide(BigDecimal.valueOf(den), new MathContext(3)).stripTrailingZeros();
    }
}
