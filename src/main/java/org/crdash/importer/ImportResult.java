package org.crdash.importer;

/**
 * What an import wrote.
 *
 * @param inserted       new observations (each with its audit row)
 * @param skippedDeleted rows of the file that were exported as deleted and were therefore not imported
 */
public record ImportResult(long inserted, long skippedDeleted) {

    public ImportResult {
        if (inserted < 0 || skippedDeleted < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
    }
}
