package org.crdash.series;

import java.util.List;
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

    /** The domain columns, in the order {@link #columns} gives their values (the importer stages rows in it). */
    public static final List<String> COLUMN_NAMES = List.of("series_id", "period_label", "period_start",
            "period_end", "precision", "value", "qualifier", "source_id", "passage", "passage_start", "passage_end",
            "note");

    public static Columns columns(ObservationDraft d) {
        return Columns.of(COLUMN_NAMES, d.series().id(), d.period().label(), d.period().start(), d.period().end(),
                d.period().precision().code(), d.value(), d.qualifier().code(), d.quote().source().id(),
                d.quote().passage(), d.quote().start(), d.quote().end(), d.note());
    }
}
