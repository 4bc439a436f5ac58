package org.crdash.base;

import java.util.List;

/**
 * What a validator made of an input: either the cleaned, typed value ready to store, or the problems found.
 *
 * @param value the cleaned input; {@code null} when there are errors
 */
public record Checked<T>(T value, List<FieldError> errors) {

    public Checked {
        errors = List.copyOf(errors);
        if (errors.isEmpty() == (value == null)) {
            throw new IllegalArgumentException("either a value or errors, not both or neither");
        }
    }

    public static <T> Checked<T> ok(T value) {
        return new Checked<>(value, List.of());
    }

    public static <T> Checked<T> failed(List<FieldError> errors) {
        return new Checked<>(null, errors);
    }

    public boolean ok() {
        return errors.isEmpty();
    }

    /** The value, or a {@link ValidationException} with every error. */
    public T orThrow() {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return value;
    }
}
