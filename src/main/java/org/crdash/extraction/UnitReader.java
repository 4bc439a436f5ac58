package org.crdash.extraction;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

/**
 * Reads the scale and unit after a number ("billion", "per cent", "bcm", "square kilometres",
 * "-kilometre", "troops") and expresses the value in one of the unit codes of the {@code unit} table.
 * Currency comes from a symbol or code before the number ("$", "USD") or a word after it ("dollars").
 */
final class UnitReader {

    /** The value in {@code unit}, and the token index after the unit words. */
    record Reading(BigDecimal value, String unit, int end) {
    }

    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
    private static final Map<String, String> SCALE_ABBREVIATIONS = Map.of("bn", "billion", "b", "billion",
            "mn", "million", "m", "million", "tn", "trillion", "trn", "trillion", "k", "thousand");
    private static final Set<String> PEOPLE = Set.of("people", "persons", "troops", "soldiers", "students",
            "workers", "citizens", "tourists", "migrants", "residents", "civilians", "casualties", "deaths",
            "employees", "servicemen", "personnel", "refugees", "volunteers", "mercenaries", "inhabitants");
    private static final Set<String> VEHICLES = Set.of("cars", "vehicles", "automobiles", "trucks", "lorries");
    /** Singular words after "N-" in compounds ("a 30-year deal", "a 4,200-kilometre border"). */
    private static final Map<String, String> COMPOUND_UNITS = Map.ofEntries(Map.entry("year", "years"),
            Map.entry("day", "days"), Map.entry("kilometre", "km"), Map.entry("kilometer", "km"),
            Map.entry("km", "km"), Map.entry("mile", "miles"), Map.entry("percent", "%"), Map.entry("point", "count"),
            Map.entry("member", "count"), Map.entry("nation", "count"), Map.entry("country", "count"),
            Map.entry("strong", "people"), Map.entry("decade", "years"));
    private static final Set<String> NOT_COUNTED = Set.of("times", "others", "ones", "percent", "s");
    /** Units the {@code unit} table does not have: the value is kept, the unit left for the reviewer. */
    private static final Set<String> OTHER_UNITS = Set.of("hectares", "acres", "tonnes", "tons", "euros",
            "roubles", "rubles", "pounds", "months", "hours", "minutes", "seconds", "litres", "liters", "metres",
            "meters", "megawatts", "gigawatts", "kilograms", "kg");

    private UnitReader() {
    }

    static Reading read(Tokens t, int i, boolean currencyBefore, String currencyCode, BigDecimal value) {
        int end = i;
        BigDecimal v = value;
        String scale = null;
        if (t.at(end) != null && t.is(end, "-") && t.adjacent(end - 1, end)) {
            Tokens.Token after = t.at(end + 1);
            if (after != null && t.adjacent(end, end + 1)) {
                String compound = COMPOUND_UNITS.get(after.lower());
                if (compound != null) {
                    BigDecimal factor = after.is("decade") ? BigDecimal.TEN : BigDecimal.ONE;
                    return new Reading(v.multiply(factor), compound, end + 2);
                }
            }
        }
        Tokens.Token tok = t.at(end);
        if (tok != null) {
            String s = SCALE_ABBREVIATIONS.getOrDefault(tok.lower(), tok.lower());
            boolean abbreviation = !s.equals(tok.lower());
            // "$5m", "$5bn": abbreviations count only glued to the number or after a currency
            if (NumberWords.SCALES.containsKey(s) && !s.equals("hundred")
                    && (!abbreviation || t.adjacent(end - 1, end) || currencyBefore)) {
                scale = s;
                end++;
            }
        }
        if (currencyBefore || currencyWord(t, end) != null) {
            String code = currencyBefore ? currencyCode : currencyWord(t, end);
            if (!currencyBefore) {
                end += t.is(end, "us") ? 2 : 1;
            }
            return currency(v, scale, code, end);
        }
        if (scale != null && scale.equals("billion") && t.is(end, "cubic")) {
            return new Reading(v, "bcm", skipWords(t, end, 2));
        }
        if (scale != null && scale.equals("million") && t.is(end, "tonnes", "tons", "t")) {
            return new Reading(v, "million t", end + 1);
        }
        if (scale != null) {
            v = v.multiply(NumberWords.SCALES.get(scale));
        }
        return other(t, end, v);
    }

