package org.crdash.extraction;

import java.math.BigDecimal;
import java.util.Objects;
import org.crdash.series.Qualifier;

/**
 * A quantity a text states: its value in {@code unit} (declines negative), how it is qualified, and where
 * it is written.
 *
 * @param value     the value as stated, expressed in {@code unit}: "$1 trillion" → 1000 (USD bn), "32.7%" → 32.7,
 *                  "a third of its trade" → 33.3 (%), "fell by $5 billion" → -5
 * @param unit      a code of the {@code unit} table ("USD bn", "%", "km", "count", "rank", "multiple", "years",
 *                  …), or null where the text names no unit
 * @param qualifier exact unless a word before it says "around", "nearly", "more than", "up to", …
 * @param kind      how the number is written
 * @param start     offset of the first character of the number with its unit words (Java {@code String} index,
 *                  see {@link org.crdash.source.TextOffsets})
 * @param end       offset after its last character
 * @param text      {@code text.substring(start, end)} of the text it was found in: "$244.8 billion", "forty"
 * @param reading   how the wording was read, for a reviewer's note: "'half a century' → 50 years"
 */
public record NumberMention(BigDecimal value, String unit, Qualifier qualifier, Kind kind, int start, int end,
        String text, String reading) {

    /** How a number is written. */
    public enum Kind {
        /** digits: 244.8, 1,000,000 */
        DIGITS,
        /** a cardinal in words: forty, two decades */
        WORDS,
        /** a fraction or share in words: half, a third, three-quarters */
        FRACTION,
        /** a multiple: doubled, threefold, ten times */
        MULTIPLE,
        /** a rank from a superlative: the largest, second-largest, top ten */
        RANK
    }

    public NumberMention {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(qualifier, "qualifier");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        if (start < 0 || end <= start || end - start != text.length()) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ") for '" + text + "'");
        }
    }

    /** The value without its sign: what is written ("fell by $5 billion" → 5). */
    public BigDecimal magnitude() {
        return value.abs();
    }

    /** Whether {@code v} is this mention's value, signed or as written, ignoring trailing zeros. */
    public boolean states(BigDecimal v) {
        return value.compareTo(v) == 0 || magnitude().compareTo(v.abs()) == 0;
    }
}
