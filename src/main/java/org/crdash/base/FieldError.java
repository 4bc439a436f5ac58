package org.crdash.base;

import java.util.Objects;

/**
 * One problem with one input field, in words an editor can act on. {@code field} is the input's name
 * (e.g. {@code value}, {@code period}); forms show the message on that field, imports next to the column.
 */
public record FieldError(String field, String message) {

    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
