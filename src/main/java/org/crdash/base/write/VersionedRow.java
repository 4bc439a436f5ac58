package org.crdash.base.write;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A stored row that the one write path versions: its id, the version a change must name and when it was
 * (soft-)deleted. The records of every editable entity have these components, so they implement this without a
 * line of code.
 */
public interface VersionedRow {

    long id();

    int version();

    /** When it was soft-deleted; null while it is live. */
    @Nullable Instant deletedAt();

    default boolean deleted() {
        return deletedAt() != null;
    }

    /** The {@code deleted_at} column of the current row of {@code rs}, as {@link #deletedAt()} holds it. */
    static @Nullable Instant deletedAt(ResultSet rs) throws SQLException {
        Timestamp deleted = rs.getTimestamp("deleted_at");
        return deleted == null ? null : deleted.toInstant();
    }
}
