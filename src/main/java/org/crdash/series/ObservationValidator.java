package org.crdash.series;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.crdash.base.Checked;
import org.crdash.base.Checks;
import org.crdash.base.Decimals;
import org.crdash.base.FieldError;
import org.crdash.base.Period;
import org.crdash.base.PeriodPrecision;
import org.crdash.source.QuotedPassage;
import org.crdash.source.SourceService;
import org.springframework.stereotype.Component;

/**
 * The rules for an observation, whoever enters it (form, REST, CSV import). Each problem is a {@link FieldError} on
 * one of the fields of {@link ObservationInput}: {@code series}, {@code period}, {@code periodEnd} (the second
 * half of a range), {@code precision}, {@code value}, {@code unit}, {@code qualifier}, {@code note},
 * {@code source}, {@code passage}, {@code passageStart}.
 */
@Component
public class ObservationValidator {

    public static final int MAX_NOTE = 10_000;
    private static final int MIN_YEAR = 1800;

    /** A validated observation, ready to store. */
    public record ObservationDraft(Series series, Period period, BigDecimal value, Qualifier qualifier, String note,
                                   QuotedPassage quote) {
        public ObservationDraft {
            Objects.requireNonNull(series, "series");
            Objects.requireNonNull(period, "period");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(qualifier, "qualifier");
            Objects.requireNonNull(quote, "quote");
        }
    }

    /**
     * Where the rules look things up. The database by default; a bulk import uses {@link #cachingLookups()}, which
     * reads each series, unit and source text once and leaves duplicates to a set-based check of its own.
     */
    public interface Lookups {
        Optional<Series> series(String key);

        Map<String, Unit> units();

        QuotedPassage quote(Checks checks, String sourceKey, String passage, Integer hint);

        Optional<Observation> duplicate(Series series, Period period, QuotedPassage quote, Long exceptId);
    }

    private final SeriesRepository repository;
    private final SourceService sources;
    private final Clock clock;
    private final Lookups database;

    ObservationValidator(SeriesRepository repository, ObservationRepository observations, SourceService sources,
                         Clock clock) {
        this.repository = repository;
        this.sources = sources;
        this.clock = clock;
        this.database = new Lookups() {
            @Override
            public Optional<Series> series(String key) {
                return repository.findByKey(key);
            }

            @Override
            public Map<String, Unit> units() {
                return repository.units();
            }

            @Override
            public QuotedPassage quote(Checks checks, String sourceKey, String passage, Integer hint) {
                return sources.quote(checks, sourceKey, passage, hint);
            }

            @Override
            public Optional<Observation> duplicate(Series series, Period period, QuotedPassage quote, Long exceptId) {
                return observations.findDuplicate(series.id(), period, quote.source().id(), quote.start(), quote.end(),
                        exceptId);
            }
        };
    }

    /**
     * Lookups for checking many rows in one go: series and units are read once, each source's text once, and
     * {@link Lookups#duplicate} answers "none" — the caller must check duplicates itself, set-based.
     */
    public Lookups cachingLookups() {
        Map<String, Optional<Series>> series = new java.util.HashMap<>();
        Map<String, Unit> units = repository.units();
        SourceService.QuoteFinder finder = sources.cachingQuoteFinder();
        return new Lookups() {
            @Override
            public Optional<Series> series(String key) {
                return series.computeIfAbsent(key, repository::findByKey);
            }

            @Override
            public Map<String, Unit> units() {
                return units;
            }

            @Override
            public QuotedPassage quote(Checks checks, String sourceKey, String passage, Integer hint) {
                return finder.quote(checks, sourceKey, passage, hint);
            }

            @Override
            public Optional<Observation> duplicate(Series s, Period period, QuotedPassage quote, Long exceptId) {
                return Optional.empty();
            }
        };
    }

    /** Every problem with the input, or none. */
    public java.util.List<FieldError> validate(ObservationInput in, Long exceptId) {
        return check(in, exceptId).errors();
    }

    /**
     * @param exceptId the observation being edited (it is not its own duplicate), or {@code null} for a new one
     */
    public Checked<ObservationDraft> check(ObservationInput in, Long exceptId) {
        return check(in, exceptId, database);
    }

    /** The same rules with other lookups (see {@link #cachingLookups()}). */
    public Checked<ObservationDraft> check(ObservationInput in, Long exceptId, Lookups lookups) {
        Checks c = new Checks();
        Series series = series(c, in.seriesKey(), lookups);
        Period period = period(c, in.period(), in.precision());
        BigDecimal value = null;
        try {
            value = Decimals.parse(in.value());
        } catch (IllegalArgumentException e) {
            c.add("value", e.getMessage());
        }
        if (series != null) {
            Map<String, Unit> units = lookups.units();
            Unit seriesUnit = units.get(series.unit());
            String unit = c.line("unit", "The unit", in.unit(), false, 20);
            if (unit != null && !units.containsKey(unit)) {
                c.add("unit", "'" + unit + "' is not a known unit; known units are " + units.keySet() + ".");
            } else if (unit != null && !unit.equals(series.unit())) {
                c.add("unit", "Series " + series.key() + " is in '" + series.unit() + "', not '" + unit
                        + "'; convert the value to " + series.unit() + " or choose a series in " + unit + ".");
            } else if (value != null && seriesUnit != null) {
                String problem = seriesUnit.problemWith(value);
                if (problem != null) {
                    c.add("value", problem);
                }
            }
        }
        Qualifier qualifier = qualifier(c, in.qualifier());
        String note = c.multiline("note", "The note", in.note(), false, MAX_NOTE);
        QuotedPassage quote = lookups.quote(c, in.sourceKey(), in.passage(), in.passageStart());
        if (!c.ok()) {
            return Checked.failed(c.errors());
        }
        Optional<Observation> duplicate = lookups.duplicate(series, period, quote, exceptId);
        if (duplicate.isPresent()) {
            Observation d = duplicate.get();
            c.add("passage", "This observation is already recorded as #" + d.id() + " (" + d.seriesKey() + ", "
                    + d.period().label() + ", value " + Decimals.format(d.value()) + ", quoting the same passage of "
                    + d.sourceKey() + "). Edit that one instead, or quote the passage that states this observation.");
            return Checked.failed(c.errors());
        }
        return Checked.ok(new ObservationDraft(series, period, value, qualifier, note, quote));
    }

