package org.crdash.chart;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.crdash.base.PeriodPrecision;
import org.crdash.event.Event;
import org.crdash.event.EventService;
import org.crdash.series.Observation;
import org.crdash.series.Series;
import org.crdash.series.SeriesExtent;
import org.crdash.series.ObservationService;
import org.crdash.series.SeriesService;
import org.crdash.series.SeriesSummary;
import org.crdash.series.ValueFormat;
import org.crdash.source.RenderedText;
import org.crdash.source.Source;
import org.crdash.source.SourceService;
import org.springframework.stereotype.Service;
import tools.jackson.databind.node.ObjectNode;
import org.springframework.transaction.annotation.Transactional;

/** Charts of series with their events, and the provenance of every charted item. */
@Service
@Transactional(readOnly = true)
public class ChartService {

    /** The headline series of the dashboard, in display order. */
    public static final List<String> HEADLINE = List.of("china_russia_trade_usd_bn", "china_russia_trade_growth_pct",
            "china_share_of_russia_trade_pct", "russia_share_of_china_trade_pct");

    /** At most this many values are drawn per chart; a range with more is downsampled. */
    public static final int MAX_POINTS = 2000;

    /** A series quoted from up to this many sources is downsampled per source; with more, over all of them. */
    static final int PER_SOURCE_UP_TO = 4;

    private final SeriesService series;
    private final ObservationService observations;
    private final EventService events;
    private final SourceService sources;

    private final List<ChartAnnotations> annotations;
    private final Provenances provenances;

    ChartService(SeriesService series, ObservationService observations, EventService events,
                 SourceService sources, List<ChartAnnotations> annotations) {
        this.annotations = List.copyOf(annotations);
        this.series = series;
        this.observations = observations;
        this.events = events;
        this.sources = sources;
        this.provenances = new Provenances(series, observations, events, sources, this.annotations);
    }

    public List<SeriesSummary> catalog() {
        return series.summaries();
    }

    public List<String> eventCategories() {
        return events.categories();
    }

    /** How many live values a series has. */
    public long countObservationsOf(Series s) {
        return observations.count(org.crdash.series.ObservationFilter.ofSeries(s.key()));
    }

    /** One slice of a series' live values in period order (for tables of long series). */
    public List<Observation> observationsOf(Series s, int offset, int limit) {
        return observations.find(org.crdash.series.ObservationFilter.ofSeries(s.key()), null, offset, limit);
    }

    /** All live values of a series, oldest period first. */
    public List<Observation> observationsOf(Series s) {
        return observations.ofSeries(s.id());
    }

    public SourcePalette palette() {
        return new SourcePalette(sources.findAll());
    }

    /**
     * The chart of a series over [from, to] (either may be null: then the range fits the data), with the dated
     * events of the given categories that fall into the range. Up to {@value #MAX_POINTS} values in the range
     * are all drawn; beyond that the chart is {@linkplain SeriesChart#downsampled() downsampled}.
     */
    public Optional<SeriesChart> chart(String seriesKey, LocalDate from, LocalDate to, Collection<String> eventCategories) {
        return chart(seriesKey, from, to, eventCategories, null, null);
    }

    /**
     * The chart of a series over [from, to] (the time axis, resolved as by {@link #chart(String, LocalDate,
     * LocalDate, Collection)}) with the values of the visible window [visibleFrom, visibleTo] only, and the
     * chart's zoom set to that window. This is what a view asks for when the user zooms a chart that
     * {@linkplain SeriesChart#needsRequeryOnZoom() needs it}: the axis and events stay, the values are fetched
     * again for the window, all of them if it holds at most {@value #MAX_POINTS}. A window end that is null or
     * outside the axis is clipped to it; a window that covers the whole axis gives the plain chart.
     */
    public Optional<SeriesChart> chart(String seriesKey, LocalDate from, LocalDate to, Collection<String> eventCategories,
                                       LocalDate visibleFrom, LocalDate visibleTo) {
        return chart(seriesKey, from, to, eventCategories, visibleFrom, visibleTo, null);
    }

    /**
     * One chart of several series of one unit on one time axis, each in its own colour and line style, the
     * sources told apart by their markers. A series of another unit than the first is {@linkplain
     * ChartComparison#refused() refused}, not drawn; unknown keys are left out.
     */
    public ChartComparison compare(List<String> seriesKeys, LocalDate from, LocalDate to,
                                   Collection<String> eventCategories) {
        Range r = range(seriesKeys, from, to);
        List<SeriesChart> parts = new ArrayList<>();
        List<Series> refused = new ArrayList<>();
        for (Series s : seriesKeys.stream().map(series::findByKey).flatMap(Optional::stream).toList()) {
            if (!parts.isEmpty() && !parts.getFirst().series().unit().equals(s.unit())) {
                refused.add(s);
            } else {
                chart(s.key(), r.from(), r.to(), eventCategories, null, null, CompareOptions.color(parts.size()))
                        .ifPresent(parts::add);
            }
        }
        return new ChartComparison(parts, refused);
    }

