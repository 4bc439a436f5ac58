package org.crdash.extraction;

import java.util.List;
import java.util.Set;
import org.crdash.series.Qualifier;

/**
 * The words before a number that qualify it ("around", "nearly", "more than", "up to", "surpassing") or make
 * it a decline ("fell by", "dropped", "a decline of").
 */
final class Modifiers {

    /** A qualifier and the token where its words begin. */
    record Qualified(Qualifier qualifier, int start, String words) {
    }

    private record Phrase(String words, Qualifier qualifier) {
    }

    // longest first, so "more than" wins over "than" and "an estimated" over "estimated"
    private static final List<Phrase> PHRASES = List.of(
            new Phrase("the best part of", Qualifier.ALMOST), new Phrase("no more than", Qualifier.LESS_THAN),
            new Phrase("in excess of", Qualifier.MORE_THAN), new Phrase("upwards of", Qualifier.MORE_THAN),
            new Phrase("more than", Qualifier.MORE_THAN), new Phrase("at least", Qualifier.MORE_THAN),
            new Phrase("less than", Qualifier.LESS_THAN), new Phrase("fewer than", Qualifier.LESS_THAN),
            new Phrase("at most", Qualifier.LESS_THAN), new Phrase("up to", Qualifier.LESS_THAN),
            new Phrase("just under", Qualifier.LESS_THAN), new Phrase("just over", Qualifier.MORE_THAN),
            new Phrase("close to", Qualifier.ALMOST), new Phrase("an estimated", Qualifier.APPROX),
            new Phrase("an average of", Qualifier.EXACT),
            new Phrase("around", Qualifier.APPROX), new Phrase("about", Qualifier.APPROX),
            new Phrase("roughly", Qualifier.APPROX), new Phrase("approximately", Qualifier.APPROX),
            new Phrase("some", Qualifier.APPROX), new Phrase("circa", Qualifier.APPROX),
            new Phrase("estimated", Qualifier.APPROX), new Phrase("~", Qualifier.APPROX),
            new Phrase("nearly", Qualifier.ALMOST), new Phrase("almost", Qualifier.ALMOST),
            new Phrase("over", Qualifier.MORE_THAN), new Phrase("above", Qualifier.MORE_THAN),
            new Phrase("exceeding", Qualifier.MORE_THAN), new Phrase("surpassing", Qualifier.MORE_THAN),
            new Phrase("surpassed", Qualifier.MORE_THAN), new Phrase("exceeded", Qualifier.MORE_THAN),
            new Phrase("topping", Qualifier.MORE_THAN), new Phrase("topped", Qualifier.MORE_THAN),
            new Phrase("under", Qualifier.LESS_THAN), new Phrase("below", Qualifier.LESS_THAN));

    private static final Set<String> DECLINES = Set.of("fell", "fall", "falls", "falling", "dropped", "drop",
            "drops", "dropping", "declined", "decline", "declines", "declining", "decreased", "decrease",
            "decreases", "shrank", "shrunk", "shrink", "shrinks", "contracted", "contraction", "slumped", "slump",
            "plunged", "plunge", "plummeted", "slid", "tumbled", "sank", "down");

    private Modifiers() {
    }

    /** The qualifier whose words end just before token {@code i} (an article "the" may stand between). */
    static Qualified qualifier(Tokens t, int i) {
        for (int gap = 0; gap <= 1; gap++) {
            if (gap == 1 && !t.is(i - 1, "the", "a")) {
                break;
            }
            int before = i - gap;
            for (Phrase p : PHRASES) {
                int n = p.words().split(" ").length;
                if (t.phraseAt(before - n, p.words()) && !t.lineBreakBetween(before - n, i)) {
                    // "about" and "over" are also prepositions: "talks about 40 projects" stays approx,
                    // but "over the past two decades" (an article between) is not a qualifier
                    if (gap == 1 && !p.words().startsWith("surpass") && !p.words().startsWith("exceed")
                            && !p.words().startsWith("top")) {
                        continue;
                    }
                    return new Qualified(p.qualifier(), before - n, p.words());
                }
            }
        }
        return new Qualified(Qualifier.EXACT, i, "");
    }

    /**
     * Whether the words before token {@code i} make the number a decline: "fell by 5%", "dropped 10 per cent",
     * "a decline of 3%". "fell to 5%" states a level, not a change, and stays positive.
     */
    static boolean decline(Tokens t, int i) {
        int k = i - 1;
        if (t.is(k, "by", "of")) {
            k--;
        } else if (t.is(k, "to")) {
            return false;
        }
        if (t.is(k, "a", "an") || t.is(k, "sharply", "steeply", "slightly")) {
            k--;
        }
        return t.at(k) != null && DECLINES.contains(t.get(k).lower()) && !t.lineBreakBetween(k, i);
    }
}
