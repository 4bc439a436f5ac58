package org.crdash.extraction.api;

import java.util.List;
import org.crdash.extraction.Candidate;
import org.crdash.extraction.Candidates;

/** A source's candidates with the queue's progress: {@code reviewed} of {@code total} (added or rejected). */
record CandidatesJson(String source, String asOf, long total, long open, long added, long rejected, long reviewed,
                      List<CandidateJson> candidates) {

    static CandidatesJson of(Candidates c, boolean includeRejected) {
        return new CandidatesJson(c.source().sourceKey(), c.asOf(), c.items().size(), c.count(Candidate.Status.OPEN),
                c.count(Candidate.Status.ADDED), c.count(Candidate.Status.REJECTED), c.reviewed(),
                c.items().stream().filter(i -> includeRejected || i.status() != Candidate.Status.REJECTED)
                        .map(CandidateJson::of).toList());
    }
}
