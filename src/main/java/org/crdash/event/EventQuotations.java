package org.crdash.event;

import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Map;
import org.crdash.source.Quotations;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Events as the reader highlights them: a click opens the event on the events timeline. */
@Component
@Order(2)
class EventQuotations implements Quotations {

    private final EventRepository repository;

    EventQuotations(EventRepository repository) {
        this.repository = repository;
    }

    @Override
    public List<Quotation> ofSource(long sourceId) {
        return repository.ofSource(sourceId).stream().map(e -> new Quotation("e" + e.id(), e.passageStart(),
                e.passageEnd(), "events?" + QueryParameters.simple(Map.of("point", "e" + e.id())).getQueryString()))
                .toList();
    }

    @Override
    public String describe(int count) {
        return count + (count == 1 ? " event" : " events");
    }
}
