package org.crdash.extraction;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.MatchResult;
import org.crdash.base.Period;

/** One match of a {@link DateMentions} rule and the helpers its rules read it with. */
final class Read {

    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
            "oct", "nov", "dec");
    private static final List<String> SMALL = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve");
    private static final List<String> CENTURIES = List.of("eleventh", "twelfth", "thirteenth", "fourteenth",
            "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty-first");

    private final String text;
    private final MatchResult m;
    private final Function<Read, DateMention> rule;
    private final int asOfYear;
    /** The year a date without one is read in; set just before {@link #mention()}. */
    int contextYear;
    /** Whether the date is counted from the time of writing rather than stated. */
    boolean relative;

    Read(String text, MatchResult m, Function<Read, DateMention> rule, int asOfYear) {
        this.text = text;
        this.m = m;
        this.rule = rule;
        this.asOfYear = asOfYear;
    }

    int start() {
        return m.start();
    }

    int end() {
        return m.end();
    }

    String text() {
        return m.group();
    }

    String g(int group) {
        return m.group(group);
    }

    /** The date, or null where the words do not make one (a range that ends before it starts, day 31 Feb). */
    DateMention mention() {
        try {
            return rule.apply(this);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    String year(int group) {
        return m.group(group);
    }

    String month(int group) {
        String name = m.group(group).toLowerCase(Locale.ROOT);
        return String.format("%02d", MONTHS.indexOf(name.substring(0, 3)) + 1);
    }

    String day(int group) {
        return String.format("%02d", Integer.parseInt(m.group(group)));
    }

    static int ordinal(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "first", "1st" -> 1;
            case "second", "2nd" -> 2;
            case "third", "3rd" -> 3;
            default -> 4;
        };
    }

    DateMention at(Period p, String reading) {
        return new DateMention(start(), end(), text(), p, DateMention.Role.AT, reading);
    }

    DateMention year() {
        String y = m.group(1);
        String edge = text().length() > y.length() ? "'" + text() + "' read as the year " + y : "";
        return at(Period.parse(y), edge);
    }

    DateMention range(int from, int to) {
        String a = m.group(from);
        String b = m.group(to);
        if (b.length() == 2) {
            b = a.substring(0, 2) + b;
        }
        return at(Period.parse(a + "/" + b), "'" + text() + "' → from " + a + " to " + b);
    }

    DateMention half(boolean first, int yearGroup) {
        String y = m.group(yearGroup);
        return at(Period.parse(first ? y + "-01/" + y + "-06" : y + "-07/" + y + "-12"),
                "'" + text() + "' → " + (first ? "January to June " : "July to December ") + y);
    }

    DateMention firstMonths() {
        String n = m.group(1).toLowerCase(Locale.ROOT);
        int months = Character.isDigit(n.charAt(0)) ? Integer.parseInt(n) : SMALL.indexOf(n);
        String y = m.group(2);
        YearMonth last = YearMonth.of(Integer.parseInt(y), months);
        return at(Period.parse(y + "-01/" + last), "'" + text() + "' → January to " + last);
    }

    DateMention yearEdge() {
        boolean end = m.group(1).equalsIgnoreCase("end") || m.group(1).equalsIgnoreCase("close");
        String y = m.group(2);
        return at(Period.parse(y + (end ? "-12" : "-01")), "'" + text() + "' read as " + (end ? "December " : "January ")
                + y);
    }

    DateMention yearless(String month, String day) {
        String label = contextYear + "-" + month + (day != null ? "-" + day : "");
        return at(Period.parse(label), "'" + text() + "' → " + label + " (year not stated; read as " + contextYear
                + " from the text before it or the time of writing)");
    }

    /** "since then": since the last year stated before. */
    DateMention sinceThen() {
        relative = true;
        return new DateMention(start(), end(), text(), Period.parse(String.valueOf(contextYear)),
                DateMention.Role.SINCE, "'since then' → since " + contextYear + ", the year stated before it");
    }

    DateMention century() {
        String w = m.group(1).toLowerCase(Locale.ROOT);
        int n = Character.isDigit(w.charAt(0)) ? Integer.parseInt(w.replaceAll("\\D", "")) : CENTURIES.indexOf(w) + 11;
        int first = (n - 1) * 100;
        return at(Period.parse(first + "/" + (first + 99)), "'" + text() + "' → " + first + " to " + (first + 99));
    }

    DateMention relativeYear() {
        relative = true;
        String w = m.group(1).toLowerCase(Locale.ROOT);
        int y = asOfYear + (w.equals("last") ? -1 : w.equals("next") ? 1 : 0);
        return at(Period.parse(String.valueOf(y)), "'" + text() + "' counted from the time of writing (" + asOfYear
                + ") → " + y);
    }

    DateMention yearsAgo() {
        relative = true;
        String n = m.group(1).toLowerCase(Locale.ROOT);
        int count = Character.isDigit(n.charAt(0)) ? Integer.parseInt(n) : n.equals("a") ? 1 : SMALL.indexOf(n);
        int years = m.group(2).toLowerCase(Locale.ROOT).startsWith("decade") ? count * 10 : count;
        int y = asOfYear - years;
        return at(Period.parse(String.valueOf(y)), "'" + text() + "' counted from the time of writing (" + asOfYear
                + ") → " + y);
    }
}
