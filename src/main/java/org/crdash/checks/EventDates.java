package org.crdash.checks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Event date conflicts: two sources dating the same event differently.
 * <p>
 * <b>The same event</b> (there is no explicit link between events; seeded events repeat across sources as the same
 * category with a reworded title, e.g. "Russia launches full-scale invasion of Ukraine" / "… large-scale invasion
 * …" / "Start of Russia's full-scale invasion of Ukraine"): two live, dated events of <i>different sources</i>, of
 * the <i>same category</i>, whose titles' significant words (lower case, possessive "'s" dropped, split at anything
 * but letters and digits, without the stop words below) are either at least {@link #SIMILAR} alike (shared words /
 * all words, Jaccard) or one title's words, at least three, are all in the other's ("Russia annexes Crimea" and
 * "Russia annexes Crimea (not recognized by China)").
 * <p>
 * <b>A conflict</b>: each date stands for the interval its precision gives (a "2024" event is 1 Jan – 31 Dec
 * 2024, "2024-05" the month, "2024-05-16" one day); the dates conflict only when the intervals do not overlap, so
 * "2024" and "2024-05-16" do not. The numbers: {@code days_apart} (days between the end of the earlier interval and
 * the start of the later one), {@code start_difference_days} and the title similarity.
 */
final class EventDates {

    /** The share of significant title words two titles of one event have in common, at least. */
    static final double SIMILAR = 0.6;
    private static final Set<String> STOP = Set.of("a", "an", "and", "the", "of", "in", "on", "at", "to", "for",
            "with", "by", "from", "as", "its", "is", "are", "was", "be", "into", "over", "after", "amid");

    /** A live, dated event as the check reads it. */
    record Dated(long id, String title, String category, String label, String precision, LocalDate start,
                 LocalDate end, String dateText, String sourceKey, long sourceId, String passage, int passageStart,
                 int passageEnd) {

        Finding.Event involved(String role) {
            return new Finding.Event(id, role, title, category, label, precision, dateText, sourceKey, passage,
                    passageStart, passageEnd);
        }
    }

    private EventDates() {
    }

    /** The conflicts among these events. */
    static List<Finding> find(List<Dated> events) {
        return find(events, events);
    }

    /** The conflicts between a changed event and any of {@code all} (each pair once). */
    static List<Finding> find(Collection<Dated> changed, List<Dated> all) {
        List<Finding> found = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        for (Dated a : changed) {
            for (Dated b : all) {
                Dated first = a.id() < b.id() ? a : b;
                Dated second = first == a ? b : a;
                if (a.id() != b.id() && seen.add(first.id() + ":" + second.id())) {
                    Finding f = compare(first, second);
                    if (f != null) {
                        found.add(f);
                    }
                }
            }
        }
        return found;
    }

    /** Whether the two are the same event by the rule above (not whether their dates agree). */
    static boolean sameEvent(Dated a, Dated b) {
        if (a.sourceId() == b.sourceId() || !a.category().equals(b.category())) {
            return false;
        }
        Set<String> x = words(a.title());
        Set<String> y = words(b.title());
        return similarity(x, y) >= SIMILAR || contained(x, y);
    }

    private static Finding compare(Dated a, Dated b) {
        if (!sameEvent(a, b) || !a.start().isAfter(b.end()) && !b.start().isAfter(a.end())) {
            return null; // not one event, or the precisions overlap: both can be right
        }
        Dated earlier = a.start().isBefore(b.start()) ? a : b;
        Dated later = earlier == a ? b : a;
        long apart = ChronoUnit.DAYS.between(earlier.end(), later.start());
        long starts = ChronoUnit.DAYS.between(earlier.start(), later.start());
        double sim = similarity(words(a.title()), words(b.title()));
        Severity severity = apart >= 365 ? Severity.HIGH : apart >= 31 ? Severity.MEDIUM : Severity.LOW;
        String formula = "\"" + earlier.label() + "\" (" + earlier.precision() + ": " + earlier.start() + " – "
                + earlier.end() + ") ends " + apart + " days before \"" + later.label() + "\" (" + later.precision()
                + ": " + later.start() + " – " + later.end() + ") starts; the dates do not overlap";
        String result = earlier.sourceKey() + " dates it " + earlier.label() + ", " + later.sourceKey() + " "
                + later.label() + ": " + apart + " days apart";
        return new Finding("event_date_conflict:e" + a.id() + ":e" + b.id(), CheckKind.EVENT_DATE_CONFLICT,
                Verdict.CONFLICT, severity, "Event dated differently: " + a.title(), List.of(),
                List.of(earlier.label(), later.label()), List.of(),
                List.of(new Finding.Figure("days_apart", BigDecimal.valueOf(apart), "days"),
                        new Finding.Figure("start_difference_days", BigDecimal.valueOf(starts), "days"),
                        new Finding.Figure("title_similarity", BigDecimal.valueOf(Math.round(sim * 100)), "%")),
                formula, result, List.of(earlier.involved("earlier date"), later.involved("later date")));
    }

    /** The title's significant words. */
    static Set<String> words(String title) {
        Set<String> words = new TreeSet<>();
        for (String w : title.toLowerCase(Locale.ROOT).replace("’s", "").replace("'s", "").split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty() && !STOP.contains(w)) {
                words.add(w);
            }
        }
        return words;
    }

    private static double similarity(Set<String> a, Set<String> b) {
        Set<String> union = new TreeSet<>(a);
        union.addAll(b);
        long shared = a.stream().filter(b::contains).count();
        return union.isEmpty() ? 0 : (double) shared / union.size();
    }

    /** Whether the shorter title's words, at least three, are all in the longer one. */
    private static boolean contained(Set<String> x, Set<String> y) {
        Set<String> small = x.size() <= y.size() ? x : y;
        return small.size() >= 3 && (small == x ? y : x).containsAll(small);
    }
}
