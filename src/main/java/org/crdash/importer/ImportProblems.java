package org.crdash.importer;

import java.util.ArrayList;
import java.util.List;

/** The problems an import found: the first {@value #MAX_LISTED} in full, the rest counted. */
final class ImportProblems {

    static final int MAX_LISTED = 100;

    private final List<ImportProblem> listed = new ArrayList<>();
    private long total;

    void add(ImportProblem p) {
        total++;
        if (listed.size() < MAX_LISTED) {
            listed.add(p);
        }
    }

    /** Adds {@code some} (the first of them) and counts {@code count} problems in all. */
    void addAll(List<ImportProblem> some, long count) {
        some.forEach(this::add);
        total += Math.max(0, count - some.size());
    }

    boolean none() {
        return total == 0;
    }

    void throwIfAny() {
        if (total > 0) {
            throw new ImportRejectedException(listed, total);
        }
    }
}
