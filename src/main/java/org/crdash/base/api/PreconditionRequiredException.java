package org.crdash.base.api;

/**
 * A change to an existing row came without the version the client loaded (HTTP 428): without it, the change
 * could silently overwrite someone else's.
 */
public class PreconditionRequiredException extends RuntimeException {

    public PreconditionRequiredException(String message) {
        super(message);
    }
}
