package org.crdash.source;

import org.crdash.base.AuditLog.Entity;
import org.crdash.base.FieldError;
import org.crdash.base.write.AuditedTable;
import org.crdash.base.write.Columns;
import org.crdash.source.SourceValidator.SourceDraft;

/** The source table as the one write path sees it: the table, and the columns of a validated draft. */
public final class SourceTable {

    public static final AuditedTable TABLE = new AuditedTable(Entity.source, "Source",
            new FieldError("fullText", "This text was just added by someone else; quote from that source instead."));

    private SourceTable() {
    }

    /** The metadata columns: what an edit may change. */
    public static Columns metadata(SourceDraft d) {
        return new Columns()
                .put("title", d.title())
                .put("author", d.author())
                .put("publisher", d.publisher())
                .put("published_start", d.publishedStart())
                .put("published_precision", d.publishedPrecision().code())
                .put("published_text", d.publishedText())
                .put("url", d.url());
    }

    /** Every column of a new source: its key, metadata, text and the text's hash. */
    public static Columns columns(String key, SourceDraft d) {
        return metadata(d).put("source_key", key).put("full_text", d.fullText()).put("sha256", d.sha256());
    }
}
