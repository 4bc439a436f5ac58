package org.crdash.base.write;

import java.util.Objects;
import org.crdash.base.AuditLog.Entity;
import org.crdash.base.FieldError;

/**
 * What the one write path needs to know about an audited table: which table it is, what a person calls one of
 * its rows (for messages like "Observation #12 was changed by …"), and what to tell an editor when the database's
 * unique index refuses a row because someone else just stored the same one.
 *
 * @param entity    the table (and audit log entity type)
 * @param noun      a row in words, capitalised: "Observation", "Event", "Source", "Series"
 * @param duplicate the error when a concurrent write stored the same row first (the unique index's verdict)
 */
public record AuditedTable(Entity entity, String noun, FieldError duplicate) {

    public AuditedTable {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(noun, "noun");
        Objects.requireNonNull(duplicate, "duplicate");
    }

    /** "Observation #12". */
    public String what(long id) {
        return noun + " #" + id;
    }

    String table() {
        return entity.name();
    }
}
