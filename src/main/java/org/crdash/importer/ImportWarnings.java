package org.crdash.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.crdash.base.AuditLog;
import org.crdash.base.CsvInput;
import org.crdash.base.write.SaveWarning;
import org.crdash.series.ObservationInput;

/**
 * The claim checks' warnings on the rows of one import (the form's and the API's, {@code ObservationService}): the
 * first {@value ImportProblems#MAX_LISTED} listed with line and column, the rest counted.
 */
final class ImportWarnings {

    private final Function<ObservationInput, List<SaveWarning>> check;
    private final List<ImportWarning> listed = new ArrayList<>();
    private long total;

    ImportWarnings(Function<ObservationInput, List<SaveWarning>> check) {
        this.check = check;
    }

    /** The row's warnings, as its audit row records them when saved anyway (JSON; null for none). */
    String of(long line, ObservationInput input) {
        List<SaveWarning> warnings = check.apply(input);
        for (SaveWarning w : warnings) {
            total++;
            if (listed.size() < ImportProblems.MAX_LISTED) {
                listed.add(new ImportWarning(line, CsvInput.column(ObservationInput.class, w.field()), w.code(),
                        w.message()));
            }
        }
        return AuditLog.json(warnings);
    }

    /** Refuses the import if there are warnings and it is not to save anyway. */
    void throwUnless(boolean saveAnyway) {
        if (total > 0 && !saveAnyway) {
            throw new ImportWarningsException(listed, total);
        }
    }
}
