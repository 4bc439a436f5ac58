package org.crdash.extraction;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.crdash.base.NotFoundException;
import org.crdash.base.ValidationException;
import org.crdash.base.security.CurrentUser;
import org.crdash.event.Event;
import org.crdash.event.EventService;
import org.crdash.series.Observation;
import org.crdash.series.ObservationService;
import org.crdash.series.Series;
import org.crdash.series.SeriesCategory;
import org.crdash.series.SeriesService;
import org.crdash.source.Source;
import org.crdash.source.SourceService;
import org.crdash.source.TextOffsets;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The extraction assistant: a source's candidates (observations and events the text states), which of them
 * the source already has, and the rejections reviewers made. Accepting a candidate is the ordinary write of
 * an observation or event (its service's validated, audited path); nothing here writes data.
 */
@Service
public class ExtractionService {

    public static final int MAX_REASON = 2000;
    private static final int CACHED_SOURCES = 16;

    private final SourceService sources;
    private final SeriesService series;
    private final ObservationService observations;
    private final EventService events;
    private final RejectionRepository rejections;
    private final Clock clock;
    /** Extraction reads the whole text several times; keyed by text hash and the series it suggests from. */
    private final Map<String, Extracted> cache = new LinkedHashMap<>(CACHED_SOURCES, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Extracted> eldest) {
            return size() > CACHED_SOURCES;
        }
    };

    private record Extracted(String asOf, List<ObservationCandidate> observations, List<EventCandidate> events) {
    }

    ExtractionService(SourceService sources, SeriesService series, ObservationService observations,
            EventService events, RejectionRepository rejections, Clock clock) {
        this.sources = sources;
        this.series = series;
        this.observations = observations;
        this.events = events;
        this.rejections = rejections;
        this.clock = clock;
    }

    /** The review queue of the live source {@code sourceKey}. */
    public Candidates candidates(String sourceKey) {
        Source source = source(sourceKey);
        String text = sources.text(source.id());
        Extracted ex = extracted(source, text);
        Map<String, String> rejected = rejections.ofSource(source.id());
        List<Observation> added = observations.ofSource(source.id()).stream().filter(o -> !o.deleted()).toList();
        List<Event> addedEvents = events.ofSource(source.id()).stream().filter(e -> !e.deleted()).toList();
        List<Candidate> items = new ArrayList<>();
        for (ObservationCandidate c : ex.observations()) {
            int ps = TextOffsets.offset(text, c.passageStart());
            int pe = TextOffsets.offset(text, c.passageEnd());
            int ms = TextOffsets.offset(text, c.numberStart());
            int me = TextOffsets.offset(text, c.numberEnd());
            String id = "o" + ms + "-" + me;
            Long has = added.stream().filter(o -> o.passageStart() < pe && ps < o.passageEnd()
                    && o.value().compareTo(c.value()) == 0).map(Observation::id).findFirst().orElse(null);
            items.add(item(id, Candidate.Kind.OBSERVATION, has, rejected, ps, pe, c.passage(), ms, me, c, null));
        }
        for (EventCandidate c : ex.events()) {
            int ps = TextOffsets.offset(text, c.passageStart());
            int pe = TextOffsets.offset(text, c.passageEnd());
            int ms = TextOffsets.offset(text, c.dateStart());
            int me = TextOffsets.offset(text, c.dateStart() + c.dateText().length());
            String id = "e" + ms + "-" + (c.date().label() == null ? "none" : c.date().label());
            Long has = addedEvents.stream().filter(e -> e.passageStart() < pe && ps < e.passageEnd()
                    && Objects.equals(e.date().label(), c.date().label())).map(Event::id).findFirst().orElse(null);
            items.add(item(id, Candidate.Kind.EVENT, has, rejected, ps, pe, c.passage(), ms, me, null, c));
        }
        items.sort(Comparator.comparingInt(Candidate::passageStart).thenComparingInt(Candidate::markStart)
                .thenComparing(Candidate::kind));
        return new Candidates(source, ex.asOf(), items);
    }

    private static Candidate item(String id, Candidate.Kind kind, Long added, Map<String, String> rejected, int ps,
            int pe, String passage, int ms, int me, ObservationCandidate o, EventCandidate e) {
        String reason = rejected.get(id);
        Candidate.Status status = added != null ? Candidate.Status.ADDED : reason != null ? Candidate.Status.REJECTED
                : Candidate.Status.OPEN;
        return new Candidate(id, kind, status, ps, pe, passage, ms, me, o, e,
                status == Candidate.Status.REJECTED ? reason : null, added);
    }

    /** Rejects a candidate of the source: it is not proposed again (until {@link #unreject}). */
    @Transactional
    public void reject(String sourceKey, String candidateId, String reason) {
        String actor = CurrentUser.require();
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (why != null && why.length() > MAX_REASON) {
            throw new ValidationException("reason", "A reason has at most " + MAX_REASON + " characters (this one has "
                    + why.length() + ").");
        }
        Source source = candidateOf(sourceKey, candidateId);
        rejections.reject(source.id(), candidateId, why, actor, clock.instant());
    }

    /** Proposes a rejected candidate again. */
    @Transactional
    public void unreject(String sourceKey, String candidateId) {
        CurrentUser.require();
        Source source = source(sourceKey);
        if (!rejections.unreject(source.id(), candidateId)) {
            throw new NotFoundException("candidate '" + candidateId + "' of source '" + sourceKey + "' is not rejected");
        }
    }

    private Source candidateOf(String sourceKey, String candidateId) {
        Candidates all = candidates(sourceKey);
        if (all.items().stream().noneMatch(c -> c.id().equals(candidateId))) {
            throw new NotFoundException("source '" + sourceKey + "' has no candidate '" + candidateId + "'");
        }
        return all.source();
    }

    private Source source(String sourceKey) {
        return sources.findLiveByKey(sourceKey).orElseThrow(() -> new NotFoundException("no source '" + sourceKey
                + "'"));
    }

    private Extracted extracted(Source source, String text) {
        List<Series> all = series.findAll();
        String key = source.sha256() + "|" + source.publishedStart() + "|" + all.stream()
                .map(s -> s.key() + ":" + s.unit() + ":" + s.version()).toList().hashCode();
        synchronized (cache) {
            Extracted hit = cache.get(key);
            if (hit != null) {
                return hit;
            }
        }
        LocalDate today = LocalDate.now(clock);
        List<String> categories = series.categories().stream().map(SeriesCategory::code).toList();
        Extracted ex = new Extracted(AsOf.of(source.publishedStart(), text, today).reading(),
                new CandidateExtractor(all, categories).observations(text, source.publishedStart(), today),
                new EventReader(events.categories()).events(text, source.publishedStart(), today));
        synchronized (cache) {
            cache.put(key, ex);
        }
        return ex;
    }
}
