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
    private List<SaveWarning> acknowledged = List.of();

    /** The columns {@code names} with {@code values}, pairwise in order. */
    public static Columns of(List<String> names, Object... values) {
        if (names.size() != values.length) {
            throw new IllegalArgumentException(names.size() + " columns but " + values.length + " values");
        }
        Columns c = new Columns();
        for (int i = 0; i < values.length; i++) {
            c.put(names.get(i), values[i]);
        }
        return c;
    }

    /** Adds a column; {@code value} may be {@code null}. */
    public Columns put(String column, Object value) {
        if (values.containsKey(column)) {
            throw new IllegalArgumentException("column " + column + " given twice");
        }
        values.put(column, value);
        return this;
    }

    public List<String> names() {
        return List.copyOf(values.keySet());
    }

    public List<Object> values() {
        return Collections.unmodifiableList(new ArrayList<>(values.values()));
    }

    /**
     * The warnings the editor acknowledged ("save anyway") for this write: {@link VersionedWrites} records them in
     * the audit row.
     */
    public Columns acknowledging(List<SaveWarning> warnings) {
        this.acknowledged = List.copyOf(warnings);
        return this;
    }

    public List<SaveWarning> acknowledged() {
        return acknowledged;
    }

    boolean isEmpty() {
        return values.isEmpty();
    }
}
