package org.crdash.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * The schema's triggers: a passage must be the source's text at its offsets (observations and events), and
 * the audit log is append-only.
 */
class SchemaTriggersTest extends SchemaFixture {

    @Test
    void passageThatIsNotTheSourceTextAtItsOffsetsIsRejected() {
        Map<String, Object> row = validObservation();
        // same length, same offsets, one figure changed
        row.put("passage", ((String) seeded.get("passage")).replace("244.8", "254.8"));
        assertThatThrownBy(() -> insertObservation(row))
                .isInstanceOf(DataIntegrityViolationException.class)
                .satisfies(t -> {
                    assertThat(psql(t).getSQLState()).isEqualTo(CHECK_VIOLATION);
                    assertThat(psql(t).getServerErrorMessage().getMessage())
                            .isEqualTo("passage is not found at offsets " + seeded.get("passage_start") + ".."
                                    + seeded.get("passage_end") + " of source 000_86d270af3dbf64d1.txt");
                });
    }

    @Test
    void passageAtTheWrongOffsetsIsRejected() {
        Map<String, Object> row = validObservation();
        row.put("passage_start", (Integer) seeded.get("passage_start") + 1);
        row.put("passage_end", (Integer) seeded.get("passage_end") + 1);
        assertThatThrownBy(() -> insertObservation(row))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("passage is not found at offsets");
    }

    @Test
    void passageBeyondTheEndOfTheSourceIsRejected() {
        int length = ((String) seeded.get("full_text")).length();
        String passage = (String) seeded.get("passage");
        Map<String, Object> row = validObservation();
        row.put("passage_start", length);
        row.put("passage_end", length + passage.length());
        assertThatThrownBy(() -> insertObservation(row))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("is beyond the end of source 000_86d270af3dbf64d1.txt (" + length
                        + " characters)");
    }

    @Test
    void eventPassageIsCheckedByTheTriggerToo() {
        Map<String, Object> row = validEvent();
        row.put("passage", ((String) seeded.get("passage")).replace("2024", "2025"));
        assertThatThrownBy(() -> insertEvent(row))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("passage is not found at offsets");
    }

    @Test
    void auditLogRefusesUpdate() {
        Map<String, Object> first = jdbc.sql("SELECT id, actor FROM audit_log ORDER BY id LIMIT 1").query().singleRow();
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_log SET actor = 'mallory' WHERE id = ?")
                .param(first.get("id")).update())
                .isInstanceOf(DataAccessException.class)
                .satisfies(t -> {
                    assertThat(psql(t).getSQLState()).isEqualTo(INSUFFICIENT_PRIVILEGE);
                    assertThat(psql(t).getServerErrorMessage().getMessage()).isEqualTo("audit_log is append-only");
                });
        assertThat(jdbc.sql("SELECT actor FROM audit_log WHERE id = ?").param(first.get("id"))
                .query(String.class).single()).isEqualTo(first.get("actor"));
    }

    @Test
    void auditLogRefusesDelete() {
        long before = rowCount("audit_log");
        assertThat(before).isPositive();
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_log").update())
                .isInstanceOf(DataAccessException.class)
                .satisfies(t -> {
                    assertThat(psql(t).getSQLState()).isEqualTo(INSUFFICIENT_PRIVILEGE);
                    assertThat(psql(t).getServerErrorMessage().getMessage()).isEqualTo("audit_log is append-only");
                });
        assertThat(rowCount("audit_log")).isEqualTo(before);
    }
}
