package org.crdash.extraction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crdash.base.Period;
import org.crdash.base.PeriodPrecision;

/**
 * Event candidates: sentences that date something. A full date, a month or a quarter dates an occasion by
 * itself ("On Feb. 24, 2023, Beijing published …"); a year, a range or a decade only where the words around
 * it say something happened ("signed", "invaded", "summit", "visit" — {@link EventWords}); "20 days later"
 * is counted from the last date before it; "recently" with an event word is an undated event. The
 * publication date standing alone on its line is not an event.
 */
public final class EventReader {

    private static final Pattern RELATIVE = Pattern.compile("(?i)\\b((?:just|only|less\\s+than|about|some|nearly"
            + "|almost|barely)\\s+)?(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,3})\\s+(days?"
            + "|weeks?|months?|years?)\\s+(later|afterwards|after\\s+(?:the|that|this|his|her|their)\\b[^,.;]{0,40})");
    /** A cited work (a URL, or a quoted title before a date): its date is when it appeared, an event only if it says one. */
    private static final Pattern CITATION = Pattern.compile("https?://|www\\.|^(?:See\\s+)?[^.]{0,120}['‘\"“][^'’\"”]{8,}['’\"”],");
    /** "during the Cold War", "during the “century of humiliation”", "Under Trump, …": a period named, not dated. */
    private static final Pattern ERA = Pattern.compile("\\b(?:during|after|before|since|throughout)\\s+the\\s+(?:(?:\\p{Lu}"
            + "\\p{L}+\\s+){1,3}(?:War|Revolution|Crisis|Uprising|Era|Olympics)\\b|[“\"][^”\".]{3,40}[.,]?[”\"])"
            + "|^Under\\s+\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+)?,");
    private static final Pattern RECENT = Pattern.compile("(?i)\\b(recently|recent)\\b");
    /** "Going into 2021, Beijing had reasons to hope …": the year a state of affairs is described at. */
    private static final Pattern GOING_INTO = Pattern.compile("(?i)\\b(?:going|heading|moving)\\s+into\\s+$");
    /** "$190 billion in 2022": the year is a figure's period, not an occasion's. */
    private static final Pattern FIGURE_BEFORE = Pattern.compile("\\d[^.;]{0,25}$");
    /** The occasions a sentence can refer back to: "attends a meeting … on February 4. … at a meeting in Beijing". */
    private static final Pattern OCCASION = Pattern.compile("(?i)\\b(meeting|summit|talks|ceremony|signing|visit)\\b");

    /** "their first summit in two years": the last one was that long before the date the sentence gives. */
    private static final Pattern FIRST_IN = Pattern.compile("(?i)\\bfirst\\b[^.;]{0,60}?\\bin\\s+(?:(?:more\\s+than|over"
            + "|nearly|almost|about)\\s+)?(a|two|three|four|five|six|seven|eight|nine|ten|\\d{1,2})\\s+(years?|months?)\\b");
    private static final List<String> SMALL = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten");

    private final EventWords words;

    /** @param categories the event category codes of the database; guesses are only ever one of these */
    public EventReader(List<String> categories) {
        this.words = new EventWords(categories);
    }

