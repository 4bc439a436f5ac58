package org.crdash.extraction.ui;

import com.vaadin.flow.component.notification.Notification;
import org.crdash.base.ReviewStatus;
import org.crdash.base.ValidationException;
import org.crdash.event.EventService;
import org.crdash.extraction.Candidate;
import org.crdash.extraction.ReviewService;
import org.crdash.series.ObservationService;

/** The observation or event a candidate already is in the data: how its review stands, and setting it. */
final class InData {

    private final ReviewService reviews;
    private final ObservationService observations;
    private final EventService events;

    InData(ReviewService reviews, ObservationService observations, EventService events) {
        this.reviews = reviews;
        this.observations = observations;
        this.events = events;
    }

    /** "In the data as observation #12, review: disputed: …". */
    String describe(Candidate c) {
        return c.kind() == Candidate.Kind.OBSERVATION
                ? observations.findById(c.addedId()).map(o -> "In the data as observation #" + o.id() + ", review: "
                        + o.review().describe(o.reviewReason()) + ".").orElse("")
                : events.findById(c.addedId()).map(e -> "In the data as event #" + e.id() + ", review: "
                        + e.review().describe(e.reviewReason()) + ".").orElse("");
    }

    /** Confirms or disputes it through the one write path; false (and why, in a notification) where refused. */
    boolean set(Candidate c, ReviewStatus status, String reason) {
        boolean observation = c.kind() == Candidate.Kind.OBSERVATION;
        int version = observation ? observations.findById(c.addedId()).orElseThrow().version()
                : events.findById(c.addedId()).orElseThrow().version();
        try {
            reviews.review(observation ? ReviewService.Target.OBSERVATION : ReviewService.Target.EVENT, c.addedId(),
                    version, status, reason);
            Notification.show("Marked " + status.code() + ".", 3000, Notification.Position.BOTTOM_START);
            return true;
        } catch (ValidationException e) {
            Notification.show(e.errors().getFirst().message(), 5000, Notification.Position.MIDDLE);
            return false;
        }
    }
}
