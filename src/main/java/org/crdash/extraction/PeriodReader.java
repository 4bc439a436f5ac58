package org.crdash.extraction;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.crdash.base.Period;
import org.crdash.base.PeriodPrecision;

/**
 * Reads the period a stated number belongs to, from its sentence and the sentence before it, in the period
 * grammar of the seed data: "$190 billion in 2022" → 2022; "increased by 32.7% between 2022 and 2023" →
 * 2022/2023; "grew 36% in 2022" and "up 35 percent year-on-year" in 2021 → base/end 2021/2022 and 2020/2021;
 * "since 2006" → 2006 until the time of writing; "prior to 2006" → 2005; "now accounts for", or nothing
 * said → the time of writing, with the reading in the note.
 */
final class PeriodReader {

    /** What the period was read as and why. */
    record Reading(String label, String reading) {
    }

    private static final Pattern GROWTH_BEFORE = Pattern.compile("\\b(grew|grow|grows|growing|grown|rose|rise|rises"
            + "|rising|risen|increased|increase|increases|increasing|jumped|jump|jumps|jumping|surged|surging|soared"
            + "|climbed|expanded|expanding|fell|fall|falls|falling|fallen|dropped|drop|dropping|declined|decline"
            + "|declining|decreased|decrease|shrank|shrinking|contracted|slumped|plunged|growth|up|down|gain|gained)"
            + "(?:\\s+(?:by|of|some|about|around|roughly|nearly|almost|more\\s+than|over|under|less\\s+than|just|an?"
            + "|a\\s+further|an\\s+estimated|only))*\\s*$");
    private static final Pattern GROWTH_AFTER = Pattern.compile("^\\s*(?:increase|rise|growth|jump|gain|drop|decline"
            + "|fall|annual\\s+(?:growth|increase|rise)|more\\s+than\\s+(?:a|the\\s+previous)\\s+year|on\\s+the\\s+year)");
    private static final Pattern NOW = Pattern.compile("(?i)\\b(now|currently|today|at\\s+present|presently|"
            + "these\\s+days|at\\s+the\\s+moment)\\b");
    private static final Pattern PRESENT = Pattern.compile("\\b(is|are|accounts?|remains?|stands?|makes?\\s+up"
            + "|holds?|shares?|provides?|supplies?|comes?|consists?|exceeds?|owns?|hosts?|employs?)\\b");

    private PeriodReader() {
    }

    /**
     * @param text      the source's full text
     * @param mention   the number
     * @param sentences the text's sentences
     * @param at        the index of the mention's sentence
     * @param dates     every date of the text
     * @param numbers   every number of the text (a date after a number belongs to the nearest number before it)
     */
    /** How many sentences back, within the paragraph, a date may carry over from. */
    private static final int LOOK_BACK = 3;
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[;—]|,\\s+(?:and|but|while|whereas|although)\\b");
    private static final Pattern BEFORE = Pattern.compile("(?i)\\b(?:before|prior\\s+to|ahead\\s+of)\\b");

    static Reading read(String text, NumberMention mention, List<Sentences.Sentence> sentences, int at,
            List<DateMention> dates, List<NumberMention> numbers, AsOf asOf) {
        Sentences.Sentence s = sentences.get(at);
        String sentence = text.substring(s.start(), s.end());
        DateMention yoy = yearOnYear(dates, s, mention);
        DateMention chosen = inSentence(text, dates, s, mention, numbers);
        String where = "";
        if (chosen == null && at > 0 && !NOW.matcher(sentence).find()) {
            chosen = fromSentencesBefore(text, sentences, at, dates, sentence);
            where = chosen == null ? "" : " (from the sentences before)";
        }
        if (chosen == null) {
            int y = asOf.year();
            Period p = Period.parse(String.valueOf(y));
            return growth(text, mention, yoy) ? baseEnd(p, "no period stated, year-on-year change to the time of "
                    + "writing (" + asOf.reading() + ")")
                    : new Reading(p.label(), "no period stated; read as the time of writing (" + asOf.reading() + ")");
        }
        String wording = "'" + chosen.text() + "'" + where;
        Period p = chosen.period();
        return switch (chosen.role()) {
            case SINCE -> since(p, asOf, wording);
            case BEFORE -> before(p, wording);
            default -> "years".equals(mention.unit()) && p.precision() != PeriodPrecision.YEAR && !p.isRange()
                    ? new Reading(String.valueOf(p.end().getYear()), wording + " → " + p.end().getYear()
                    + " (a duration is counted up to its year)")
                    : p.precision() == PeriodPrecision.YEAR && (growth(text, mention, yoy))
                    ? baseEnd(p, wording + " read as a change from " + (p.start().getYear() - 1) + " to "
                    + p.start().getYear())
                    : new Reading(p.label(), wording + " → " + p.label()
                    + (chosen.reading().isEmpty() ? "" : "; " + chosen.reading()));
        };
    }

