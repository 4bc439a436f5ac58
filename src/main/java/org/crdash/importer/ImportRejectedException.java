package org.crdash.importer;

import java.util.List;

/** The file was not imported — nothing was written. Lists the first problems and how many there were in all. */
public class ImportRejectedException extends RuntimeException {

    private final List<ImportProblem> problems;
    private final long total;

    public ImportRejectedException(List<ImportProblem> problems, long total) {
        super("Nothing was imported: " + total + " problem" + (total == 1 ? "" : "s") + " found"
                + (total > problems.size() ? " (the first " + problems.size() + " are listed)" : "") + ":\n  "
                + String.join("\n  ", problems.stream().map(ImportProblem::toString).toList()));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a rejected import has at least one problem");
        }
        this.problems = List.copyOf(problems);
        this.total = total;
    }

    public List<ImportProblem> problems() {
        return problems;
    }

    public long total() {
        return total;
    }
}
