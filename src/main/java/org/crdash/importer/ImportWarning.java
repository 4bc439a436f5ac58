package org.crdash.importer;

import java.util.Objects;

/**
 * A claim check's warning on one row of an imported file (the value is not in its passage, it duplicates a stored
 * figure, it conflicts with other sources): where (line, column), which rule ({@code code}) and why.
 */
public record ImportWarning(long line, String column, String code, String message) {

    public ImportWarning {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return "line " + line + ", column " + column + ": " + message;
    }
}
