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

    T add(I input);

    T update(long id, int expectedVersion, I input);

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
