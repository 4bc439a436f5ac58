package org.crdash.base.write;

import java.util.List;

/**
 * A write was refused because it has warnings the editor has not acknowledged; nothing was written. The form asks
 * "save anyway?", the API answers them (409), the import lists them; a repeat that acknowledges them saves, and the
 * audit row records what was acknowledged.
 */
public class WarningsException extends RuntimeException {

    private final List<SaveWarning> warnings;

    public WarningsException(List<SaveWarning> warnings) {
        super(warnings.size() + (warnings.size() == 1 ? " warning" : " warnings") + " to acknowledge; nothing was "
                + "saved: " + String.join(" ", warnings.stream().map(SaveWarning::message).toList()));
        if (warnings.isEmpty()) {
            throw new IllegalArgumentException("a refused write has at least one warning");
        }
        this.warnings = List.copyOf(warnings);
    }

    public List<SaveWarning> warnings() {
        return warnings;
    }

    /** Throws unless there is nothing to acknowledge or {@code saveAnyway}; returns what is acknowledged. */
    public static List<SaveWarning> unlessAcknowledged(List<SaveWarning> warnings, boolean saveAnyway) {
        if (!warnings.isEmpty() && !saveAnyway) {
            throw new WarningsException(warnings);
        }
        return List.copyOf(warnings);
    }
}
