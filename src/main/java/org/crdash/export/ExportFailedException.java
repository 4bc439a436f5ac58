package org.crdash.export;

/** The database failed while an export was being written; the response must not look complete. */
public class ExportFailedException extends RuntimeException {

    public ExportFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
