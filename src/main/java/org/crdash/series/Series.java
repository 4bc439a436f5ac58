package org.crdash.series;

import java.time.Instant;
import java.util.Objects;
import org.crdash.base.Origin;
import org.crdash.base.write.VersionedRow;

/** A metric, e.g. china_russia_trade_usd_bn, whose values come from observations. */
public record Series(long id, String key, String name, String unit, String category, String description,
                     Origin origin, int version, Instant deletedAt) implements VersionedRow {

    public static final String KEY_PATTERN = "[a-z][a-z0-9_]{2,99}";

    public Series {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(origin, "origin");
        if (!key.matches(KEY_PATTERN)) {
            throw new IllegalArgumentException("series key '" + key + "' must be snake_case: " + KEY_PATTERN);
        }
    }
}
