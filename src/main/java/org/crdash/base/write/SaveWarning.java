package org.crdash.base.write;

import java.util.Objects;

/**
 * Something an editor must confirm before a row is saved ("save anyway"), not an error: {@code code} says which
 * rule (e.g. the claim checks' {@code not_in_passage}, {@code duplicate}, {@code conflict}), {@code field} the
 * input record's component it is on (also the API's JSON property), {@code message} what is wrong, in words.
 */
public record SaveWarning(String code, String field, String message) {

    public SaveWarning {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
