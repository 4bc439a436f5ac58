package org.crdash.base;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.crdash.base.write.SaveWarning;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes and reads the append-only audit log. Snapshots are the database's own JSON of the row
 * ({@code to_jsonb}), taken inside the caller's transaction, so old and new values are exactly what was stored.
 */
@Component
public class AuditLog {

    /** Entity tables that are audited; the enum name is the table name. */
    public enum Entity { source, series, observation, event, account }

    public enum Action { create, update, delete, restore }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The current row as JSON text, or empty if there is no such row. */
    public Optional<String> snapshot(Entity entity, long id) {
        // an account's password hash never goes into the log (a change of it shows as a new version only)
        return jdbc.sql("SELECT (to_jsonb(t) - 'password_hash')::text FROM " + entity.name() + " t WHERE t.id = ?")
                .param(id).query(String.class).optional();
    }

    /** Records a change; the new value is read from the row as it is now. */
    public void record(String actor, Action action, Entity entity, long id, String oldJson) {
        record(actor, action, entity, id, oldJson, List.of());
    }

    /** Records a change saved although it had {@code acknowledged} warnings (none: an ordinary change). */
    public void record(String actor, Action action, Entity entity, long id, String oldJson,
                       List<SaveWarning> acknowledged) {
        String newJson = snapshot(entity, id).orElse(null);
        jdbc.sql("""
                INSERT INTO audit_log (occurred_at, actor, action, entity_type, entity_id, old_value, new_value,
                                       acknowledged_warnings)
                VALUES (?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?::jsonb)""")
                .params(Timestamp.from(clock.instant()), actor, action.name(), entity.name(), id, oldJson, newJson,
                        json(acknowledged))
                .update();
    }

    /** The warnings as the audit row stores them: a JSON array of {code, field, message}; null for none. */
    public static String json(List<SaveWarning> warnings) {
        return warnings.isEmpty() ? null : JSON.writeValueAsString(warnings);
    }

    public List<AuditEntry> history(Entity entity, long id) {
        return jdbc.sql("""
                SELECT id, occurred_at, actor, action, entity_type, entity_id, old_value::text AS old_value,
                       new_value::text AS new_value
                FROM audit_log WHERE entity_type = ? AND entity_id = ? ORDER BY occurred_at, id""")
                .params(entity.name(), id)
                .query((rs, n) -> new AuditEntry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("actor"), Action.valueOf(rs.getString("action")),
                        Entity.valueOf(rs.getString("entity_type")), rs.getLong("entity_id"),
                        rs.getString("old_value"), rs.getString("new_value")))
                .list();
    }

    public long count() {
        return jdbc.sql("SELECT count(*) FROM audit_log").query(Long.class).single();
    }
}
