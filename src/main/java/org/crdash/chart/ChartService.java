package org.crdash.chart;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.crdash.base.PeriodPrecision;
import org.crdash.chart.Provenance.AlsoStated;
import org.crdash.chart.Provenance.Detail;
import org.crdash.event.Event;
import org.crdash.event.EventService;
import org.crdash.series.Observation;
import org.crdash.series.Series;
import org.crdash.series.SeriesService;
import org.crdash.series.SeriesSummary;
import org.crdash.series.ValueFormat;
import org.crdash.source.PassageContext;
import org.crdash.source.Source;
import org.crdash.source.SourceService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Charts of series with their events, and the provenance of every charted item. */
@Service
@Transactional(readOnly = true)
public class ChartService {

    /** The headline series of the dashboard, in display order. */
    public static final List<String> HEADLINE = List.of("china_russia_trade_usd_bn", "china_russia_trade_growth_pct",
            "china_share_of_russia_trade_pct", "russia_share_of_china_trade_pct");

    private static final int CONTEXT_SENTENCES = 2;

    private final SeriesService series;
    private final EventService events;
    private final SourceService sources;

    ChartService(SeriesService series, EventService events, SourceService sources) {
        this.series = series;
        this.events = events;
        this.sources = sources;
    }

    public List<SeriesSummary> catalog() {
        return series.summaries();
    }

    public List<String> eventCategories() {
        return org.crdash.event.Event.CATEGORIES;
    }

    /** All live values of a series, oldest period first. */
    public List<Observation> observationsOf(Series s) {
        return series.observations(s.id());
    }

    public SourcePalette palette() {
        return new SourcePalette(sources.findAll());
    }

    /**
     * The chart of a series over [from, to] (either may be null: then the range fits the data), with the dated
     * events of the given categories that fall into the range.
     */
    public Optional<SeriesChart> chart(String seriesKey, LocalDate from, LocalDate to, Collection<String> eventCategories) {
        Optional<Series> found = series.findByKey(seriesKey);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Series s = found.get();
        List<Observation> all = series.observations(s.id());
        LocalDate start = from != null ? from : all.stream().map(o -> o.period().start()).min(LocalDate::compareTo)
                .map(d -> d.minusYears(1).withDayOfYear(1)).orElse(LocalDate.now().minusYears(10).withDayOfYear(1));
        LocalDate end = to != null ? to : all.stream().map(o -> o.period().end()).max(LocalDate::compareTo)
                .map(d -> d.plusYears(1).withMonth(12).withDayOfMonth(31)).orElse(LocalDate.now());
        if (end.isBefore(start.plusYears(4)) && to == null) {
            end = start.plusYears(4);
        }
        LocalDate a = start;
        LocalDate b = end;
        List<Observation> shown = all.stream()
                .filter(o -> !o.period().end().isBefore(a) && !o.period().start().isAfter(b)).toList();
        List<Event> shownEvents = events.findAll().stream()
                .filter(e -> e.date().precision() != PeriodPrecision.NONE)
                .filter(e -> eventCategories.contains(e.category()))
                .filter(e -> !e.date().end().isBefore(a) && !e.date().start().isAfter(b))
                .toList();
        return Optional.of(new SeriesChart(s, shown, shownEvents, a, b,
                ChartOptions.build(s, shown, shownEvents, palette(), a, b)));
    }

    /** What the passage panel shows for "o123" / "e45"; empty if there is no such live item. */
    public Optional<Provenance> provenance(String itemId) {
        if (itemId == null || !itemId.matches("[oe]\\d{1,18}")) {
            return Optional.empty();
        }
        long id = Long.parseLong(itemId.substring(1));
        List<Source> all = sources.findAll();
        SourcePalette palette = new SourcePalette(all);
        Map<Long, Source> byId = all.stream().collect(Collectors.toMap(Source::id, Function.identity()));
        if (itemId.startsWith("o")) {
            return series.findObservation(id).filter(o -> !o.deleted()).map(o -> ofObservation(o, byId, palette));
        }
        return events.findById(id).filter(e -> !e.deleted()).map(e -> ofEvent(e, byId, palette));
    }

    private Provenance ofObservation(Observation o, Map<Long, Source> byId, SourcePalette palette) {
        Series s = series.findById(o.seriesId()).orElseThrow();
        Source source = byId.get(o.sourceId());
        List<Detail> details = new ArrayList<>();
        details.add(new Detail("Value", o.value().stripTrailingZeros().toPlainString() + " " + s.unit()));
        details.add(new Detail("Qualifier", o.qualifier().code().replace('_', ' ')));
        details.add(new Detail("Period", o.period().display() + " (" + o.period().precision().code() + ")"));
        if (o.note() != null) {
            details.add(new Detail("Note", o.note()));
        }
        details.add(new Detail("Origin", o.origin().code()));
        List<AlsoStated> also = series.samePeriod(o).stream()
                .map(x -> new AlsoStated("o" + x.id(), ValueFormat.qualified(x.value(), s.unit(), x.qualifier()),
                        palette.label(x.sourceId()), palette.color(x.sourceId())))
                .toList();
        return new Provenance("o" + o.id(), ValueFormat.qualified(o.value(), s.unit(), o.qualifier()), s.name(),
                o.period().display(), details, source, palette.color(source.id()),
                context(source, o.passageStart(), o.passageEnd()), o.origin(), also, s.key(),
                series.observationHistory(o.id()));
    }

    private Provenance ofEvent(Event e, Map<Long, Source> byId, SourcePalette palette) {
        Source source = byId.get(e.sourceId());
        List<Detail> details = new ArrayList<>();
        details.add(new Detail("Date in the text", e.dateText()));
        details.add(new Detail("Read as", e.date().display() + " (" + e.date().precision().code() + ")"));
        details.add(new Detail("Category", e.category()));
        if (e.note() != null) {
            details.add(new Detail("Note", e.note()));
        }
        details.add(new Detail("Origin", e.origin().code()));
        return new Provenance("e" + e.id(), e.title(), e.category(), e.dateText(), details, source,
                palette.color(source.id()), context(source, e.passageStart(), e.passageEnd()), e.origin(), List.of(),
                null, events.history(e.id()));
    }

    private PassageContext context(Source source, int start, int end) {
        return PassageContext.around(sources.text(source.id()), start, end, CONTEXT_SENTENCES);
    }
}
