package org.crdash.base.write;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.crdash.base.AuditLog;
import org.crdash.base.AuditLog.Action;
import org.crdash.base.ConflictException;
import org.crdash.base.NotFoundException;
import org.crdash.base.Origin;
import org.crdash.base.ValidationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one way rows of audited tables are written, by every service, the seed loader and the importer:
 * lock the row ({@code FOR UPDATE}) → compare its version with the one the editor loaded → snapshot it → write
 * (bumping the version, stamping who and when) → refuse with who-and-when on a conflict → append the audit row.
 * Nothing is ever hard-deleted: a delete stamps {@code deleted_at}/{@code deleted_by}, a restore clears them.
 *
 * <p>Each feature describes its table once ({@link AuditedTable}) and turns its validated draft into
 * {@link Columns}; this class owns the bookkeeping columns. Callers run inside their own transaction.
 */
@Component
public class VersionedWrites {

    /** The bookkeeping columns of an audited row. */
    public record RowState(long id, int version, String updatedBy, Instant updatedAt, String deletedBy,
                           Instant deletedAt) {
        public boolean deleted() {
            return deletedAt != null;
        }
    }

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    VersionedWrites(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** Locks the row until the transaction ends; empty if there is no such row. */
    public Optional<RowState> lock(AuditedTable t, long id) {
        return lockWhere(t, "id", id);
    }

    /**
     * Locks the row whose natural key {@code column} (e.g. {@code seed_key}, {@code source_key}) is {@code value};
     * empty if there is none. The seed loader finds its rows this way.
     */
    public Optional<RowState> lockBy(AuditedTable t, String column, Object value) {
        if (!column.matches("[a-z_]+")) {
            throw new IllegalArgumentException("not a column name: " + column);
        }
        return lockWhere(t, column, value);
    }

    /** Whether any of {@code values} differs from what row {@code id} holds (numbers compare by value). */
    public boolean differs(AuditedTable t, long id, Columns values) {
        List<Object> params = new ArrayList<>(values.values());
        params.add(id);
        return jdbc.sql("SELECT ROW(" + String.join(", ", values.names()) + ") IS DISTINCT FROM ROW("
                        + marks(values.names().size()) + ") FROM " + t.table() + " WHERE id = ?")
                .params(params).query(Boolean.class).single();
    }

    private Optional<RowState> lockWhere(AuditedTable t, String column, Object value) {
        return jdbc.sql("SELECT id, version, updated_by, updated_at, deleted_by, deleted_at FROM " + t.table()
                        + " WHERE " + column + " = ? FOR UPDATE")
                .param(value)
                .query((rs, n) -> {
                    return new RowState(rs.getLong("id"), rs.getInt("version"), rs.getString("updated_by"),
                            rs.getTimestamp("updated_at").toInstant(), rs.getString("deleted_by"),
                            VersionedRow.deletedAt(rs));
                })
                .optional();
    }

    /** Inserts one row at version 0 and audits its creation; returns its id. */
    public long insert(AuditedTable t, Columns values, Origin origin, String actor) {
        Timestamp now = now();
        List<Object> params = new ArrayList<>(values.values());
        params.addAll(List.of(origin.code(), now, actor, now, actor));
        long id = duplicateAware(t, () -> jdbc.sql("INSERT INTO " + t.table() + " (" + String.join(", ", values.names())
                        + ", origin, created_at, created_by, updated_at, updated_by) VALUES ("
                        + marks(values.names().size() + 5) + ") RETURNING id")
                .params(params).query(Long.class).single());
        audit.record(actor, Action.create, t.entity(), id, null, values.acknowledged());
        return id;
    }

    /**
     * Inserts every row a query selects, set-based, with one audit row each, in one statement (bulk imports).
     *
     * @param columns the domain columns, in the order {@code select} returns them
     * @param select  a query (with {@code ?} parameters) returning those columns, in insertion order
     * @return how many rows were inserted
     */
    public long insertAll(AuditedTable t, List<String> columns, String select, List<Object> selectParams,
                          Origin origin, String actor) {
        return insertAll(t, columns, select, selectParams, List.of(), origin, actor);
    }

    /**
     * {@link #insertAll(AuditedTable, List, String, List, Origin, String)} where {@code select} also returns, last,
     * an {@code acknowledged_warnings} column (jsonb, null for none) that goes into each row's audit row; {@code key}
     * names the columns that tell the selected rows apart (a unique key), to find each inserted row's warnings.
     */
    public long insertAll(AuditedTable t, List<String> columns, String select, List<Object> selectParams,
                          List<String> key, Origin origin, String actor) {
        Timestamp now = now();
        String alias = columns.stream().map(c -> "s." + c).collect(Collectors.joining(", "));
        List<Object> params = new ArrayList<>(selectParams);
        params.addAll(List.of(origin.code(), now, actor, now, actor));
        params.addAll(List.of(now, actor, t.table()));
        String acknowledged = key.isEmpty() ? "NULL::jsonb FROM ins" : "s.acknowledged_warnings FROM ins JOIN s ON "
                + key.stream().map(k -> "ins." + k + " = s." + k).collect(Collectors.joining(" AND "));
        return duplicateAware(t, () -> jdbc.sql("WITH s AS (" + select + "), ins AS (INSERT INTO " + t.table() + " ("
                        + String.join(", ", columns) + ", origin, created_at, created_by, updated_at, updated_by) "
                        + "SELECT " + alias + ", ?, ?, ?, ?, ? FROM s RETURNING *) "
                        + "INSERT INTO audit_log (occurred_at, actor, action, entity_type, entity_id, old_value, "
                        + "new_value, acknowledged_warnings) SELECT ?, ?, 'create', ?, ins.id, NULL, to_jsonb(ins), "
                        + acknowledged)
                .params(params).update());
    }

    /**
     * Changes a live row that is still at {@code expectedVersion}. The new values are computed (validated) only
     * once the row is locked and verified, so a check sees the row as it will be overwritten. If no column would
     * change, nothing is written (no new version, no audit row).
     *
     * @return whether the row changed
     * @throws ConflictException   if someone else changed or deleted it since; nothing is written
     * @throws NotFoundException   if there is no such row
     * @throws ValidationException (the table's duplicate error) if the change collides with a row stored meanwhile
     */
    public boolean update(AuditedTable t, long id, int expectedVersion, Supplier<Columns> values, String actor) {
        expectLive(t, id, expectedVersion);
        return write(t, id, actor, Action.update, values.get(), false, "deleted_at IS NULL") > 0;
    }

    /**
     * The seed loader's change of a row it owns, at whatever version it is: a row the seed retired (soft-deleted)
     * comes back with the change; the audit row says {@code restore} then.
     *
     * @return whether the row changed
     */
    public boolean overwrite(AuditedTable t, long id, Columns values, String actor) {
        RowState s = lock(t, id).orElseThrow(() -> new NotFoundException(t.what(id) + " does not exist."));
        return write(t, id, actor, s.deleted() ? Action.restore : Action.update, values, s.deleted(), "TRUE") > 0;
    }

    /** Soft-deletes a live row still at {@code expectedVersion}. */
    public void delete(AuditedTable t, long id, int expectedVersion, String actor) {
        expectLive(t, id, expectedVersion);
        stamp(t, id, actor, Action.delete, "deleted_at = ?, deleted_by = ?,", true);
    }

    /**
     * Restores a soft-deleted row still at {@code expectedVersion}. {@code check} runs once the row is locked
     * and verified, before anything is written, e.g. to refuse a restore that would duplicate a live row.
     */
    public void restore(AuditedTable t, long id, int expectedVersion, String actor, Runnable check) {
        RowState s = lock(t, id).orElseThrow(() -> new NotFoundException(t.what(id) + " does not exist."));
        if (!s.deleted()) {
            throw new ConflictException(t.what(id) + " is not deleted any more: " + s.updatedBy()
                    + " restored or changed it. Reload the list.");
        }
        if (s.version() != expectedVersion) {
            throw new ConflictException(t.what(id), s.updatedBy(), s.updatedAt(), false);
        }
        check.run();
        duplicateAware(t, () -> stamp(t, id, actor, Action.restore, "deleted_at = NULL, deleted_by = NULL,", false));
    }

    private RowState expectLive(AuditedTable t, long id, int expectedVersion) {
        RowState s = lock(t, id).orElseThrow(() -> new NotFoundException(t.what(id) + " does not exist."));
        if (s.deleted()) {
            throw new ConflictException(t.what(id), s.deletedBy(), s.deletedAt(), true);
        }
        if (s.version() != expectedVersion) {
            throw new ConflictException(t.what(id), s.updatedBy(), s.updatedAt(), false);
        }
        return s;
    }

    /** UPDATE of the domain columns, only where one differs (the row is locked and checked already). */
    private int write(AuditedTable t, long id, String actor, Action action, Columns values, boolean undelete,
                      String guard) {
        String old = audit.snapshot(t.entity(), id).orElseThrow();
        List<String> names = values.names();
        List<Object> params = new ArrayList<>(values.values());
        params.addAll(List.of(now(), actor, id));
        params.addAll(values.values());
        String set = names.stream().map(c -> c + " = ?").collect(Collectors.joining(", "));
        String row = "(" + String.join(", ", names) + ")";
        int changed = duplicateAware(t, () -> jdbc.sql("UPDATE " + t.table() + " SET " + set
                        + (undelete ? ", deleted_at = NULL, deleted_by = NULL" : "")
                        + ", version = version + 1, updated_at = ?, updated_by = ? WHERE id = ? AND " + guard
                        + " AND (" + (undelete ? "deleted_at IS NOT NULL OR " : "") + "ROW" + row
                        + " IS DISTINCT FROM ROW(" + marks(names.size()) + "))")
                .params(params).update());
        if (changed > 0) {
            audit.record(actor, action, t.entity(), id, old, values.acknowledged());
        }
        return changed;
    }

    private int stamp(AuditedTable t, long id, String actor, Action action, String set, boolean withWho) {
        String old = audit.snapshot(t.entity(), id).orElseThrow();
        Timestamp now = now();
        List<Object> params = new ArrayList<>();
        if (withWho) {
            params.addAll(List.of(now, actor));
        }
        params.addAll(List.of(now, actor, id));
        int changed = jdbc.sql("UPDATE " + t.table() + " SET " + set + " version = version + 1, updated_at = ?, "
                + "updated_by = ? WHERE id = ?").params(params).update();
        audit.record(actor, action, t.entity(), id, old);
        return changed;
    }

    private static <T> T duplicateAware(AuditedTable t, Supplier<T> write) {
        try {
            return write.get();
        } catch (DuplicateKeyException e) {
            throw new ValidationException(List.of(t.duplicate()));
        }
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }

    private static String marks(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }
}
