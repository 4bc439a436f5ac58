package org.crdash.event;

import java.time.LocalDate;
import org.crdash.base.InvalidParameterException;
import org.crdash.base.Origin;
import org.crdash.base.ReviewStatus;
import org.crdash.base.SqlWhere;

/**
 * Which events a list or export contains. Empty/null parts do not filter; undated events never match a
 * {@code from}/{@code to} bound.
 *
 * @param category       only this category
 * @param sourceKey      only events quoted from this source
 * @param from           only events whose date ends on or after this day
 * @param to             only events whose date starts on or before this day
 * @param origin         only seeded or only user rows
 * @param review         only rows of this review status
 * @param includeDeleted also soft-deleted rows
 */
public record EventFilter(String category, String sourceKey, LocalDate from, LocalDate to, Origin origin,
                          ReviewStatus review, boolean includeDeleted) {

    public static final EventFilter ALL = new EventFilter(null, null, null, null, null, null, false);

    public EventFilter {
        if (category != null && category.isBlank()) {
            category = null;
        }
        if (sourceKey != null && sourceKey.isBlank()) {
            sourceKey = null;
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidParameterException("to", "'to' (" + to + ") is before 'from' (" + from + ")");
        }
    }

    /** The condition over {@code event e} and {@code source so}. */
    public SqlWhere where() {
        SqlWhere.Builder w = SqlWhere.builder();
        if (category != null) {
            w.and("e.category = ?", category);
        }
        if (sourceKey != null) {
            w.and("so.source_key = ?", sourceKey);
        }
        if (from != null) {
            w.and("e.date_end >= ?", from);
        }
        if (to != null) {
            w.and("e.date_start <= ?", to);
        }
        if (origin != null) {
            w.and("e.origin = ?", origin.code());
        }
        if (review != null) {
            w.and("e.review_status = ?", review.code());
        }
        if (!includeDeleted) {
            w.and("e.deleted_at IS NULL");
        }
        return w.build();
    }
}
