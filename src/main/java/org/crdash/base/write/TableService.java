package org.crdash.base.write;

import org.crdash.base.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;

/**
 * A {@link VersionedService} over one {@link AuditedTable}: change, (soft) delete and restore go through
 * {@link VersionedWrites} at the version the editor loaded (editors only), each audited, and answer the row as it
 * is afterwards. A feature's service says only what a change writes ({@link #changed}) and, where a restored row
 * could duplicate a live one, what refuses the restore ({@link #checkRestore}).
 *
 * @param <I> the input record the service validates
 * @param <T> the stored row
 */
public abstract class TableService<I, T extends VersionedRow> implements VersionedService<I, T> {

    private final VersionedWrites writes;
    private final AuditedTable table;

    protected TableService(VersionedWrites writes, AuditedTable table) {
        this.writes = writes;
        this.table = table;
    }

    /**
     * The columns a change of row {@code id} to {@code input} writes, checked; called with the row locked and at
     * the expected version.
     *
     * @throws org.crdash.base.ValidationException with every problem, each on its field; nothing is written
     */
    protected abstract Columns changed(long id, I input);

    /**
     * Refuses to restore row {@code id} (with a {@link org.crdash.base.ConflictException}) where it would
     * duplicate a live row; called with the row locked. Nothing by default.
     */
    protected void checkRestore(long id) {
    }

    /**
     * Changes a row if it is still at the version the editor loaded.
     *
     * @throws org.crdash.base.ConflictException   if someone else changed or deleted it since; nothing is written
     * @throws org.crdash.base.ValidationException with every problem; nothing is written
     */
    @Override
    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    public T update(long id, int expectedVersion, I input) {
        writes.update(table, id, expectedVersion, () -> changed(id, input), CurrentUser.require());
        return findById(id).orElseThrow();
    }

    /**
     * Soft-deletes a row; it can be restored from the Deleted view.
     *
     * @return the deleted row, at its new version (for an immediate undo)
     */
    @Override
    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    public T delete(long id, int expectedVersion) {
        writes.delete(table, id, expectedVersion, CurrentUser.require());
        return findById(id).orElseThrow();
    }

    /**
     * Brings a deleted row back.
     *
     * @throws org.crdash.base.ConflictException if it changed since, or {@link #checkRestore} refuses it
     */
    @Override
    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    public T restore(long id, int expectedVersion) {
        writes.restore(table, id, expectedVersion, CurrentUser.require(), () -> checkRestore(id));
        return findById(id).orElseThrow();
    }

    /** The one write path, for a subclass's own writes. */
    protected VersionedWrites writes() {
        return writes;
    }

    protected AuditedTable table() {
        return table;
    }
}
