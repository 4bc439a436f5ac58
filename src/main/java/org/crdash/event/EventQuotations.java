package org.crdash.event;

import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Map;
import org.crdash.base.PeriodPrecision;
import org.crdash.source.Highlight;
import org.crdash.base.write.VersionedWrites;
import org.crdash.source.Quotations;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Events as the reader highlights them, with their date and title for the hover card. */
@Component
@Order(2)
class EventQuotations implements Quotations {

    private final EventRepository repository;
    private final VersionedWrites writes;

    EventQuotations(EventRepository repository, VersionedWrites writes) {
        this.repository = repository;
        this.writes = writes;
    }

    @Override
    public List<Quotation> ofSource(long sourceId) {
        return repository.ofSource(sourceId).stream().map(e -> new Quotation("e" + e.id(), e.passageStart(),
                e.passageEnd(), "events?" + QueryParameters.simple(Map.of("point", "e" + e.id())).getQueryString(),
                Highlight.Kind.EVENT, (e.date().precision() == PeriodPrecision.NONE ? e.dateText() : e.date().display())
                        + " · " + e.category(), e.title()))
                .toList();
    }

    @Override
    public String describe(int count) {
        return count + (count == 1 ? " event" : " events");
    }

    @Override
    public void deleteAll(long sourceId, String actor) {
        repository.ofSource(sourceId).forEach(r -> writes.delete(EventTable.TABLE, r.id(), r.version(), actor));
    }
}
