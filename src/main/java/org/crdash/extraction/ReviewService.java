package org.crdash.extraction;

import org.crdash.base.ReviewStatus;
import java.sql.Timestamp;
import java.time.Clock;
import org.crdash.base.NotFoundException;
import org.crdash.base.ValidationException;
import org.crdash.base.security.CurrentUser;
import org.crdash.base.write.AuditedTable;
import org.crdash.base.write.Columns;
import org.crdash.base.write.VersionedWrites;
import org.crdash.event.EventTable;
import org.crdash.series.ObservationTable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sets the review status of an observation or event through the one write path (lock → version → snapshot →
 * write → audit): "reviewed" only by an editor other than the one who added the row, "disputed" only with a
 * reason, back to "extracted" to withdraw either.
 */
@Service
public class ReviewService {

    /** What is reviewed. */
    public enum Target { OBSERVATION, EVENT }

    private static final java.util.List<String> COLUMNS = java.util.List.of("review_status", "review_reason",
            "reviewed_by", "reviewed_at");

    private final VersionedWrites writes;
    private final JdbcClient jdbc;
    private final Clock clock;

    ReviewService(VersionedWrites writes, JdbcClient jdbc, Clock clock) {
        this.writes = writes;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * @return whether anything changed (setting the status a row already has writes nothing)
     * @throws ValidationException                  (field status or reason) for a self-review or a dispute without reason
     * @throws org.crdash.base.ConflictException    if the row changed since {@code expectedVersion}
     */
    @Transactional
    public boolean review(Target target, long id, int expectedVersion, ReviewStatus status, String reason) {
        String actor = CurrentUser.require();
        AuditedTable table = target == Target.OBSERVATION ? ObservationTable.TABLE : EventTable.TABLE;
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        return writes.update(table, id, expectedVersion, () -> {
            String addedBy = jdbc.sql("SELECT created_by FROM " + table.entity().name() + " WHERE id = ?").param(id)
                    .query(String.class).optional().orElseThrow(() -> new NotFoundException(table.what(id)
                            + " does not exist."));
            return columns(status, why, actor, addedBy);
        }, actor);
    }

    private Columns columns(ReviewStatus status, String why, String actor, String addedBy) {
        return switch (status) {
            case EXTRACTED -> Columns.of(COLUMNS, "extracted", null, null, null);
            case REVIEWED -> {
                if (actor.equals(addedBy)) {
                    throw new ValidationException("status", "You added this yourself: another editor has to confirm "
                            + "it for it to count as reviewed.");
                }
                yield Columns.of(COLUMNS, "reviewed", null, actor, Timestamp.from(clock.instant()));
            }
            case DISPUTED -> {
                if (why == null) {
                    throw new ValidationException("reason", "Say why it is disputed.");
                }
                if (why.length() > ExtractionService.MAX_REASON) {
                    throw new ValidationException("reason", "A reason has at most " + ExtractionService.MAX_REASON
                            + " characters.");
                }
                yield Columns.of(COLUMNS, "disputed", why, actor, Timestamp.from(clock.instant()));
            }
        };
    }
}
