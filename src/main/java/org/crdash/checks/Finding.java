package org.crdash.checks;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One result of a check: what was compared (the observations, each with its source and passage), the numbers
 * computed, the formula in words, and what it concluded.
 *
 * @param key          stable identity while the data it compares is unchanged, safe in a URL:
 *                     {@code value_conflict:china_russia_trade_usd_bn:2024}, {@code not_in_passage:o123}
 * @param title        one line: what is compared
 * @param seriesKeys   the series involved, the checked one first
 * @param periods      the period labels involved, as written
 * @param observations each observation compared, with its role in the computation
 * @param numbers      what was computed (spread, implied growth, …), each with its unit
 * @param formula      how, in words, with the numbers
 * @param result       the conclusion in words
 * @param events       each event compared (event date conflicts; empty for the checks of figures)
 */
public record Finding(String key, CheckKind kind, Verdict verdict, Severity severity, String title,
                      List<String> seriesKeys, List<String> periods, List<Involved> observations,
                      List<Figure> numbers, String formula, String result, List<Event> events) {

    /** A finding about figures: it compares no events. */
    public Finding(String key, CheckKind kind, Verdict verdict, Severity severity, String title,
                   List<String> seriesKeys, List<String> periods, List<Involved> observations,
                   List<Figure> numbers, String formula, String result) {
        this(key, kind, verdict, severity, title, seriesKeys, periods, observations, numbers, formula, result,
                List.of());
    }

    public Finding {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(title, "title");
        if (!key.matches("[a-z_]+:[A-Za-z0-9_:.\\-]+")) {
            throw new IllegalArgumentException("finding key '" + key + "' is not URL-safe");
        }
        seriesKeys = List.copyOf(seriesKeys);
        periods = List.copyOf(periods);
        observations = List.copyOf(observations);
        numbers = List.copyOf(numbers);
        events = events == null ? List.of() : List.copyOf(events); // stored before events were checked: none
    }

    /** An event a finding compares, with its date as stated and its source and passage. */
    public record Event(long eventId, String role, String title, String category, String date, String precision,
                        String dateText, String sourceKey, String passage, int passageStart, int passageEnd) {
    }

    /** An observation a finding compares. {@code role} says what it is in the formula ("level at 2022"). */
    public record Involved(long observationId, String role, String seriesKey, String period, BigDecimal value,
                           String unit, String qualifier, String shown, String sourceKey, String passage,
                           int passageStart, int passageEnd) {

        static Involved of(Claim c, String role) {
            return new Involved(c.observationId(), role, c.seriesKey(), c.period().label(), c.value(), c.unit(),
                    c.qualifier().code(), c.shown(), c.sourceKey(), c.passage(), c.passageStart(), c.passageEnd());
        }
    }

    /** A computed number: {@code spread = 8 USD bn}, {@code spread_pct = 3.3 %}. */
    public record Figure(String name, BigDecimal value, String unit) {
        public Figure {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
        }
    }

    /** The computed number called {@code name}, or null. */
    public BigDecimal number(String name) {
        return numbers.stream().filter(f -> f.name().equals(name)).map(Figure::value).findFirst().orElse(null);
    }

    /** Whether the finding compares this observation. */
    public boolean involves(long observationId) {
        return observations.stream().anyMatch(i -> i.observationId() == observationId);
    }

    /** A key part from a period label: ranges' '/' is not URL-safe. */
    static String keyPart(String label) {
        return label.replace('/', '_');
    }
}
