package org.crdash.base.write;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The values of the domain columns of one row, in order, as a feature's table description produces them from a
 * validated draft. The bookkeeping columns (version, origin, created/updated/deleted by and at) are never in here:
 * {@link VersionedWrites} writes those, the same way for every table.
 */
public final class Columns {

    private final Map<String, Object> values = new LinkedHashMap<>();

    /** Adds a column; {@code value} may be {@code null}. */
    public Columns put(String column, Object value) {
        if (values.containsKey(column)) {
            throw new IllegalArgumentException("column " + column + " given twice");
        }
        values.put(column, value);
        return this;
    }

    List<String> names() {
        return List.copyOf(values.keySet());
    }

    List<Object> values() {
        return Collections.unmodifiableList(new ArrayList<>(values.values()));
    }

    boolean isEmpty() {
        return values.isEmpty();
    }
}
