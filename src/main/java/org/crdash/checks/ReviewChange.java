package org.crdash.checks;

import java.time.Instant;

/** One change of a finding's review, as check_review_log keeps it; {@code oldStatus} is null for the first. */
public record ReviewChange(Instant occurredAt, String actor, ReviewStatus oldStatus, ReviewStatus newStatus,
                           String comment) {
}
