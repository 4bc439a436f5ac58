package org.crdash.base;

import java.util.List;
import java.util.stream.Collectors;

/** An input was rejected; nothing was written. Carries every problem found, each tied to its field. */
public class ValidationException extends RuntimeException {

    private final List<FieldError> errors;

    public ValidationException(List<FieldError> errors) {
        super(errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; ")));
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a validation exception needs at least one error");
        }
        this.errors = List.copyOf(errors);
    }

    public ValidationException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** The messages for one field, in order. */
    public List<String> messagesFor(String field) {
        return errors.stream().filter(e -> e.field().equals(field)).map(FieldError::message).toList();
    }
}
