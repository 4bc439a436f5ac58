package org.crdash.base;

import java.time.Instant;

/**
 * Someone else changed (or deleted) the row since it was loaded; nothing was written. The message says who and
 * when, so the editor can reload and redo their change on top of the other version.
 */
public class ConflictException extends RuntimeException {

    private final String changedBy;
    private final Instant changedAt;

    public ConflictException(String what, String changedBy, Instant changedAt, boolean deleted) {
        super(what + " was " + (deleted ? "deleted" : "changed") + " by " + changedBy + " at "
                + Timestamps.second(changedAt) + " after you opened it. Nothing was saved: reload it to see the current "
                + "version, then make your change again.");
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public ConflictException(String message) {
        super(message);
        this.changedBy = null;
        this.changedAt = null;
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
