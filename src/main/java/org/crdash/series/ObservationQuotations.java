package org.crdash.series;

import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.crdash.source.Highlight;
import org.crdash.base.write.VersionedWrites;
import org.crdash.source.Quotations;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Observations as the reader highlights them, with their value for the hover card. */
@Component
@Order(1)
class ObservationQuotations implements Quotations {

    private final ObservationRepository repository;
    private final SeriesRepository series;
    private final VersionedWrites writes;

    ObservationQuotations(ObservationRepository repository, SeriesRepository series, VersionedWrites writes) {
        this.repository = repository;
        this.series = series;
        this.writes = writes;
    }

    @Override
    public List<Quotation> ofSource(long sourceId) {
        Map<Long, Series> byId = series.findAll().stream().collect(Collectors.toMap(Series::id, s -> s));
        return repository.ofSource(sourceId).stream().map(o -> {
            Series s = byId.get(o.seriesId());
            return new Quotation("o" + o.id(), o.passageStart(), o.passageEnd(), "series/" + o.seriesKey() + "?"
                    + QueryParameters.simple(Map.of("point", "o" + o.id())).getQueryString(),
                    Highlight.Kind.OBSERVATION, (s == null ? o.seriesKey() : s.name()) + " · " + o.period().display(),
                    ValueFormat.qualified(o.value(), s == null ? "" : s.unit(), o.qualifier()));
        }).toList();
    }

    @Override
    public String describe(int count) {
        return count + (count == 1 ? " observation" : " observations");
    }

    @Override
    public void deleteAll(long sourceId, String actor) {
        repository.ofSource(sourceId).forEach(r -> writes.delete(ObservationTable.TABLE, r.id(), r.version(), actor));
    }
}
