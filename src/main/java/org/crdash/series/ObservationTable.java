package org.crdash.series;

import org.crdash.base.AuditLog.Entity;
import org.crdash.base.FieldError;
import org.crdash.base.write.AuditedTable;
import org.crdash.base.write.Columns;
import org.crdash.series.ObservationValidator.ObservationDraft;

/** The observation table as the one write path sees it: the table, and the columns of a validated draft. */
public final class ObservationTable {

    public static final AuditedTable TABLE = new AuditedTable(Entity.observation, "Observation",
            new FieldError("passage", "Someone else just recorded this observation (same series, period, source "
                    + "and passage); reload to see it."));

    private ObservationTable() {
    }

    public static Columns columns(ObservationDraft d) {
        return new Columns()
                .put("series_id", d.series().id())
                .put("period_label", d.period().label())
                .put("period_start", d.period().start())
                .put("period_end", d.period().end())
                .put("precision", d.period().precision().code())
                .put("value", d.value())
                .put("qualifier", d.qualifier().code())
                .put("source_id", d.quote().source().id())
                .put("passage", d.quote().passage())
                .put("passage_start", d.quote().start())
                .put("passage_end", d.quote().end())
                .put("note", d.note());
    }
}
