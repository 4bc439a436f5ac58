package org.crdash.checks;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.crdash.base.NotFoundException;
import org.crdash.base.SqlWhere;
import org.crdash.base.security.CurrentUser;
import org.crdash.base.write.SaveWarning;
import org.crdash.series.ObservationService;
import org.crdash.series.Series;
import org.crdash.series.SeriesService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The claim checker: the findings of {@link CheckEngine} over the live observations, stored and brought up to date
 * with what changed before every read ({@link IncrementalChecks}, {@link FindingStore}), with editors' reviews.
 */
@Service
@Transactional(readOnly = true)
public class CheckService {

    private final ObservationService observations;
    private final SeriesService series;
    private final RelationRepository relations;
    private final FindingStore store;
    private final IncrementalChecks incremental;
    private final Reviews reviews;

    CheckService(ObservationService observations, SeriesService series, RelationRepository relations,
                 FindingStore store, IncrementalChecks incremental, Reviews reviews) {
        this.observations = observations;
        this.series = series;
        this.relations = relations;
        this.store = store;
        this.incremental = incremental;
        this.reviews = reviews;
    }

    /** Every finding matching the filter, most severe first. */
    public List<Checked> findings(CheckFilter filter) {
        refresh();
        return store.find(filter.where());
    }

    public Optional<Checked> finding(String key) {
        refresh();
        return store.find(SqlWhere.builder().and("f.finding_key = ?", key).build()).stream().findFirst();
    }

    /** The findings that compare this observation. */
    public List<Checked> involving(long observationId) {
        refresh();
        return store.find(SqlWhere.builder().and("f.observation_ids @> ARRAY[?]::bigint[]", observationId).build());
    }

    /** How many findings of each kind have each verdict (every kind and verdict present, zeros included). */
    public Map<CheckKind, Map<Verdict, Long>> counts(CheckFilter filter) {
        Map<CheckKind, Map<Verdict, Long>> counts = new EnumMap<>(CheckKind.class);
        for (CheckKind k : CheckKind.values()) {
            Map<Verdict, Long> byVerdict = new EnumMap<>(Verdict.class);
            for (Verdict v : Verdict.values()) {
                byVerdict.put(v, 0L);
            }
            counts.put(k, byVerdict);
        }
        for (Checked c : findings(filter)) {
            counts.get(c.finding().kind()).merge(c.finding().verdict(), 1L, Long::sum);
        }
        return counts;
    }

    /**
     * What an editor should be warned of before saving this value (not in its passage, a duplicate, a conflict
     * with other sources); empty when nothing. For forms, the API and the import: warn and offer "save anyway".
     */
    public List<SaveWarning> warnings(DraftWarnings.Draft draft) {
        return warningsForMany().apply(draft);
    }

    /**
     * {@link #warnings} for many drafts in a row (an import): each series and its values, and the unit conversions,
     * are read once. Only the series' own values are compared: cheap enough for every change of a form field.
     */
    public Function<DraftWarnings.Draft, List<SaveWarning>> warningsForMany() {
        Map<String, Optional<Series>> seriesByKey = new HashMap<>();
        Map<Long, CheckData> data = new HashMap<>();
        UnitConversions conversions = relations.conversions();
        return draft -> seriesByKey.computeIfAbsent(draft.seriesKey(), series::findByKey)
                .map(s -> DraftWarnings.of(draft, s.name(), s.unit(), data.computeIfAbsent(s.id(), id -> new CheckData(
                        observations.ofSeries(id).stream().map(o -> Claim.of(o, s)).toList(), List.of(),
                        conversions))))
                .orElse(List.of()); // an unknown series is the validator's error, not a warning
    }

    /** How series relate (growth_of, same_quantity_as, …), the data the arithmetic checks use. */
    public List<SeriesRelation> relations() {
        return relations.findAll();
    }

    /**
     * Records an editor's conclusion about a finding.
     *
     * @param expectedVersion the review's version the editor saw; -1 when it had none
     * @throws org.crdash.base.ConflictException if someone else reviewed it since
     */
    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    public Review review(String key, ReviewStatus status, String comment, int expectedVersion) {
        String actor = CurrentUser.require();
        if (finding(key).isEmpty()) {
            throw new NotFoundException("No finding with key '" + key + "' (the data it compared may have changed).");
        }
        return reviews.set(key, status, comment, expectedVersion, actor);
    }

    /** Who changed a finding's review and how, oldest first. */
    public List<ReviewChange> reviewHistory(String key) {
        return reviews.history(key);
    }

    /** Brings the stored findings up to date with what changed since; true if anything was recomputed. */
    public boolean refresh() {
        return incremental.run() != IncrementalChecks.Run.NONE;
    }
}
