package org.crdash.series;

import org.crdash.base.AuditLog.Entity;
import org.crdash.base.FieldError;
import org.crdash.base.write.AuditedTable;
import org.crdash.base.write.Columns;

/** The series table as the one write path sees it. */
public final class SeriesTable {

    public static final AuditedTable TABLE = new AuditedTable(Entity.series, "Series",
            new FieldError("key", "A series with this key was just created by someone else; choose it instead."));

    private SeriesTable() {
    }

    /** What an edit may change: everything but the key (links, exports and imports use it). */
    public static Columns metadata(SeriesInput s) {
        return new Columns().put("name", s.name()).put("unit", s.unit()).put("category", s.category())
                .put("description", s.description());
    }

    /** The columns a new series is created with. */
    public static Columns columns(SeriesInput s) {
        return metadata(s).put("series_key", s.key());
    }
}
