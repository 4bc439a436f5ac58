package org.crdash.base.write;

import java.util.ArrayList;
import java.util.List;
import org.crdash.base.InUseException;
import org.crdash.base.NotFoundException;
import org.crdash.base.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;

/**
 * A {@link TableService} whose rows other rows depend on (sources, series): deleting one is refused with the
 * dependents' counts while any are live ({@link InUseException}), or deletes them together with it, each audited
 * and each restorable.
 *
 * @param <I> the input record the service validates
 * @param <T> the stored row
 */
public abstract class DependedOnService<I, T extends VersionedRow> extends TableService<I, T> {

    protected DependedOnService(VersionedWrites writes, AuditedTable table) {
        super(writes, table);
    }

    /** The kinds of rows that depend on this one's rows. */
    protected abstract List<? extends Dependents> dependents();

    /**
     * Why {@code row} was not deleted: {@code counts} are the live dependents in words ("3 observations"),
     * {@code total} their sum.
     */
    protected abstract String refusal(T row, List<String> counts, long total);

    /**
     * Soft-deletes a row; while live rows depend on it, it is refused with their counts.
     *
     * @throws InUseException                     if rows depend on it
     * @throws org.crdash.base.ConflictException if someone else changed or deleted it since
     */
    @Override
    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    public T delete(long id, int expectedVersion) {
        return delete(id, expectedVersion, false);
    }

    /** Soft-deletes a row with the live rows that depend on it, each audited (and each restorable). */
    @Override
    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    public T deleteTogether(long id, int expectedVersion) {
        return delete(id, expectedVersion, true);
    }

    private T delete(long id, int expectedVersion, boolean together) {
        String actor = CurrentUser.require();
        T row = findById(id).orElseThrow(() -> new NotFoundException(table().what(id) + " does not exist."));
        writes().lock(table(), id); // before its dependents, so a concurrent edit waits for both
        List<String> counts = new ArrayList<>();
        long total = 0;
        for (Dependents d : dependents()) {
            int n = d.count(id);
            if (n > 0) {
                counts.add(d.describe(n));
                total += n;
            }
        }
        if (total > 0 && !together) {
            throw new InUseException(refusal(row, counts, total), total);
        }
        dependents().forEach(d -> d.deleteAll(id, actor));
        writes().delete(table(), id, expectedVersion, actor);
        return findById(id).orElseThrow();
    }
}
