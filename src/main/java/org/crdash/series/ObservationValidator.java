package org.crdash.series;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.crdash.base.Checked;
import org.crdash.base.Checks;
import org.crdash.base.Decimals;
import org.crdash.base.FieldError;
import org.crdash.base.Period;
import org.crdash.base.PeriodRules;
import org.crdash.source.QuotedPassage;
import org.crdash.source.SourceService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The rules for an observation, whoever enters it (form, REST, CSV import). Each problem is a {@link FieldError} on
 * one of the components of {@link ObservationInput}, by its name ({@code seriesKey}, {@code period} — a range's second
 * half on its part {@link PeriodRules#END} — {@code precision}, {@code value}, {@code unit}, {@code qualifier},
 * {@code note}, {@code sourceKey}, {@code passage}, {@code passageStart}); the period's rules are
 * {@link PeriodRules#OBSERVATION}.
 */
@Component
public class ObservationValidator {

    public static final int MAX_NOTE = 10_000;

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
    private final PeriodRules periods;
    private final Lookups database;

    /** The rules alone, for {@link #check(ObservationInput, Long, Lookups)} with lookups of one's own (tests). */
    ObservationValidator(Clock clock) {
        this.repository = null;
        this.sources = null;
        this.periods = new PeriodRules(clock);
        this.database = null;
    }

    @Autowired
    ObservationValidator(SeriesRepository repository, ObservationRepository observations, SourceService sources,
                         Clock clock) {
        this.repository = repository;
        this.sources = sources;
        this.periods = new PeriodRules(clock);
        this.database = new Lookups() {
            @Override
            public Optional<Series> series(String key) {
                return repository.findLiveByKey(key);
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
        org.crdash.source.QuoteFinder finder = sources.cachingQuoteFinder();
        return new Lookups() {
            @Override
            public Optional<Series> series(String key) {
                return series.computeIfAbsent(key, repository::findLiveByKey);
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
        Period period = periods.check(c, PeriodRules.OBSERVATION, "period", in.period(), in.precision());
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
            c.add("seriesKey", "Choose a series (or create one).");
            return null;
        }
        Optional<Series> s = lookups.series(key.strip());
        if (s.isEmpty()) {
            c.add("seriesKey", "There is no series '" + abbreviate(key.strip()) + "'; choose one or create it first.");
            return null;
        }
        return s.get();
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

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
