package org.crdash.base;

import java.util.Objects;

/** A request parameter or filter value that cannot be used; {@link #parameter()} names it (HTTP 400). */
public class InvalidParameterException extends IllegalArgumentException {

    private final String parameter;

    public InvalidParameterException(String parameter, String message) {
        super(message);
        this.parameter = Objects.requireNonNull(parameter, "parameter");
    }

    public String parameter() {
        return parameter;
    }
}
