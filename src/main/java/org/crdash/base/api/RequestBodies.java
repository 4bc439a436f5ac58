package org.crdash.base.api;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.crdash.base.FieldError;
import org.crdash.base.ValidationException;

/**
 * Helpers for the JSON bodies of the write endpoints, so every endpoint reports problems the same way: as
 * validation errors ({@code 422}) tied to the JSON property a client sent.
 */
public final class RequestBodies {

    private RequestBodies() {
    }

    /**
     * Problems with properties the endpoint does not take. Properties the API only outputs ({@code readOnly},
     * e.g. {@code id} or {@code updatedAt}) are ignored so that a body fetched with GET can be sent back changed;
     * anything else (a misspelt name) is an error rather than being silently dropped.
     */
    public static List<FieldError> unknownFields(Map<String, Object> other, Set<String> readOnly,
                                                 Collection<String> accepted) {
        List<FieldError> errors = new ArrayList<>();
        if (other == null) {
            return errors;
        }
        for (String name : new TreeSet<>(other.keySet())) {
            if (!readOnly.contains(name)) {
                errors.add(new FieldError(name, "Unknown field '" + name + "'; this endpoint takes "
                        + String.join(", ", accepted) + "."));
            }
        }
        return errors;
    }

    /** A whole number sent as a JSON number or string; {@code null} when absent or (with an error) malformed. */
    public static Integer integer(String field, String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, "'" + (value.length() > 40 ? value.substring(0, 40) + "…" : value)
                    + "' is not a whole number."));
            return null;
        }
    }

    /** Throws a {@link ValidationException} with {@code errors}, if there are any. */
    public static void check(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
