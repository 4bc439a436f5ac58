package org.crdash.export;

/**
 * The database failed while an export was being written; the response must not look complete. The database's
 * exception is kept as a suppressed exception, not as the cause: Spring MVC takes an exception caused by an
 * {@code EOFException} (what a dropped database connection gives) for a client that went away and then ends the
 * response normally — exactly what must not happen to a cut-off export.
 */
public class ExportFailedException extends RuntimeException {

    public ExportFailedException(String message, Throwable databaseFailure) {
        super(message + ": " + databaseFailure.getMessage());
        addSuppressed(databaseFailure);
    }
}