    private static Series series(Checks c, String key, Lookups lookups) {
        if (key == null || key.isBlank()) {
            c.add("series", "Choose a series (or create one).");
            return null;
        }
        Optional<Series> s = lookups.series(key.strip());
        if (s.isEmpty()) {
            c.add("series", "There is no series '" + abbreviate(key.strip()) + "'; choose one or create it first.");
            return null;
        }
        return s.get();
    }

    Period period(Checks c, String label, String precisionCode) {
        PeriodPrecision precision = null;
        if (precisionCode != null && !precisionCode.isBlank()) {
            try {
                precision = PeriodPrecision.ofCode(precisionCode.strip());
                if (!precision.allowedForObservation()) {
                    c.add("precision", "An observation needs a year, quarter, month, day or range, not "
                            + precision.code() + ".");
                    precision = null;
                }
            } catch (IllegalArgumentException e) {
                c.add("precision", "'" + abbreviate(precisionCode.strip()) + "' is not a precision; choose year, "
                        + "quarter, month, day or range.");
            }
        }
        String text = c.line("period", "The period", label, true, 40);
        if (text == null) {
            return null;
        }
        Period period;
        int slash = text.indexOf('/');
        if (slash >= 0) {
            Period from = single(c, "period", text.substring(0, slash).strip());
            Period to = single(c, "periodEnd", text.substring(slash + 1).strip());
            if (from == null || to == null) {
                return null;
            }
            if (to.end().isBefore(from.start())) {
                c.add("periodEnd", "The end (" + to.label() + ") is before the start (" + from.label() + ").");
                return null;
            }
            if (!to.end().isAfter(from.end())) {
                c.add("periodEnd", "The end (" + to.label() + ") must be later than the start (" + from.label()
                        + "); for a single period, leave the end empty.");
                return null;
            }
            period = Period.parse(from.label() + "/" + to.label());
        } else {
            period = single(c, "period", text);
            if (period == null) {
                return null;
            }
        }
        if (precision != null && precision != period.precision()) {
            c.add("precision", "'" + period.label() + "' is " + describe(period.precision()) + ", but the precision "
                    + "says " + precision.code() + " (write it like " + example(precision) + ").");
            return null;
        }
        if (period.start().getYear() < MIN_YEAR) {
            c.add("period", "'" + period.label() + "' is before " + MIN_YEAR + "; check the year.");
            return null;
        }
        LocalDate today = LocalDate.now(clock);
        if (period.start().isAfter(today)) {
            c.add("period", "'" + period.label() + "' starts in the future (today is " + today + "). Only observations "
                    + "for periods that have begun can be recorded; put forecasts and targets in the note.");
            return null;
        }
        return period;
    }

    private static Period single(Checks c, String field, String text) {
        if (text.isEmpty()) {
            c.add(field, field.equals("period") ? "The period is required." : "The end of the range is empty.");
            return null;
        }
        try {
            Period p = Period.parse(text);
            if (p.isRange()) {
                c.add(field, "'" + text + "' has more than one '/'.");
                return null;
            }
            if (!p.precision().allowedForObservation()) {
                c.add(field, "'" + text + "' is a decade; an observation needs a year, quarter, month, day or range.");
                return null;
            }
            return p;
        } catch (IllegalArgumentException e) {
            c.add(field, "'" + abbreviate(text) + "' is not a period; write 2024, 2024-Q1, 2024-03 or 2024-03-15.");
            return null;
        }
    }

    private static Qualifier qualifier(Checks c, String code) {
        if (code == null || code.isBlank()) {
            return Qualifier.EXACT;
        }
        try {
            return Qualifier.ofCode(code.strip());
        } catch (IllegalArgumentException e) {
            c.add("qualifier", "'" + abbreviate(code.strip()) + "' is not a qualifier; use exact, approx, almost, "
                    + "more_than or less_than.");
            return null;
        }
    }

    static String describe(PeriodPrecision p) {
        return switch (p) {
            case YEAR -> "a year";
            case QUARTER -> "a quarter";
            case MONTH -> "a month";
            case DAY -> "a day";
            case RANGE -> "a range";
            case DECADE -> "a decade";
            case NONE -> "no date";
        };
    }

    static String example(PeriodPrecision p) {
        return switch (p) {
            case YEAR -> "2024";
            case QUARTER -> "2024-Q1";
            case MONTH -> "2024-03";
            case DAY -> "2024-03-15";
            case RANGE -> "2022/2024";
            case DECADE -> "1990s";
            case NONE -> "nothing";
        };
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
