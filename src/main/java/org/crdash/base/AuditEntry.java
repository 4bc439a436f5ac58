package org.crdash.base;

import java.time.Instant;
import java.util.Objects;

/** One row of the audit log: who did what to which row, with the row before and after as JSON. */
public record AuditEntry(long id, Instant occurredAt, String actor, AuditLog.Action action, AuditLog.Entity entity,
                         long entityId, String oldJson, String newJson) {

    public AuditEntry {
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        if (action == AuditLog.Action.create && oldJson != null) {
            throw new IllegalArgumentException("a create has no old value");
        }
    }
}