    /** The event candidates of {@code text}, in text order. */
    public List<EventCandidate> events(String text, LocalDate published, LocalDate today) {
        AsOf asOf = AsOf.of(published, text, today);
        List<DateMention> dates = new ArrayList<>(DateMentions.find(text, asOf.year()));
        dates.removeIf(d -> d.role() == DateMention.Role.YEAR_ON_YEAR);
        List<EventCandidate> out = new ArrayList<>();
        Sentences.Sentence previous = null;
        for (Sentences.Sentence s : Sentences.of(text)) {
            Set<String> seen = new HashSet<>();
            List<DateMention> in = dates.stream().filter(d -> d.start() >= s.start() && d.end() <= s.end()).toList();
            if (in.size() == 1 && s.text().replaceAll("[\\W_]", "").length() <= in.getFirst().text()
                    .replaceAll("[\\W_]", "").length()) {
                continue;                                          // "July 2025" on its own line: the dateline
            }
            boolean citation = CITATION.matcher(s.text()).find();
            for (DateMention d : in) {
                boolean occasion = d.precision() == PeriodPrecision.DAY || d.precision() == PeriodPrecision.MONTH
                        || d.precision() == PeriodPrecision.QUARTER || d.precision() == PeriodPrecision.DECADE
                        || d.role() == DateMention.Role.SINCE && !d.reading().contains("stated before")
                        || d.reading().contains("counted from the time of writing")   // "since 2014", "a decade ago"
                        || GOING_INTO.matcher(text.substring(Math.max(0, d.start() - 20), d.start())).find();
                boolean said = citation
                        ? !words.category(s.text(), d.start() - s.start()).equals("other")
                        : occasion || words.happened(s.text(), d.start() - s.start(), d.end() - s.start());
                if (said) {
                    DateMention day = d.precision() == PeriodPrecision.YEAR && !FIGURE_BEFORE.matcher(
                            text.substring(Math.max(0, d.start() - 30), d.start())).find()
                            ? dayOfTheYear(text, d, dates) : null;
                    Period date = day == null ? d.period() : day.period();
                    String reading = day == null ? d.reading() : "the day from '" + day.text().strip()
                            + "' in the same paragraph, the one day of " + d.period().label() + " it states";
                    if (seen.add(date.label())) {
                        out.add(candidate(s, date, d.text(), d.start(), reading));
                    }
                }
            }
            relative(s, dates, seen, out);
            firstIn(s, dates, seen, out);
            if (in.isEmpty() && out.stream().noneMatch(c -> c.passageStart() == s.start())) {
                sameOccasion(s, previous, dates, out);
            }
            if (in.isEmpty() && out.stream().noneMatch(c -> c.passageStart() == s.start())) {
                undated(s, out);
            }
            previous = s;
        }
        return out;
    }

    /**
     * A year standing for one occasion of a paragraph that gives that occasion's full date ("the 2022 Winter
     * Olympics … held on the 4th of February 2022"): the paragraph's only day of that year, else null.
     */
    private static DateMention dayOfTheYear(String text, DateMention year, List<DateMention> dates) {
        int from = text.lastIndexOf('\n', year.start()) + 1;
        int to = text.indexOf('\n', year.end());
        int end = to < 0 ? text.length() : to;
        List<DateMention> days = dates.stream().filter(d -> d.start() >= from && d.end() <= end
                && d.precision() == PeriodPrecision.DAY && d.yearStated()
                && d.period().start().getYear() == year.period().start().getYear()).toList();
        return days.stream().map(d -> d.period().label()).distinct().count() == 1 ? days.getFirst() : null;
    }

    /** "their first in-person summit in two years": the last one, counted back from the date before it. */
    private void firstIn(Sentences.Sentence s, List<DateMention> dates, Set<String> seen, List<EventCandidate> out) {
        Matcher m = FIRST_IN.matcher(s.text());
        if (!m.find()) {
            return;
        }
        int at = s.start() + m.start();
        DateMention base = dates.stream().filter(d -> d.start() >= s.start() && d.end() <= at + m.group().length()
                && (d.precision() == PeriodPrecision.DAY || d.precision() == PeriodPrecision.MONTH)).findFirst()
                .orElse(null);
        if (base == null) {
            return;
        }
        String n = m.group(1).toLowerCase(Locale.ROOT);
        int count = Character.isDigit(n.charAt(0)) ? Integer.parseInt(n) : n.equals("a") ? 1 : SMALL.indexOf(n);
        LocalDate before = m.group(2).toLowerCase(Locale.ROOT).startsWith("year")
                ? base.period().start().minusYears(count) : base.period().start().minusMonths(count);
        String label = m.group(2).toLowerCase(Locale.ROOT).startsWith("year") ? String.valueOf(before.getYear())
                : before.toString().substring(0, 7);
        int word = m.group().toLowerCase(Locale.ROOT).lastIndexOf("in ");
        if (seen.add(label)) {
            out.add(candidate(s, Period.parse(label), m.group().substring(word), at + word, "'" + m.group().strip()
                    + "': the last one before '" + base.text().strip() + "' → " + label));
        }
    }

