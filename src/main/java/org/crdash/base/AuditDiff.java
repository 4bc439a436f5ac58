package org.crdash.base;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What an audited change changed: the columns whose values differ between the old and new row JSON. */
public final class AuditDiff {

    /** Bookkeeping columns, not shown as changes. */
    private static final Set<String> HIDDEN = Set.of("id", "version", "created_at", "created_by", "updated_at",
            "updated_by", "bmp_only", "full_text", "seed_key", "origin");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    public record Change(String column, String before, String after) {
    }

    private AuditDiff() {
    }

    public static List<Change> changes(AuditEntry entry) {
        JsonNode before = parse(entry.oldJson());
        JsonNode after = parse(entry.newJson());
        Set<String> columns = new LinkedHashSet<>();
        if (before != null) {
            columns.addAll(before.propertyNames());
        }
        if (after != null) {
            columns.addAll(after.propertyNames());
        }
        List<Change> out = new ArrayList<>();
        for (String column : columns) {
            if (HIDDEN.contains(column)) {
                continue;
            }
            String b = text(before, column);
            String a = text(after, column);
            if (!Objects.equals(b, a)) {
                out.add(new Change(column, b, a));
            }
        }
        return out;
    }

    private static JsonNode parse(String json) {
        return json == null ? null : JSON.readTree(json);
    }

    private static String text(JsonNode row, String column) {
        if (row == null) {
            return null;
        }
        JsonNode v = row.get(column);
        if (v == null || v.isNull()) {
            return null;
        }
        return v.isValueNode() ? v.asString() : v.toString();
    }
}
