package org.crdash.series;

import java.time.LocalDate;
import java.util.List;
import org.crdash.base.InvalidParameterException;
import org.crdash.base.Origin;
import org.crdash.base.ReviewStatus;
import org.crdash.base.SqlWhere;

/**
 * Which observations a list or export contains. Empty/null parts do not filter.
 *
 * @param seriesKeys     only these series (any of them)
 * @param sourceKey      only observations quoted from this source
 * @param from           only periods that end on or after this day
 * @param to             only periods that start on or before this day
 * @param origin         only seeded or only user rows
 * @param review         only rows of this review status
 * @param includeDeleted also soft-deleted rows
 */
public record ObservationFilter(List<String> seriesKeys, String sourceKey, LocalDate from, LocalDate to,
                                Origin origin, ReviewStatus review, boolean includeDeleted) {

    public static final ObservationFilter ALL = new ObservationFilter(List.of(), null, null, null, null, null, false);

    public ObservationFilter {
        seriesKeys = seriesKeys == null ? List.of() : List.copyOf(seriesKeys);
        if (sourceKey != null && sourceKey.isBlank()) {
            sourceKey = null;
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidParameterException("to", "'to' (" + to + ") is before 'from' (" + from + ")");
        }
    }

    public static ObservationFilter ofSeries(String... keys) {
        return new ObservationFilter(List.of(keys), null, null, null, null, null, false);
    }

    /** The condition over {@code observation o}, {@code series se} and {@code source so}. */
    public SqlWhere where() {
        SqlWhere.Builder w = SqlWhere.builder().andIn("se.series_key", seriesKeys);
        if (sourceKey != null) {
            w.and("so.source_key = ?", sourceKey);
        }
        if (from != null) {
            w.and("o.period_end >= ?", from);
        }
        if (to != null) {
            w.and("o.period_start <= ?", to);
        }
        if (origin != null) {
            w.and("o.origin = ?", origin.code());
        }
        if (review != null) {
            w.and("o.review_status = ?", review.code());
        }
        if (!includeDeleted) {
            w.and("o.deleted_at IS NULL");
        }
        return w.build();
    }
}
