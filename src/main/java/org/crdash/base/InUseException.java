package org.crdash.base;

/**
 * A row cannot be deleted on its own because live rows depend on it (a source that observations and events
 * quote, a series that observations belong to); nothing was deleted. The editor may delete them together.
 */
public class InUseException extends ConflictException {

    private final long dependents;

    public InUseException(String message, long dependents) {
        super(message);
        this.dependents = dependents;
    }

    /** How many live rows depend on it. */
    public long dependents() {
        return dependents;
    }
}
