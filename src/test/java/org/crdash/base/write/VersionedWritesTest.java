package org.crdash.base.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.crdash.IntegrationTest;
import org.crdash.TestAccounts;
import org.crdash.base.AuditLog;
import org.crdash.base.AuditLog.Action;
import org.crdash.base.AuditLog.Entity;
import org.crdash.base.ConflictException;
import org.crdash.base.FieldError;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/** The one write path on every audited table, series included (it had no deleted_at to lock on before V100). */
@IntegrationTest
@Transactional
class VersionedWritesTest {

    @Autowired
    VersionedWrites writes;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void annaAndBenAreAccounts() {
        TestAccounts.ensure(jdbc, "anna", "ben");
    }

    private static AuditedTable table(Entity e) {
        return new AuditedTable(e, e.name(), new FieldError("x", "duplicate"));
    }

    private long first(Entity e) {
        return jdbc.sql("SELECT min(id) FROM " + e.name()).query(Long.class).single();
    }

    @ParameterizedTest
    @EnumSource(Entity.class)
    void everyAuditedTableCanBeLockedDeletedAndRestored(Entity e) {
        AuditedTable t = table(e);
        long id = first(e);
        VersionedWrites.RowState s = writes.lock(t, id).orElseThrow();
        assertThat(s.deleted()).isFalse();

        writes.delete(t, id, s.version(), "anna");
        VersionedWrites.RowState deleted = writes.lock(t, id).orElseThrow();
        assertThat(deleted.deleted()).isTrue();
        assertThat(deleted.deletedBy()).isEqualTo("anna");
        assertThat(deleted.version()).isEqualTo(s.version() + 1);

        writes.restore(t, id, deleted.version(), "ben", () -> { });
        assertThat(writes.lock(t, id).orElseThrow().deleted()).isFalse();
        assertThat(audit.history(e, id)).extracting(a -> a.action()).endsWith(Action.delete, Action.restore);
    }

    @Test
    void aSeriesChangeAtAnOldVersionIsRefusedWithWhoAndWhen() {
        AuditedTable t = table(Entity.series);
        long id = first(Entity.series);
        int version = writes.lock(t, id).orElseThrow().version();
        assertThat(writes.update(t, id, version, () -> new Columns().put("name", "Renamed by Anna"), "anna"))
                .isTrue();

        assertThatThrownBy(() -> writes.update(t, id, version, () -> new Columns().put("name", "Ben's"), "ben"))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("was changed by anna at");
    }

    @Test
    void differsComparesValuesNotSpellings() {
        AuditedTable t = table(Entity.observation);
        long id = first(Entity.observation);
        var value = jdbc.sql("SELECT value FROM observation WHERE id = ?").param(id)
                .query(java.math.BigDecimal.class).single();

        assertThat(writes.differs(t, id, new Columns().put("value", value.setScale(value.scale() + 2)))).isFalse();
        assertThat(writes.differs(t, id, new Columns().put("value", value.add(java.math.BigDecimal.ONE)))).isTrue();
        assertThat(writes.lockBy(t, "seed_key", "no such key")).isEmpty();
        assertThat(writes.lockBy(t, "id", id)).isPresent();
    }
}
