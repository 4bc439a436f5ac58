package org.crdash.checks;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.crdash.base.ConflictException;
import org.crdash.base.ValidationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Editors' reviews of findings: versioned (a concurrent change is refused) and every change logged. */
@Component
class Reviews {

    static final int MAX_COMMENT = 2000;

    private final JdbcClient jdbc;
    private final Clock clock;

    Reviews(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Optional<Review> find(String key) {
        return jdbc.sql("SELECT finding_key, status, comment, version, updated_at, updated_by FROM check_review "
                        + "WHERE finding_key = ?").param(key)
                .query((rs, n) -> new Review(rs.getString(1), ReviewStatus.ofCode(rs.getString(2)), rs.getString(3),
                        rs.getInt(4), rs.getTimestamp(5).toInstant(), rs.getString(6))).optional();
    }

    /**
     * Sets the review of {@code key} if it is still at {@code expectedVersion} (-1: nobody reviewed it yet).
     *
     * @throws ConflictException if someone else reviewed it since; nothing is written
     */
    Review set(String key, ReviewStatus status, String comment, int expectedVersion, String actor) {
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        if (text != null && text.length() > MAX_COMMENT) {
            throw new ValidationException("comment", "A comment is at most " + MAX_COMMENT + " characters; this one "
                    + "has " + text.length() + ".");
        }
        jdbc.sql("SELECT pg_advisory_xact_lock(8153, hashtext(?))").param(key).query().listOfRows();
        Optional<Review> current = find(key);
        int version = current.map(Review::version).orElse(-1);
        if (version != expectedVersion) {
            Review r = current.orElseThrow();
            throw new ConflictException("The review of this finding", r.updatedBy(), r.updatedAt(), false);
        }
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                INSERT INTO check_review (finding_key, status, comment, version, updated_at, updated_by)
                VALUES (?, ?, ?, 0, ?, ?)
                ON CONFLICT (finding_key) DO UPDATE SET status = excluded.status, comment = excluded.comment,
                    version = check_review.version + 1, updated_at = excluded.updated_at,
                    updated_by = excluded.updated_by""").params(key, status.code(), text, now, actor).update();
        jdbc.sql("INSERT INTO check_review_log (finding_key, occurred_at, actor, old_status, new_status, comment) "
                        + "VALUES (?, ?, ?, ?, ?, ?)")
                .params(key, now, actor, current.map(r -> r.status().code()).orElse(null), status.code(), text)
                .update();
        return find(key).orElseThrow();
    }

    List<ReviewChange> history(String key) {
        return jdbc.sql("SELECT occurred_at, actor, old_status, new_status, comment FROM check_review_log "
                        + "WHERE finding_key = ? ORDER BY occurred_at, id").param(key)
                .query((rs, n) -> new ReviewChange(rs.getTimestamp(1).toInstant(), rs.getString(2),
                        rs.getString(3) == null ? null : ReviewStatus.ofCode(rs.getString(3)),
                        ReviewStatus.ofCode(rs.getString(4)), rs.getString(5))).list();
    }
}
