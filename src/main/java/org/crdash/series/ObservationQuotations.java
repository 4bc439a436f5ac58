package org.crdash.series;

import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Map;
import org.crdash.source.Quotations;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Observations as the reader highlights them: a click opens the point on its series' chart. */
@Component
@Order(1)
class ObservationQuotations implements Quotations {

    private final ObservationRepository repository;

    ObservationQuotations(ObservationRepository repository) {
        this.repository = repository;
    }

    @Override
    public List<Quotation> ofSource(long sourceId) {
        return repository.ofSource(sourceId).stream().map(o -> new Quotation("o" + o.id(), o.passageStart(),
                o.passageEnd(), "series/" + o.seriesKey() + "?"
                        + QueryParameters.simple(Map.of("point", "o" + o.id())).getQueryString())).toList();
    }

    @Override
    public String describe(int count) {
        return count + (count == 1 ? " observation" : " observations");
    }
}
