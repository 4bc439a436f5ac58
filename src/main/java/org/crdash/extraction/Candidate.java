package org.crdash.extraction;

import java.util.Objects;

/**
 * One candidate of a source's review queue: an observation or an event the extractor proposes, where it is
 * in the text, and what has become of it.
 *
 * @param id           stable within the source: "o120-134" (the number's stored offsets), "e88-2023-03" (the date
 *                     wording's start and the date)
 * @param passageStart the passage's start as a stored offset (code points, see {@code source.TextOffsets})
 * @param passageEnd   the passage's end as a stored offset
 * @param markStart    what the candidate reads (the number, or the date wording) as stored offsets
 * @param observation  the observation proposed, for {@link Kind#OBSERVATION}; else null
 * @param event        the event proposed, for {@link Kind#EVENT}; else null
 * @param rejection    the reason given when it was rejected ("" for none), null unless rejected
 * @param addedId      the id of the observation or event the source already has for it (status ADDED), else null
 */
public record Candidate(String id, Kind kind, Status status, int passageStart, int passageEnd, String passage,
                        int markStart, int markEnd, ObservationCandidate observation, EventCandidate event,
                        String rejection, Long addedId) {

    public enum Kind { OBSERVATION, EVENT }

    /** OPEN: to review; ADDED: the source already has this observation or event; REJECTED: not proposed again. */
    public enum Status { OPEN, ADDED, REJECTED }

    public Candidate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        if ((kind == Kind.OBSERVATION) != (observation != null) || (kind == Kind.EVENT) != (event != null)) {
            throw new IllegalArgumentException("a candidate carries exactly the proposal of its kind");
        }
        if ((status == Status.ADDED) != (addedId != null)) {
            throw new IllegalArgumentException("only a candidate in the data names its row");
        }
        if ((status == Status.REJECTED) != (rejection != null)) {
            throw new IllegalArgumentException("only a rejected candidate has a rejection reason");
        }
    }

    public boolean open() {
        return status == Status.OPEN;
    }
}
