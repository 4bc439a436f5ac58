package org.crdash.event;

import org.crdash.base.AuditLog.Entity;
import org.crdash.base.FieldError;
import org.crdash.base.write.AuditedTable;
import org.crdash.base.write.Columns;
import org.crdash.event.EventValidator.EventDraft;

/** The event table as the one write path sees it: the table, and the columns of a validated draft. */
public final class EventTable {

    public static final AuditedTable TABLE = new AuditedTable(Entity.event, "Event",
            new FieldError("title", "Someone else just recorded this event (same title and passage); reload to "
                    + "see it."));

    private EventTable() {
    }

    public static Columns columns(EventDraft d) {
        return new Columns()
                .put("date_label", d.date().label())
                .put("date_start", d.date().start())
                .put("date_end", d.date().end())
                .put("precision", d.date().precision().code())
                .put("date_text", d.dateText())
                .put("title", d.title())
                .put("category", d.category())
                .put("source_id", d.quote().source().id())
                .put("passage", d.quote().passage())
                .put("passage_start", d.quote().start())
                .put("passage_end", d.quote().end())
                .put("note", d.note());
    }
}
