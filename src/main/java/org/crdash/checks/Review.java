package org.crdash.checks;

import java.time.Instant;
import java.util.Objects;

/** An editor's conclusion about a finding; a finding nobody reviewed is open at version -1. */
public record Review(String findingKey, ReviewStatus status, String comment, int version, Instant updatedAt,
                     String updatedBy) {

    public Review {
        Objects.requireNonNull(findingKey, "findingKey");
        Objects.requireNonNull(status, "status");
    }

    static Review none(String key) {
        return new Review(key, ReviewStatus.OPEN, null, -1, null, null);
    }

    public boolean reviewed() {
        return version >= 0;
    }
}
