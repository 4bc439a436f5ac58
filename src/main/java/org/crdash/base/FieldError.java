package org.crdash.base;

import java.util.Objects;

/**
 * One problem with one input field, in words an editor can act on. {@code field} is the name of the input
 * record's component (e.g. {@code value}, {@code sourceKey}), which is also the API's JSON property; an import
 * names the column that component is read from. {@code part} is {@code null}, or which part of a composite field
 * the problem is in (a range's {@link PeriodRules#END}), for forms that enter that part in a field of its own.
 */
public record FieldError(String field, String part, String message) {

    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }

    public FieldError(String field, String message) {
        this(field, null, message);
    }

    /** Where a form shows it: {@code field}, or {@code field.part}. */
    public String key() {
        return part == null ? field : field + "." + part;
    }
}
