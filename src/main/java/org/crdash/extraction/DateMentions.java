package org.crdash.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crdash.base.Period;

/**
 * The one reader of dates in prose, for the periods of observation candidates and the dates of event
 * candidates. It reads full dates ("4 February 2022", "Feb. 24, 2023", "the 4th of February 2022"), months
 * ("March 2024", "in November" — the year from the text before it), quarters and halves ("the first quarter
 * of 2024", "Q3 2023", "the first half of 2025", "the first eight months of 2024"), years with the word
 * before them ("in 2023", "since 2014", "prior to 2006"), ranges ("between 2022 and 2023", "from 2019 to
 * 2023", "1991-99", "in 2022 and 2023", "the 1960s to the 1980s"), decades and centuries ("the late 1990s",
 * "the 19th century"), relative years counted from the time of writing ("last year", "a decade ago") and the
 * marker "year-on-year". A four-digit number that is a quantity ("2,615 miles", "1500 troops") is not a year.
 */
public final class DateMentions {

    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?"
            + "|Dec\\.?)(?![a-z])";
    private static final String YEAR = "(?<![\\d$£€.,])((?:1[0-9]|20)\\d\\d)(?!\\d|[.,]\\d|\\s*%|\\s*per\\s?cent"
            + "|-(?:kilomet|km|mile|tonne|strong|member|point))";
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
    private static final String ORD = "(first|second|third|fourth|final|last|1st|2nd|3rd|4th)";
    private static final String EDGE = "(early|mid|late)[-\\s]";
    private static final Pattern PREPOSITION = Pattern.compile(
            "(?i)\\b(in|on|by|since|during|until|till|before|after|from|as of|prior to|at|through|throughout)\\s+$");

    private record Rule(Pattern pattern, Function<Read, DateMention> read) {
    }

    private static final List<Rule> RULES = List.of(
            rule("(?:the\\s+)?" + DAY + "\\s+(?:of\\s+)?" + MONTH + ",?\\s+" + YEAR,
                    r -> r.at(Period.parse(r.year(3) + "-" + r.month(2) + "-" + r.day(1)), "")),
            rule(MONTH + "\\s+" + DAY + ",?\\s+" + YEAR,
                    r -> r.at(Period.parse(r.year(3) + "-" + r.month(1) + "-" + r.day(2)), "")),
            rule(MONTH + "\\s*(?:–|-|to|through|and)\\s*" + MONTH + "\\s+(?:of\\s+)?" + YEAR,
                    r -> r.at(Period.parse(r.year(3) + "-" + r.month(1) + "/" + r.year(3) + "-" + r.month(2)), "")),
            rule("(?:the\\s+)?first\\s+(two|three|four|five|six|seven|eight|nine|ten|eleven|\\d{1,2})\\s+months\\s+"
                    + "(?:of\\s+)?" + YEAR, r -> r.firstMonths()),
            rule("(?:the\\s+)?" + ORD + "\\s+quarter\\s+(?:of\\s+)?" + YEAR,
                    r -> r.at(Period.parse(r.year(2) + "-Q" + Read.ordinal(r.g(1))), "")),
            rule("\\b(?:Q([1-4])|([1-4])Q)\\s*(?:of\\s+)?" + YEAR,
                    r -> r.at(Period.parse(r.year(3) + "-Q" + (r.g(1) != null ? r.g(1) : r.g(2))), "")),
            rule("(?:the\\s+)?(first|second)\\s+half\\s+(?:of\\s+)?" + YEAR, r -> r.half(r.g(1).equals("first"), 2)),
            rule("\\bH([12])\\s*" + YEAR, r -> r.half(r.g(1).equals("1"), 2)),
            rule("(?:" + EDGE + ")?" + MONTH + "\\s+(?:of\\s+)?" + YEAR,
                    r -> r.at(Period.parse(r.year(3) + "-" + r.month(2)), "")),
            rule("(?:the\\s+)?" + DAY + "\\s+(?:of\\s+)?" + MONTH + "(?!\\s*,?\\s*\\d)",
                    r -> r.yearless(r.month(2), r.day(1))),
            rule(MONTH + "\\s+" + DAY + "(?![\\d:]|,?\\s+\\d)", r -> r.yearless(r.month(1), r.day(2))),
            rule("(?i:between)\\s+" + YEAR + "\\s+and\\s+" + YEAR, r -> r.range(1, 2)),
            rule("(?i:from)\\s+" + YEAR + "\\s+(?:to|until|till|through)\\s+" + YEAR, r -> r.range(1, 2)),
            rule("(?i:in)\\s+" + YEAR + "\\s+and\\s+" + YEAR, r -> r.range(1, 2)),
            rule(YEAR + "\\s*[-–/]\\s*(\\d{4}|\\d{2})(?![\\d%])", r -> r.range(1, 2)),
            rule("(?:at\\s+)?(?:the\\s+)?(end|close|beginning|start)\\s+of\\s+" + YEAR, r -> r.yearEdge()),
            rule("(?:the\\s+)?(\\d{3}0)s\\s+(?:to|until|through|and)\\s+(?:the\\s+)?(\\d{3}0)s",
                    r -> r.at(Period.parse(r.g(1) + "s/" + r.g(2) + "s"), "")),
            rule("(?:the\\s+)?(?:" + EDGE + ")?(?<![\\d$])(\\d{3}0)s\\b", r -> r.at(Period.parse(r.g(2) + "s"), "")),
            rule("(?i)(?:the\\s+)?(\\d{1,2}(?:st|nd|rd|th)|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth"
                    + "|seventeenth|eighteenth|nineteenth|twentieth|twenty-first)[-\\s]century", r -> r.century()),
            rule("(?:(?i:early|mid|late)[-\\s])?" + YEAR, r -> r.year()),
            rule("(?i)\\b(last|this|next)\\s+year\\b", r -> r.relativeYear()),
            rule("(?i)\\b(?:just\\s+)?(a|one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,2})\\s+(decades?"
                    + "|years?)\\s+ago\\b", r -> r.yearsAgo()),
            rule("(?i)\\bsince\\s+then\\b", r -> r.sinceThen()),
            rule("(?i)\\byear[-\\s](?:on|over)[-\\s]year\\b|\\by/y\\b|\\bfrom\\s+a\\s+year\\s+(?:earlier|ago|before)"
                    + "|\\b(?:compared\\s+(?:with|to)|from|over|than)\\s+(?:the\\s+previous|the\\s+prior|a|last)\\s+year\\b",
                    r -> new DateMention(r.start(), r.end(), r.text(), null, DateMention.Role.YEAR_ON_YEAR, "")),
            rule("(?<=\\b(?:[Ii]n|by|since|until|[Ll]ast|early|late|mid|this|next|of|from)[\\s-])" + MONTH
                    + "(?!\\s*,?\\s*\\d)", r -> r.yearless(r.month(1), null)));

