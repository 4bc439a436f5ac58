package org.crdash.checks;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.crdash.series.Observation;
import org.crdash.series.ObservationFilter;
import org.crdash.series.ObservationService;
import org.crdash.series.Series;
import org.crdash.series.SeriesService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The claim checker: every finding of {@link CheckEngine} over the live observations. */
@Service
@Transactional(readOnly = true)
public class CheckService {

    private static final int PAGE = 5_000;

    private final ObservationService observations;
    private final SeriesService series;
    private final RelationRepository relations;

    CheckService(ObservationService observations, SeriesService series, RelationRepository relations) {
        this.observations = observations;
        this.series = series;
        this.relations = relations;
    }

    /** How series relate (growth_of, same_quantity_as, …), the data the arithmetic checks use. */
    public List<SeriesRelation> relations() {
        return relations.findAll();
    }

    /** Every finding matching the filter, most severe first. */
    public List<Finding> findings(CheckFilter filter) {
        return all().stream().filter(filter::test).toList();
    }

    public Optional<Finding> finding(String key) {
        return all().stream().filter(f -> f.key().equals(key)).findFirst();
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
        for (Finding f : findings(filter)) {
            counts.get(f.kind()).merge(f.verdict(), 1L, Long::sum);
        }
        return counts;
    }

    /** The findings that compare this observation. */
    public List<Finding> involving(long observationId) {
        return all().stream().filter(f -> f.involves(observationId)).toList();
    }

    private List<Finding> all() {
        return CheckEngine.run(data());
    }

    CheckData data() {
        Map<Long, Series> byId = series.findAll().stream().collect(Collectors.toMap(Series::id, Function.identity()));
        List<Claim> claims = new ArrayList<>();
        for (long offset = 0; ; offset += PAGE) {
            List<Observation> page = observations.findAt(ObservationFilter.ALL, offset, PAGE);
            for (Observation o : page) {
                Series s = byId.get(o.seriesId());
                if (s != null) {
                    claims.add(Claim.of(o, s));
                }
            }
            if (page.size() < PAGE) {
                break;
            }
        }
        return new CheckData(claims, relations.findAll(), relations.conversions());
    }
}
