package org.crdash.checks;

import java.util.Objects;
import org.crdash.base.Origin;

/**
 * {@code seriesKey} is {@code kind} of {@code ofSeriesKey} (or, for shares, of the {@code whole} named).
 *
 * @param acrossPeriods the quantity does not change over time: values of different periods are compared
 */
public record SeriesRelation(long id, RelationKind kind, String seriesKey, String ofSeriesKey, String whole,
                             boolean acrossPeriods, String note, Origin origin) {

    public SeriesRelation {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(seriesKey, "seriesKey");
        if ((ofSeriesKey == null) == (whole == null)) {
            throw new IllegalArgumentException("a relation names either the other series or the whole, not both");
        }
        if (whole != null && kind != RelationKind.SHARE_OF) {
            throw new IllegalArgumentException("only a share_of relation may name a whole instead of a series");
        }
        if (seriesKey.equals(ofSeriesKey)) {
            throw new IllegalArgumentException("a series is not related to itself");
        }
    }

    /** What the shares of a share_of relation are shares of: the other series or the named whole. */
    String wholeKey() {
        return ofSeriesKey != null ? ofSeriesKey : whole;
    }
}