    /**
     * A sentence without a date that names the same occasion as the sentence before it, which dates it by the day
     * ("… attends a meeting with Xi in Beijing on February 4." "… offered solidarity … at a meeting in Beijing").
     */
    private void sameOccasion(Sentences.Sentence s, Sentences.Sentence previous, List<DateMention> dates,
            List<EventCandidate> out) {
        Matcher here = OCCASION.matcher(s.text());
        if (previous == null || !here.find()) {
            return;
        }
        String occasion = here.group(1).toLowerCase(Locale.ROOT);
        List<DateMention> days = dates.stream().filter(d -> d.start() >= previous.start() && d.end() <= previous.end()
                && d.precision() == PeriodPrecision.DAY).toList();
        Matcher there = OCCASION.matcher(previous.text());
        boolean same = false;
        while (there.find()) {
            same |= there.group(1).toLowerCase(Locale.ROOT).equals(occasion);
        }
        if (days.size() == 1 && same) {
            DateMention day = days.getFirst();
            out.add(candidate(s, day.period(), here.group(), s.start() + here.start(), "the " + occasion + " of the "
                    + "sentence before, dated '" + day.text().strip() + "'"));
        }
    }

    /** "recently visited", "during the Cold War": something happened, and the text gives no date. */
    private void undated(Sentences.Sentence s, List<EventCandidate> out) {
        Matcher era = ERA.matcher(s.text());
        if (era.find()) {
            out.add(candidate(s, Period.NONE, era.group(), s.start() + era.start(), "'" + era.group()
                    + "' names an era but gives no date"));
            return;
        }
        Matcher m = RECENT.matcher(s.text());
        if (m.find() && words.happened(s.text(), m.start(), m.end())) {
            out.add(candidate(s, Period.NONE, m.group(), s.start() + m.start(), "'" + m.group() + "' gives no date"));
        }
    }

    /** "just 20 days later", "less than three weeks later": counted from the last date stated before. */
    private void relative(Sentences.Sentence s, List<DateMention> dates, Set<String> seen, List<EventCandidate> out) {
        Matcher m = RELATIVE.matcher(s.text());
        while (m.find()) {
            int at = s.start() + m.start();
            DateMention base = null;
            for (DateMention d : dates) {
                if (d.end() <= at && (d.precision() == PeriodPrecision.DAY || d.precision() == PeriodPrecision.MONTH)) {
                    base = d;
                }
            }
            if (base == null) {
                continue;
            }
            String n = m.group(2).toLowerCase(Locale.ROOT);
            int count = Character.isDigit(n.charAt(0)) ? Integer.parseInt(n) : n.startsWith("a") ? 1 : SMALL.indexOf(n);
            String unit = m.group(3).toLowerCase(Locale.ROOT);
            LocalDate from = base.period().start();
            LocalDate date = unit.startsWith("day") ? from.plusDays(count) : unit.startsWith("week")
                    ? from.plusWeeks(count) : unit.startsWith("month") ? from.plusMonths(count) : from.plusYears(count);
            boolean vague = m.group(1) != null && !m.group(1).toLowerCase(Locale.ROOT).startsWith("just")
                    || base.precision() != PeriodPrecision.DAY;
            String label = unit.startsWith("year") ? String.valueOf(date.getYear())
                    : vague || unit.startsWith("month") ? date.toString().substring(0, 7) : date.toString();
            if (seen.add(label)) {
                out.add(candidate(s, Period.parse(label), m.group().strip(), at, "'" + m.group().strip()
                        + "' counted from '" + base.text() + "' → " + label));
            }
        }
    }

    private EventCandidate candidate(Sentences.Sentence s, Period date, String dateText, int dateStart,
            String reading) {
        String category = words.category(s.text(), dateStart - s.start());
        String note = "Extracted: the date " + (date == Period.NONE ? "is not stated" : "'" + dateText + "' → "
                + date.label()) + (reading.isEmpty() ? "" : " (" + reading + ")") + "; category '" + category
                + "' guessed from the words of the sentence.";
        return new EventCandidate(date, dateText, dateStart, title(s.text(), dateText), category, s.start(), s.text(),
                note);
    }

    /** The sentence without a date opening it, at most 120 characters, cut at a word. */
    static String title(String sentence, String dateText) {
        String t = sentence.strip();
        if (t.startsWith(dateText)) {
            t = t.substring(dateText.length()).replaceFirst("^[\\s,:;–—-]+", "");
        }
        t = t.replaceAll("\\s+", " ").replaceAll("<[^>]+>", "");
        if (t.isEmpty()) {
            t = sentence.strip();
        }
        if (t.length() > 120) {
            int cut = t.lastIndexOf(' ', 118);
            t = t.substring(0, cut > 60 ? cut : 118) + " …";
        }
        t = t.replaceFirst("[.;:,]$", "");
        return Character.toUpperCase(t.charAt(0)) + t.substring(1);
    }
}
