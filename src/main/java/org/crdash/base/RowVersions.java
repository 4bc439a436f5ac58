package org.crdash.base;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.crdash.base.AuditLog.Entity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Optimistic locking for edits: before a change, the row is locked ({@code FOR UPDATE}) and its version compared
 * with the one the editor loaded. A mismatch means someone else saved in between: the change is refused with who
 * and when, and nothing is overwritten. Callers still write {@code UPDATE ... WHERE id = ? AND version = ?}.
 */
@Component
public class RowVersions {

    /** The bookkeeping columns of an audited row. */
    public record RowState(long id, int version, String updatedBy, Instant updatedAt, String deletedBy,
                           Instant deletedAt) {
        public boolean deleted() {
            return deletedAt != null;
        }
    }

    private final JdbcClient jdbc;

    RowVersions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Locks the row until the transaction ends; empty if there is no such row. */
    public Optional<RowState> lock(Entity entity, long id) {
        return jdbc.sql("SELECT id, version, updated_by, updated_at, deleted_by, deleted_at FROM " + entity.name()
                        + " WHERE id = ? FOR UPDATE")
                .param(id)
                .query((rs, n) -> {
                    Timestamp deleted = rs.getTimestamp("deleted_at");
                    return new RowState(rs.getLong("id"), rs.getInt("version"), rs.getString("updated_by"),
                            rs.getTimestamp("updated_at").toInstant(), rs.getString("deleted_by"),
                            deleted == null ? null : deleted.toInstant());
                })
                .optional();
    }

    /** Locks a live row at the expected version, or explains why the change cannot be made. */
    public RowState expectLive(Entity entity, long id, int expectedVersion, String what) {
        RowState s = lock(entity, id).orElseThrow(() -> new NotFoundException(what + " does not exist."));
        if (s.deleted()) {
            throw new ConflictException(what, s.deletedBy(), s.deletedAt(), true);
        }
        if (s.version() != expectedVersion) {
            throw new ConflictException(what, s.updatedBy(), s.updatedAt(), false);
        }
        return s;
    }

    /** Locks a deleted row at the expected version (for restoring it). */
    public RowState expectDeleted(Entity entity, long id, int expectedVersion, String what) {
        RowState s = lock(entity, id).orElseThrow(() -> new NotFoundException(what + " does not exist."));
        if (!s.deleted()) {
            throw new ConflictException(what + " is not deleted any more: " + s.updatedBy()
                    + " restored or changed it. Reload the list.");
        }
        if (s.version() != expectedVersion) {
            throw new ConflictException(what, s.updatedBy(), s.updatedAt(), false);
        }
        return s;
    }

    /** After an {@code UPDATE ... WHERE version = ?} changed nothing: the conflict with whoever won. */
    public ConflictException conflict(Entity entity, long id, String what) {
        return lock(entity, id)
                .map(s -> s.deleted() ? new ConflictException(what, s.deletedBy(), s.deletedAt(), true)
                        : new ConflictException(what, s.updatedBy(), s.updatedAt(), false))
                .orElseGet(() -> new ConflictException(what + " no longer exists."));
    }
}
