package org.crdash.checks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.crdash.extraction.NumberMention;
import org.crdash.extraction.NumberMentions;

/**
 * Is each value written in its own passage ({@link CheckKind#NOT_IN_PASSAGE})? The passage's numbers are read by
 * {@link NumberMentions} (digits, words, fractions, multiples, ranks, the unit's scale: "$1.2 trillion" = 1200
 * USD bn). Only values that are not stated as they are give a finding: stated after rounding, in another unit, or
 * not at all.
 */
final class PassageCheck {

    private PassageCheck() {
    }

    static List<Finding> find(CheckData data) {
        List<Finding> found = new ArrayList<>();
        Map<String, List<NumberMention>> read = new HashMap<>(); // one passage often holds several figures
        for (Claim c : data.claims()) {
            Finding f = check(c, read.computeIfAbsent(c.passage(), NumberMentions::find), data.conversions());
            if (f != null) {
                found.add(f);
            }
        }
        return found;
    }

    /** The finding for one claim, or null when the passage states its value in its unit. */
    static Finding check(Claim c, List<NumberMention> mentions, UnitConversions conversions) {
        List<NumberMention> sameUnit = mentions.stream().filter(m -> sameUnit(m, c.unit())).toList();
        if (sameUnit.stream().anyMatch(m -> m.states(c.value()))) {
            return null;
        }
        // stated in another unit that converts exactly: 'half' = 50 % for a value of 0.5 (multiple)
        for (NumberMention m : mentions) {
            if (m.unit() != null && conversions.factor(m.unit(), c.unit())
                    .map(f -> m.value().multiply(f).compareTo(c.value()) == 0
                            || m.magnitude().multiply(f).compareTo(c.value().abs()) == 0).orElse(false)) {
                return null;
            }
        }
        String stated = mentions.isEmpty() ? "no number" : mentions.stream().map(PassageCheck::shown)
                .collect(Collectors.joining(", "));
        NumberMention rounded = sameUnit.stream()
                .filter(m -> Stated.of(m.value(), m.qualifier()).overlaps(c.stated())
                        || Stated.of(m.magnitude(), m.qualifier()).overlaps(c.stated()))
                .findFirst().orElse(null);
        NumberMention otherUnit = mentions.stream().filter(m -> m.states(c.value())).findFirst().orElse(null);
        Verdict verdict;
        Severity severity;
        String result;
        if (rounded != null) {
            verdict = Verdict.AGREES_AFTER_ROUNDING;
            severity = Severity.NONE;
            result = "Agrees after rounding: the passage states " + shown(rounded) + ", the observation "
                    + c.shown() + ".";
        } else if (otherUnit != null) {
            verdict = Verdict.CONFLICT;
            severity = Severity.LOW;
            result = "Conflict: the passage writes " + Numbers.plain(otherUnit.value()) + " as " + shown(otherUnit)
                    + ", but the series is in " + c.unit() + ".";
        } else {
            verdict = Verdict.CONFLICT;
            severity = Severity.MEDIUM;
            result = "Conflict: " + c.shown() + " is not written in the passage; it states " + stated + ".";
        }
        return new Finding(CheckKind.NOT_IN_PASSAGE.code() + ":o" + c.observationId(), CheckKind.NOT_IN_PASSAGE,
                verdict, severity, c.seriesName() + ", " + c.period().display() + ": " + c.shown() + " ("
                + c.sourceLabel() + ") in its passage?", List.of(c.seriesKey()), List.of(c.period().label()),
                List.of(Finding.Involved.of(c, "value")), List.of(),
                "Every number the passage states, read with its unit and scale: " + stated
                        + ". Compared with the value " + Numbers.plain(c.value()) + " " + c.unit() + ".", result);
    }

    private static boolean sameUnit(NumberMention m, String unit) {
        return m.unit() == null || m.unit().equals(unit);
    }

    private static String shown(NumberMention m) {
        return "'" + m.text() + "' = " + Numbers.plain(m.value()) + (m.unit() == null ? "" : " " + m.unit());
    }
}