    /** The date in the number's own sentence that belongs to it, or null. */
    private static DateMention inSentence(String text, List<DateMention> dates, Sentences.Sentence s,
            NumberMention mention,
            List<NumberMention> numbers) {
        List<DateMention> in = datesIn(dates, s);
        DateMention firstAfter = null;
        DateMention lastBefore = null;
        for (DateMention d : in) {
            if (d.start() >= mention.end() && firstAfter == null) {
                firstAfter = d;
            } else if (d.end() <= mention.start()) {
                lastBefore = d;
            }
        }
        DateMention after = firstAfter;
        String between = after == null ? "" : text.substring(mention.end(), after.start());
        if (after != null && CLAUSE_BREAK.matcher(between).find()) {
            after = null;                                         // "three rounds …, and in 2022 and 2023, …"
        }
        DateMention own = after;
        if (own != null && numbers.stream().noneMatch(n -> n.start() >= mention.end()
                && n.end() <= own.start() && n.unit() != null)) {
            return before(own, between);                          // "$190 billion in 2022"
        }
        return lastBefore != null ? lastBefore : after;           // "In 2021, 24 per cent …"
    }

    /** "18 percent before Putin's onslaught in 2022": the number holds up to the date, not at it. */
    private static DateMention before(DateMention d, String between) {
        if (d.role() == DateMention.Role.AT && BEFORE.matcher(between).find()) {
            return new DateMention(d.start(), d.end(), d.text(), d.period(), DateMention.Role.BEFORE, d.reading());
        }
        return d;
    }

    private static List<DateMention> datesIn(List<DateMention> dates, Sentences.Sentence s) {
        return dates.stream().filter(d -> d.start() >= s.start() && d.end() <= s.end()
                && d.role() != DateMention.Role.YEAR_ON_YEAR).toList();
    }

    /**
     * A date carried over from the sentences before, within the same paragraph: a date opening one of the
     * last three sentences sets the time the paragraph speaks of ("In 2023, trade grew … China has imported
     * …"); otherwise the last date of the sentence just before, where the number's sentence goes on about the
     * same occasion: always for a month or a day ("In June 2025, Xi travelled to Astana … Agreements worth $25
     * billion were signed"), for a year only when the sentence is not in the present tense (present tense
     * reads as the time of writing). Dates something is meant for ("a goal for 2025") never carry over.
     */
    private static DateMention fromSentencesBefore(String text, List<Sentences.Sentence> sentences, int at,
            List<DateMention> dates, String sentence) {
        boolean present = PRESENT.matcher(sentence.toLowerCase(Locale.ROOT)).find();
        for (int k = at - 1; k >= Math.max(0, at - LOOK_BACK); k--) {
            Sentences.Sentence before = sentences.get(k);
            if (text.substring(before.end(), sentences.get(k + 1).start()).contains("\n")) {
                return null;                                      // another paragraph
            }
            List<DateMention> in = datesIn(dates, before).stream().filter(d -> !DateMentions.prospective(text, d))
                    .toList();
            if (in.isEmpty()) {
                continue;
            }
            DateMention opening = in.getFirst().start() <= before.start() + 3 ? in.getFirst() : null;
            if (opening != null) {
                return opening;                                   // "In 2023, trade grew … China has imported …"
            }
            DateMention last = in.getLast();
            boolean occasion = last.precision() == PeriodPrecision.MONTH || last.precision() == PeriodPrecision.DAY;
            return k == at - 1 && (occasion || !present) ? last : null;
        }
        return null;
    }

    private static DateMention yearOnYear(List<DateMention> dates, Sentences.Sentence s, NumberMention mention) {
        for (DateMention d : dates) {
            if (d.role() == DateMention.Role.YEAR_ON_YEAR && d.start() >= s.start() && d.end() <= s.end()
                    && d.start() >= mention.end() && d.start() - mention.end() <= 25) {
                return d;
            }
        }
        return null;
    }

    /** A growth rate: a share or a change in per cent after "grew", "fell by", "up", or before "increase". */
    private static boolean growth(String text, NumberMention mention, DateMention yoy) {
        if (mention.kind() == NumberMention.Kind.MULTIPLE && mention.text().matches("(?i).*(?:ed|fold)")) {
            return true;                                          // "sales quadrupled in 2023": over 2022
        }
        if (!"%".equals(mention.unit()) && !"pp".equals(mention.unit())) {
            return false;
        }
        if (yoy != null) {
            return true;
        }
        String before = text.substring(Math.max(0, mention.start() - 60), mention.start()).toLowerCase(Locale.ROOT);
        String after = text.substring(mention.end(), Math.min(text.length(), mention.end() + 40))
                .toLowerCase(Locale.ROOT);
        return GROWTH_BEFORE.matcher(before).find() || GROWTH_AFTER.matcher(after).find();
    }

    private static Reading baseEnd(Period year, String reading) {
        int y = year.start().getYear();
        return new Reading((y - 1) + "/" + y, reading + " (a growth rate is read from its base year to its end "
                + "year)");
    }

    private static Reading since(Period p, AsOf asOf, String wording) {
        if (p.end().getYear() >= asOf.year()) {
            return new Reading(p.label(), wording + " → " + p.label());
        }
        String from = p.isRange() ? p.label().substring(0, p.label().indexOf('/')) : p.label();
        String label = from + "/" + asOf.year();
        return new Reading(label, wording + " → from " + from + " to the time of writing (" + asOf.reading() + ")");
    }

    private static Reading before(Period p, String wording) {
        String label = String.valueOf(p.start().getYear() - 1);
        return new Reading(label, wording + " → up to " + label);
    }
}