    private DateMentions() {
    }

    private static Rule rule(String regex, Function<Read, DateMention> read) {
        return new Rule(Pattern.compile(regex), read);
    }

    /**
     * Every date stated in {@code text}, in text order, none overlapping. Months and days without a year
     * take the last year stated before them, else {@code asOfYear} (the time of writing), which also anchors
     * "last year" and "a decade ago".
     */
    public static List<DateMention> find(String text, int asOfYear) {
        List<NumberMention> quantities = NumberMentions.find(text);
        List<Read> found = new ArrayList<>();
        for (Rule rule : RULES) {
            Matcher m = rule.pattern.matcher(text);
            while (m.find()) {
                if (!quantity(quantities, m.start(), m.end())) {
                    found.add(new Read(text, m.toMatchResult(), rule.read, asOfYear));
                }
            }
        }
        List<Read> chosen = new ArrayList<>();
        found.sort(Comparator.comparingInt((Read r) -> r.start() - r.end()).thenComparingInt(Read::start));
        for (Read r : found) {
            if (chosen.stream().noneMatch(c -> c.start() < r.end() && r.start() < c.end())) {
                chosen.add(r);
            }
        }
        chosen.sort(Comparator.comparingInt(Read::start));
        List<DateMention> out = new ArrayList<>();
        int lastYear = 0;
        for (Read r : chosen) {
            r.contextYear = lastYear != 0 ? lastYear : asOfYear;
            DateMention d = r.mention();
            if (d == null || countedThings(text, d)) {
                continue;
            }
            if (d.period() != null && d.yearStated() && !r.relative) {
                lastYear = d.endYear();
            }
            out.add(withPreposition(text, d));
        }
        return out;
    }

    private static final Pattern INTENT = Pattern.compile("(?i)\\b(intend\\w*|plan\\w*|aim\\w*|target\\w*|goal"
            + "|expect\\w*|forecast\\w*|projected|will|would|hope\\w*|pledged\\s+to|seeks?\\s+to)\\b[^.;]{0,50}$");

    /** "a goal that Xi and Putin intended to reach in 2025": a date something is meant for, not one it was. */
    static boolean prospective(String text, DateMention d) {
        return INTENT.matcher(text.substring(Math.max(0, d.start() - 60), d.start())).find();
    }

    /** A number the quantity reader reads with a unit ("2,615-mile", "2000 troops") is no date. */
    private static boolean quantity(List<NumberMention> quantities, int start, int end) {
        for (NumberMention q : quantities) {
            boolean inside = start <= q.start() && q.end() <= end;      // "two decades" in "two decades ago"
            if (!inside && q.start() < end && start < q.end() && q.unit() != null && !q.unit().equals("count")) {
                return true;
            }
            if (!inside && q.start() <= start && end <= q.end() && q.unit() != null) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern DETERMINER = Pattern.compile("(?i)(?:\\b(?:the|a|an|its|their|his|her|this|that)|['’]s)"
            + "\\s+$");
    private static final Pattern PLURAL_AFTER = Pattern.compile("^\\s+\\p{Ll}+s\\b");

    /** "1500 tonnes", "2000 troops": a bare four-digit number before a plural noun counts things. */
    private static boolean countedThings(String text, DateMention d) {
        if (!d.text().matches("\\d{4}")) {
            return false;
        }
        String before = text.substring(Math.max(0, d.start() - 12), d.start());
        return !DETERMINER.matcher(before).find() && !PREPOSITION.matcher(before).find()
                && PLURAL_AFTER.matcher(text.substring(d.end(), Math.min(text.length(), d.end() + 30))).find();
    }

    /** "since 2014" → SINCE, "prior to 2006" → BEFORE; the preposition joins the wording ("In 2024"). */
    private static DateMention withPreposition(String text, DateMention d) {
        if (d.role() == DateMention.Role.YEAR_ON_YEAR) {
            return d;
        }
        Matcher m = PREPOSITION.matcher(text.substring(Math.max(0, d.start() - 12), d.start()));
        if (!m.find()) {
            return d;
        }
        String prep = m.group(1).toLowerCase(java.util.Locale.ROOT);
        int start = d.start() - (m.end() - m.start());
        DateMention.Role role = switch (prep) {
            case "since" -> DateMention.Role.SINCE;
            case "before", "prior to" -> DateMention.Role.BEFORE;
            default -> d.role();
        };
        return new DateMention(start, d.end(), text.substring(start, d.end()), d.period(), role, d.reading());
    }
}
