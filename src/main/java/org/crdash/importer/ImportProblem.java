package org.crdash.importer;

import java.util.Objects;

/** One thing wrong with an imported file: where (line, column) and why. Line 1 is the header. */
public record ImportProblem(long line, String column, String message) {

    public ImportProblem {
        Objects.requireNonNull(message, "message");
        if (line < 1) {
            throw new IllegalArgumentException("lines count from 1");
        }
    }

    /** "line 17, column value: '12abc' is not a number ..." */
    @Override
    public String toString() {
        return "line " + line + (column == null ? "" : ", column " + column) + ": " + message;
    }
}
