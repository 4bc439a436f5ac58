package org.crdash.importer;

import java.util.List;

/**
 * The file is valid but rows of it have warnings, and the import was not told to save anyway: nothing was written.
 * Lists the first warnings and how many there were in all.
 */
public class ImportWarningsException extends RuntimeException {

    private final List<ImportWarning> warnings;
    private final long total;

    public ImportWarningsException(List<ImportWarning> warnings, long total) {
        super("Nothing was imported: " + total + " warning" + (total == 1 ? "" : "s") + " to acknowledge"
                + (total > warnings.size() ? " (the first " + warnings.size() + " are listed)" : "")
                + "; import anyway to save the rows as they are:\n  "
                + String.join("\n  ", warnings.stream().map(ImportWarning::toString).toList()));
        if (warnings.isEmpty()) {
            throw new IllegalArgumentException("a refused import has at least one warning");
        }
        this.warnings = List.copyOf(warnings);
        this.total = total;
    }

    public List<ImportWarning> warnings() {
        return warnings;
    }

    public long total() {
        return total;
    }
}