    /** @param tint one colour for all its sources (a series of a compared chart), or null for theirs */
    private Optional<SeriesChart> chart(String seriesKey, LocalDate from, LocalDate to,
                                        Collection<String> eventCategories, LocalDate visibleFrom,
                                        LocalDate visibleTo, String tint) {
        Optional<Series> found = series.findByKey(seriesKey);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Series s = found.get();
        Range range = fit(from == null || to == null ? observations.extent(s.id()) : Optional.empty(), from, to);
        LocalDate a = range.from();
        LocalDate b = range.to();
        LocalDate wa = visibleFrom == null || visibleFrom.isBefore(a) || visibleFrom.isAfter(b) ? a : visibleFrom;
        LocalDate wb = visibleTo == null || visibleTo.isAfter(b) || visibleTo.isBefore(wa) ? b : visibleTo;
        boolean windowed = !wa.equals(a) || !wb.equals(b);

        List<Observation> shown;
        long total;
        if (observations.countInRange(s.id(), wa, wb, MAX_POINTS + 1L) <= MAX_POINTS) {
            shown = observations.inRange(s.id(), wa, wb);
            total = shown.size();
        } else {
            Downsampling.Downsampled d = Downsampling.downsample(observations, s, wa, wb);
            shown = d.shown();
            total = Math.max(d.total(), shown.size());
        }
        List<Event> shownEvents = eventsIn(a, b, eventCategories);
        LocalDate va = windowed ? wa : null;
        LocalDate vb = windowed ? wb : null;
        List<Source> all = sources.findAll();
        SourcePalette palette = tint == null ? new SourcePalette(all) : new SourcePalette(all).tinted(tint);
        Map<Long, Long> counts = shown.stream().collect(Collectors.groupingBy(Observation::sourceId,
                Collectors.counting()));
        List<ChartSource> legend = all.stream().filter(src -> counts.containsKey(src.id()))
                .map(src -> ChartSource.of(src, palette, counts.get(src.id()).intValue())).toList();
        Map<Long, RenderedText> texts = new java.util.HashMap<>();
        Map<Long, Source> byId = all.stream().collect(Collectors.toMap(Source::id, Function.identity()));
        boolean downsampled = total > shown.size();
        // a downsampled chart has thousands of values: their passages stay in the panel and the series table
        Map<Long, String> passages = new java.util.HashMap<>();
        if (!downsampled) {
            shown.forEach(ob -> passages.put(ob.id(), texts.computeIfAbsent(ob.sourceId(),
                    id -> sources.rendered(byId.get(id))).passageHtml(ob.passageStart(), ob.passageEnd())));
        }
        List<ChartAnnotations.Marker> markers = annotations.stream().flatMap(x -> x.markers(s, shown).stream())
                .toList();
        // with sources hidden the option is built again over the visible values: their spreads, side-by-side
        // offsets and markers, as if the hidden sources had stated nothing
        Function<Set<Long>, ObjectNode> visibleOption = hidden -> {
            List<Observation> visible = shown.stream().filter(ob -> !hidden.contains(ob.sourceId())).toList();
            ObjectNode o = ChartOptions.build(s, visible, palette, a, b, downsampled ? total : visible.size(), va,
                    vb, ob -> passages.get(ob.id()));
            ChartOptions.addMarkers(o, visible, markers);
            return o;
        };
        return Optional.of(new SeriesChart(s, shown, shownEvents, a, b, visibleOption.apply(Set.of()), total, va,
                vb, legend, downsampled ? List.of() : PeriodSpread.of(shown), passages, visibleOption));
    }

    /** A time axis: what several charts share so they line up. */
    public record Range(LocalDate from, LocalDate to) {
        public Range {
            if (to.isBefore(from)) {
                throw new IllegalArgumentException("chart range ends before it starts");
            }
        }
    }

    /**
     * The one time axis for charts of these series and the events timeline: [from, to] where given, else fitted
     * around all their values (a year of margin, at least four years), so every chart of a dashboard lines up.
     */
    public Range range(Collection<String> seriesKeys, LocalDate from, LocalDate to) {
        if (from != null && to != null) {
            return fit(Optional.empty(), from, to);
        }
        Optional<SeriesExtent> all = seriesKeys.stream().map(series::findByKey).flatMap(Optional::stream)
                .map(s -> observations.extent(s.id())).flatMap(Optional::stream)
                .reduce((x, y) -> new SeriesExtent(x.firstStart().isBefore(y.firstStart()) ? x.firstStart()
                        : y.firstStart(), x.lastEnd().isAfter(y.lastEnd()) ? x.lastEnd() : y.lastEnd()));
        return fit(all, from, to);
    }

    private static Range fit(Optional<SeriesExtent> extent, LocalDate from, LocalDate to) {
        LocalDate start = from != null ? from : extent.map(e -> e.firstStart().minusYears(1).withDayOfYear(1))
                .orElse(LocalDate.now().minusYears(10).withDayOfYear(1));
        LocalDate end = to != null ? to : extent.map(e -> e.lastEnd().plusYears(1).withMonth(12).withDayOfMonth(31))
                .orElse(LocalDate.now());
        if (end.isBefore(start.plusYears(4)) && to == null) {
            end = start.plusYears(4);
        }
        return new Range(start, end);
    }

    /** The events timeline over [from, to]: the dated events of these categories, a row per category. */
    public EventTimeline timeline(LocalDate from, LocalDate to, Collection<String> eventCategories) {
        List<Event> shown = eventsIn(from, to, eventCategories).stream()
                .sorted(Comparator.comparing((Event e) -> e.date().start()).thenComparingLong(Event::id)).toList();
        List<String> rows = events.categories().stream()
                .filter(c -> shown.stream().anyMatch(e -> e.category().equals(c))).toList();
        return new EventTimeline(shown, rows, from, to, TimelineOptions.build(shown, rows, palette(), from, to));
    }

    private List<Event> eventsIn(LocalDate a, LocalDate b, Collection<String> categories) {
        return events.findAll().stream()
                .filter(e -> e.date().precision() != PeriodPrecision.NONE)
                .filter(e -> categories.contains(e.category()))
                .filter(e -> !e.date().end().isBefore(a) && !e.date().start().isAfter(b))
                .toList();
    }

    /** What the passage panel shows for "o123" / "e45"; empty if there is no such live item. */
    public Optional<Provenance> provenance(String itemId) {
        return provenances.of(itemId);
    }
}
