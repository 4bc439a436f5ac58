package org.crdash.base.write;

/**
 * Live rows of one kind that depend on a row of another (the observations of a series, the observations or events
 * quoting a source): counted before the row is deleted, and deleted with it when the editor asks for both.
 */
public interface Dependents {

    /** How many live rows depend on row {@code id}. */
    int count(long id);

    /** {@code count} such rows in words: "3 observations". */
    String describe(int count);

    /** Soft-deletes every live row depending on row {@code id}, each through the one write path (audited). */
    void deleteAll(long id, String actor);
}
