package org.crdash.extraction;

import java.util.List;
import org.crdash.source.Source;

/** A source's review queue: every candidate in text order, with where the time of writing was read from. */
public record Candidates(Source source, String asOf, List<Candidate> items) {

    public Candidates {
        items = List.copyOf(items);
    }

    public long count(Candidate.Status status) {
        return items.stream().filter(c -> c.status() == status).count();
    }

    /** Reviewed: added to the data or rejected. */
    public long reviewed() {
        return items.size() - count(Candidate.Status.OPEN);
    }
}
