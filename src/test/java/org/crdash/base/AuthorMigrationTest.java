package org.crdash.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * V181 on a database written before every author was an account: the names in it (a past editor, a fixture's
 * author, an actor only in the audit log, names that cannot be account names) all become disabled accounts, nothing
 * is rewritten, and from then on the database refuses any author that is not an account.
 */
class AuthorMigrationTest {

    @Test
    void everyNameAlreadyWrittenBecomesADisabledAccountAndNoOtherNameIsTakenAfterwards() throws Exception {
        try (MigratedDatabase db = new MigratedDatabase("author-migration-test")) {
            JdbcClient jdbc = db.jdbc();
            db.migrate("180");
            jdbc.sql("""
                    INSERT INTO account (user_name, role, enabled, password_hash, origin, created_at, created_by,
                                         updated_at, updated_by)
                    VALUES ('editor', 'admin', true, '{bcrypt}x', 'seeded', now(), 'system', now(), 'system')""")
                    .update();
            jdbc.sql("""
                    INSERT INTO source (source_key, title, full_text, sha256, origin, created_at, created_by,
                                        updated_at, updated_by, deleted_at, deleted_by)
                    VALUES ('old.txt', 'Old', 'Trade grew.', encode(sha256('Trade grew.'), 'hex'), 'user', now(), 'alice', now(), 'Bob Smith',
                            now(), 'carol')""").update();
            jdbc.sql("""
                    INSERT INTO series (series_key, name, unit, category, origin, created_at, created_by,
                                        updated_at, updated_by)
                    VALUES ('old_series', 'Old', 'USD bn', 'trade_value', 'seeded', now(), 'seed', now(), 'Carol')""")
                    .update();
            jdbc.sql("""
                    INSERT INTO audit_log (occurred_at, actor, action, entity_type, entity_id, new_value)
                    VALUES (now(), 'dave', 'create', 'series', 1, '{}'), (now(), 'EDITOR', 'create', 'series', 1, '{}')
                    """).update();

            db.migrate("latest");

            Map<String, String> origins = jdbc.sql("SELECT user_name, origin || ' ' || enabled || ' ' || role || ' '"
                    + " || password_hash FROM account").query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
                    .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            assertThat(origins).containsExactlyInAnyOrderEntriesOf(Map.of(
                    "editor", "seeded true admin {bcrypt}x",
                    "alice", "user false viewer {none}", "dave", "user false viewer {none}",
                    "seed", "system false viewer {none}", "system", "system false viewer {none}",
                    "Bob Smith", "system false viewer {none}", // not an account name
                    "carol", "system false viewer {none}", "Carol", "system false viewer {none}", // only case differs
                    "EDITOR", "system false viewer {none}")); // an account's name in other case
            assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE entity_type = 'account' AND action = 'create' "
                    + "AND actor = 'system' AND new_value -> 'password_hash' IS NULL").query(Long.class).single())
                    .as("each new account is audited, without a hash").isEqualTo(8);
            assertThat(jdbc.sql("SELECT updated_by FROM source").query(String.class).single()).isEqualTo("Bob Smith");

            for (String write : List.of("UPDATE source SET updated_by = 'mallory'",
                    "UPDATE series SET deleted_at = now(), deleted_by = 'mallory'",
                    "INSERT INTO audit_log (occurred_at, actor, action, entity_type, entity_id, new_value) "
                            + "VALUES (now(), 'mallory', 'create', 'series', 1, '{}')")) {
                assertThatThrownBy(() -> jdbc.sql(write).update()).as(write)
                        .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("_account_fk");
            }
            jdbc.sql("UPDATE source SET updated_by = 'dave'").update();
            assertThatThrownBy(() -> jdbc.sql("UPDATE account SET enabled = true WHERE user_name = 'seed'").update())
                    .isInstanceOf(DataIntegrityViolationException.class);
        }
    }
}
