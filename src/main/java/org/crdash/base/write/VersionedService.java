package org.crdash.base.write;

import java.util.List;
import java.util.Optional;
import org.crdash.base.AuditEntry;
import org.crdash.base.FieldError;
import org.jspecify.annotations.Nullable;

/**
 * What every editable entity's service offers its editor form ({@code base/ui/EditorForm}): the checks without
 * writing, and add, change, (soft) delete and restore through the one write path, each at the version the editor
 * loaded. Observations, events, sources and series implement it, so a form is given its service and nothing else.
 *
 * @param <I> the input record the service validates
 * @param <T> the stored row
 */
public interface VersionedService<I, T extends VersionedRow> {

    /** The checks {@link #add} ({@code id} null) or {@link #update} make, without writing. */
    List<FieldError> validate(I input, @Nullable Long id);

    /** Adds a row; refused with {@link WarningsException} if it has warnings (see {@link #add(Object, boolean)}). */
    T add(I input);

    /**
     * Adds a row, also one with warnings when {@code saveAnyway} (the editor confirmed them; the audit row records
     * them). An entity without warnings ignores the flag.
     *
     * @throws WarningsException if it has warnings and not {@code saveAnyway}; nothing is written
     */
    default T add(I input, boolean saveAnyway) {
        return add(input);
    }

    /** Changes a row; refused with {@link WarningsException} if it has warnings (see the four-argument one). */
    T update(long id, int expectedVersion, I input);

    /** Changes a row, also one with warnings when {@code saveAnyway}, as {@link #add(Object, boolean)}. */
    default T update(long id, int expectedVersion, I input, boolean saveAnyway) {
        return update(id, expectedVersion, input);
    }

    /**
     * Soft-deletes a row; refused with {@code InUseException} (and the count) while live rows depend on it.
     *
     * @return the deleted row at its new version, for an immediate undo
     */
    T delete(long id, int expectedVersion);

    /**
     * Soft-deletes a row together with the live rows that depend on it (each audited, each restorable). Only an
     * entity whose {@link #delete} can throw {@code InUseException} needs it.
     */
    default T deleteTogether(long id, int expectedVersion) {
        throw new UnsupportedOperationException("nothing depends on this kind of row");
    }

    T restore(long id, int expectedVersion);

    /** The row as it is now, live or deleted. */
    Optional<T> findById(long id);

    /** The row's audit trail, oldest first. */
    List<AuditEntry> history(long id);
}
