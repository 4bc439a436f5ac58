package org.crdash.seed;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crdash.base.Checks;
import org.crdash.base.Period;
import org.crdash.event.Event;
import org.crdash.event.EventValidator;
import org.crdash.series.Observation;
import org.crdash.series.ObservationValidator;
import org.crdash.series.Series;
import org.crdash.series.Unit;
import org.crdash.source.QuotedPassage;
import org.crdash.source.SourceService;

/**
 * What the observation and event rules look up while the seed loads: the series the seed just wrote, every unit
 * and category once, and each article's text once — also where a user has deleted the series or source since
 * (the seed's rows stay what the files say). Duplicates are the seed's own, set-based check (rows are matched by
 * their id, so a row is never its own duplicate).
 */
final class SeedLookups implements ObservationValidator.Lookups, EventValidator.Lookups {

    private final Map<String, Series> series = new HashMap<>();
    private final Map<String, Unit> units = new LinkedHashMap<>();
    private final List<String> categories;
    private final org.crdash.source.QuoteFinder quotes;

    SeedLookups(List<Unit> units, List<String> categories, SourceService sources) {
        units.forEach(u -> this.units.put(u.code(), u));
        this.categories = List.copyOf(categories);
        this.quotes = sources.cachingQuoteFinderWithDeleted();
    }

    void add(Series s) {
        series.put(s.key(), s);
    }

    @Override
    public Optional<Series> series(String key) {
        return Optional.ofNullable(series.get(key));
    }

    @Override
    public Map<String, Unit> units() {
        return units;
    }

    @Override
    public List<String> categories() {
        return categories;
    }

    @Override
    public QuotedPassage quote(Checks checks, String sourceKey, String passage, Integer hint) {
        return quotes.quote(checks, sourceKey, passage, hint);
    }

    @Override
    public Optional<Observation> duplicate(Series s, Period period, QuotedPassage quote, Long exceptId) {
        return Optional.empty();
    }

    @Override
    public Optional<Event> duplicate(QuotedPassage quote, String title, Long exceptId) {
        return Optional.empty();
    }
}
