package org.crdash.base;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A SQL condition with its positional parameters, built from a filter. The condition text only ever
 * contains fixed SQL written here and {@code ?} placeholders; values always go into {@link #params()}.
 */
public record SqlWhere(String sql, List<Object> params) {

    public SqlWhere {
        params = List.copyOf(params);
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final List<String> conditions = new ArrayList<>();
        private final List<Object> params = new ArrayList<>();

        private Builder() {
        }

        /** Adds a condition; each {@code ?} in it takes the next value. */
        public Builder and(String condition, Object... values) {
            conditions.add(condition);
            params.addAll(List.of(values));
            return this;
        }

        /** Adds {@code column IN (?, ?, ...)} for the given values (nothing when the collection is empty). */
        public Builder andIn(String column, Collection<?> values) {
            if (!values.isEmpty()) {
                conditions.add(column + " IN (" + String.join(", ", java.util.Collections.nCopies(values.size(), "?"))
                        + ")");
                params.addAll(values);
            }
            return this;
        }

        public SqlWhere build() {
            return new SqlWhere(conditions.isEmpty() ? "TRUE" : String.join(" AND ", conditions), params);
        }
    }
}
