package org.crdash.base;

/** A thing asked for by key or id does not exist (HTTP 404); the message names it. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