    private static Reading currency(BigDecimal v, String scale, String code, int end) {
        if (scale == null) {
            return new Reading(v, code.equals("RMB") ? "RMB bn" : "USD", end);
        }
        BigDecimal inBillions = switch (scale) {
            case "trillion" -> v.multiply(THOUSAND);
            case "billion" -> v;
            case "million" -> code.equals("USD") ? null : v.divide(THOUSAND);
            default -> null;
        };
        if (code.equals("USD") && scale.equals("million")) {
            return new Reading(v, "USD m", end);
        }
        if (inBillions == null) {
            return new Reading(v.multiply(NumberWords.SCALES.get(scale)), code.equals("RMB") ? null : "USD", end);
        }
        return new Reading(inBillions.stripTrailingZeros(), code + " bn", end);
    }

    /** "dollars", "US dollars", "yuan", "renminbi" after the number; null if none. */
    private static String currencyWord(Tokens t, int i) {
        if (t.is(i, "dollars", "dollar", "usd")) {
            return "USD";
        }
        if (t.is(i, "us") && t.is(i + 1, "dollars")) {
            return "USD";
        }
        return t.is(i, "yuan", "renminbi", "rmb") ? "RMB" : null;
    }

    private static Reading other(Tokens t, int end, BigDecimal v) {
        Tokens.Token tok = t.at(end);
        if (tok == null) {
            return new Reading(v, null, end);
        }
        if (tok.is("%", "percent", "pct")) {
            return new Reading(v, "%", end + 1);
        }
        if (tok.is("per") && t.is(end + 1, "cent")) {
            return new Reading(v, "%", end + 2);
        }
        if (tok.is("percentage") && t.is(end + 1, "points", "point")) {
            return new Reading(v, "pp", end + 2);
        }
        if (tok.is("pp")) {
            return new Reading(v, "pp", end + 1);
        }
        if (tok.is("bcm")) {
            return new Reading(v, "bcm", end + 1);
        }
        if (tok.is("square", "sq") && t.is(end + 1, "kilometres", "kilometers", "km", "kilometre", "kilometer")) {
            return new Reading(v, "km2", end + 2);
        }
        if (tok.is("km2", "km²")) {
            return new Reading(v, "km2", end + 1);
        }
        if (tok.is("km", "kilometres", "kilometers")) {
            return new Reading(v, "km", end + 1);
        }
        if (tok.is("miles", "mile")) {
            return new Reading(v, "miles", end + 1);
        }
        if (tok.is("barrels", "bpd", "b/d")) {
            int after = tok.is("barrels") && t.is(end + 1, "a", "per") && t.is(end + 2, "day") ? end + 3 : end + 1;
            return new Reading(v, "barrels/day", after);
        }
        if (tok.is("years", "year")) {
            return new Reading(v, "years", end + 1);
        }
        if (tok.is("decades", "decade")) {
            return new Reading(v.multiply(BigDecimal.TEN), "years", end + 1);
        }
        if (tok.is("century", "centuries")) {
            return new Reading(v.multiply(BigDecimal.valueOf(100)), "years", end + 1);
        }
        if (tok.is("days", "day")) {
            return new Reading(v, "days", end + 1);
        }
        if (tok.is("weeks", "week")) {
            return new Reading(v.multiply(BigDecimal.valueOf(7)), "days", end + 1);
        }
        return counted(t, end, v);
    }

    /** "45 Soviet divisions", "2,000 troops", "49 projects": a count of the plural noun that follows. */
    private static Reading counted(Tokens t, int end, BigDecimal v) {
        for (int k = end; k < end + 4 && t.at(k) != null; k++) {
            Tokens.Token w = t.get(k);
            if (!w.isWord() || k > end && t.lineBreakBetween(k - 1, k)) {
                break;
            }
            if (OTHER_UNITS.contains(w.lower())) {
                return new Reading(v, null, end);
            }
            if (PEOPLE.contains(w.lower())) {
                return new Reading(v, "people", k + 1);
            }
            if (VEHICLES.contains(w.lower())) {
                return new Reading(v, "vehicles", k + 1);
            }
            if (isPlural(w.lower()) && !NOT_COUNTED.contains(w.lower())) {
                return new Reading(v, "count", k + 1);
            }
            if (w.is("of", "to", "in", "and", "or", "the", "a", "than", "per", "by", "from", "on", "at", "for", "have",
                    "has", "had", "are", "is", "were", "was", "will", "would", "can", "could", "may", "might",
                    "should", "must", "do", "did", "also", "still", "who", "which", "that")) {
                break;
            }
        }
        return new Reading(v, null, end);
    }

    private static boolean isPlural(String w) {
        return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")
                || w.equals("men") || w.equals("women") || w.equals("children");
    }

    private static int skipWords(Tokens t, int i, int n) {
        return Math.min(i + n, t.size());
    }
}
