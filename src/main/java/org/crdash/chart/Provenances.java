package org.crdash.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.crdash.chart.Provenance.AlsoStated;
import org.crdash.chart.Provenance.Detail;
import org.crdash.event.Event;
import org.crdash.event.EventService;
import org.crdash.series.Observation;
import org.crdash.series.ObservationService;
import org.crdash.series.Series;
import org.crdash.series.SeriesService;
import org.crdash.series.ValueFormat;
import org.crdash.source.Highlight;
import org.crdash.source.PassageContext;
import org.crdash.source.Source;
import org.crdash.source.SourceService;

/** The provenance of a charted item, as {@link ChartService#provenance(String)} gives it to the passage panel. */
final class Provenances {

    private static final int CONTEXT_SENTENCES = 2;

    private final SeriesService series;
    private final ObservationService observations;
    private final EventService events;
    private final SourceService sources;
    private final List<ChartAnnotations> annotations;

    Provenances(SeriesService series, ObservationService observations, EventService events, SourceService sources,
                List<ChartAnnotations> annotations) {
        this.series = series;
        this.observations = observations;
        this.events = events;
        this.sources = sources;
        this.annotations = annotations;
    }

    /** What the passage panel shows for "o123" / "e45"; empty if there is no such live item. */
    Optional<Provenance> of(String itemId) {
        if (itemId == null || !itemId.matches("[oe]\\d{1,18}")) {
            return Optional.empty();
        }
        long id = Long.parseLong(itemId.substring(1));
        List<Source> all = sources.findAll();
        SourcePalette palette = new SourcePalette(all);
        Map<Long, Source> byId = all.stream().collect(Collectors.toMap(Source::id, Function.identity()));
        if (itemId.startsWith("o")) {
            return observations.findById(id).filter(o -> !o.deleted()).map(o -> ofObservation(o, byId, palette));
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
        details.add(new Detail("Review", o.review().describe(o.reviewReason())));
        List<AlsoStated> also = observations.samePeriod(o).stream()
                .map(x -> new AlsoStated("o" + x.id(), ValueFormat.qualified(x.value(), s.unit(), x.qualifier()),
                        palette.label(x.sourceId()), palette.color(x.sourceId())))
                .toList();
        PassageContext c = context(source, o.passageStart(), o.passageEnd());
        return new Provenance("o" + o.id(), ValueFormat.qualified(o.value(), s.unit(), o.qualifier()), s.name(),
                o.period().display(), details, source, palette.color(source.id()), c, o.origin(), also, s.key(),
                observations.history(o.id()), contextHtml(source, c), notes("o" + o.id()));
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
        details.add(new Detail("Review", e.review().describe(e.reviewReason())));
        PassageContext c = context(source, e.passageStart(), e.passageEnd());
        return new Provenance("e" + e.id(), e.title(), e.category(), e.dateText(), details, source,
                palette.color(source.id()), c, e.origin(), List.of(), null, events.history(e.id()),
                contextHtml(source, c), notes("e" + e.id()));
    }

    private List<ChartAnnotations.Note> notes(String itemId) {
        return annotations.stream().flatMap(a -> a.notes(itemId).stream()).toList();
    }

    /** The context window as the article renders it, the passage marked (never markup like *…* or <sup>). */
    private String contextHtml(Source source, PassageContext c) {
        int from = c.passageStart() - c.before().length();
        int to = c.passageEnd() + c.after().length();
        return sources.rendered(source).fragment(from, to, List.of(new Highlight(c.passageStart(), c.passageEnd(),
                "p", Highlight.Kind.PASSAGE)));
    }

    private PassageContext context(Source source, int start, int end) {
        return PassageContext.around(sources.text(source.id()), start, end, CONTEXT_SENTENCES);
    }}
