package org.crdash.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.crdash.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The schema itself rejects bad rows, whatever code writes them. Each bad row is the valid baseline row
 * with exactly one thing wrong, and each rejection is checked to come from the constraint that guards it.
 */
@IntegrationTest
class SchemaConstraintsTest {

    private static final String CHECK_VIOLATION = "23514";
    private static final String FOREIGN_KEY_VIOLATION = "23503";
    private static final String UNIQUE_VIOLATION = "23505";
    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    /** The seeded observation 000-o001: 2024 China–Russia trade of $244.8 billion. */
    private Map<String, Object> seeded;

    @BeforeEach
    void loadSeededObservation() {
        seeded = jdbc.sql("""
                        SELECT o.id, o.series_id, o.source_id, o.period_label, o.period_start, o.period_end,
                               o.precision, o.passage, o.passage_start, o.passage_end, s.full_text
                        FROM observation o JOIN source s ON s.id = o.source_id
                        WHERE o.seed_key = '000-o001'""")
                .query().singleRow();
        assertThat(seeded.get("passage")).isEqualTo(
                "In 2024, trade between China and Russia reached $244.8 billion, an all-time high.");
    }

    /** A valid user observation: the seeded passage, but for 2023, so it duplicates nothing. */
    private Map<String, Object> validObservation() {
        Map<String, Object> row = new HashMap<>();
        row.put("series_id", seeded.get("series_id"));
        row.put("period_label", "2023");
        row.put("period_start", LocalDate.of(2023, 1, 1));
        row.put("period_end", LocalDate.of(2023, 12, 31));
        row.put("precision", "year");
        row.put("value", 1.5);
        row.put("qualifier", "exact");
        row.put("source_id", seeded.get("source_id"));
        row.put("passage", seeded.get("passage"));
        row.put("passage_start", seeded.get("passage_start"));
        row.put("passage_end", seeded.get("passage_end"));
        return row;
    }

    private long insertObservation(Map<String, Object> row) {
        return jdbc.sql("""
                        INSERT INTO observation (series_id, period_label, period_start, period_end, precision, value,
                            qualifier, source_id, passage, passage_start, passage_end, origin,
                            created_at, created_by, updated_at, updated_by)
                        VALUES (:series_id, :period_label, :period_start, :period_end, :precision, :value,
                            :qualifier, :source_id, :passage, :passage_start, :passage_end, 'user',
                            now(), 'test', now(), 'test')
                        RETURNING id""")
                .params(row).query(Long.class).single();
    }

    private Map<String, Object> validEvent() {
        Map<String, Object> row = new HashMap<>();
        row.put("date_label", "2024");
        row.put("date_start", LocalDate.of(2024, 1, 1));
        row.put("date_end", LocalDate.of(2024, 12, 31));
        row.put("precision", "year");
        row.put("date_text", "In 2024");
        row.put("title", "Test event");
        row.put("category", "trade milestone");
        row.put("source_id", seeded.get("source_id"));
        row.put("passage", seeded.get("passage"));
        row.put("passage_start", seeded.get("passage_start"));
        row.put("passage_end", seeded.get("passage_end"));
        return row;
    }

    private long insertEvent(Map<String, Object> row) {
        return jdbc.sql("""
                        INSERT INTO event (date_label, date_start, date_end, precision, date_text, title, category,
                            source_id, passage, passage_start, passage_end, origin,
                            created_at, created_by, updated_at, updated_by)
                        VALUES (:date_label, :date_start, :date_end, :precision, :date_text, :title, :category,
                            :source_id, :passage, :passage_start, :passage_end, 'user', now(), 'test', now(), 'test')
                        RETURNING id""")
                .params(row).query(Long.class).single();
    }

    /** Runs {@code work} in a transaction that is always rolled back, so the shared database stays seeded-only. */
    private void inRolledBackTransaction(Runnable work) {
        tx.executeWithoutResult(status -> {
            status.setRollbackOnly();
            work.run();
        });
    }

    private static PSQLException psql(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof PSQLException e) {
                return e;
            }
        }
        throw new AssertionError("no PSQLException in the cause chain of " + t, t);
    }

    /**
     * Asserts the statement is refused with {@code sqlState} by the named constraint whose definition
     * contains {@code definitionFragment}.
     */
    private void assertViolates(ThrowingCallable statement, Class<? extends DataAccessException> type,
                                String sqlState, String definitionFragment) {
        assertThatThrownBy(statement).isInstanceOf(type).satisfies(t -> {
            PSQLException e = psql(t);
            assertThat(e.getSQLState()).as(e.getMessage()).isEqualTo(sqlState);
            String constraint = e.getServerErrorMessage().getConstraint();
            assertThat(constraint).as("constraint named in: " + e.getMessage()).isNotNull();
            String definition = jdbc.sql("""
                            SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conname = ?
                            UNION ALL
                            SELECT pg_get_indexdef(indexrelid) FROM pg_index WHERE indexrelid::regclass::text = ?""")
                    .params(constraint, constraint).query(String.class).single();
            assertThat(definition).as("definition of " + constraint).contains(definitionFragment);
        });
    }

    private long rowCount(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }

    @Test
    void theBaselineRowsAreValid() {
        long before = rowCount("observation");
        inRolledBackTransaction(() -> {
            assertThat(insertObservation(validObservation())).isPositive();
            assertThat(insertEvent(validEvent())).isPositive();
        });
        assertThat(rowCount("observation")).isEqualTo(before);
    }

    @Test
    void observationWithPassageEndBeforeStartIsRejected() {
        Map<String, Object> row = validObservation();
        int start = (Integer) seeded.get("passage_start");
        row.put("passage_start", start + 10);
        row.put("passage_end", start + 5);
        assertViolates(() -> insertObservation(row), DataIntegrityViolationException.class, CHECK_VIOLATION,
                "passage_end > passage_start");
    }

    @Test
    void observationWhoseOffsetsDoNotSpanThePassageLengthIsRejected() {
        Map<String, Object> row = validObservation();
        row.put("passage_end", (Integer) seeded.get("passage_end") + 1);
        assertViolates(() -> insertObservation(row), DataIntegrityViolationException.class, CHECK_VIOLATION,
                "(passage_end - passage_start) = char_length(passage)");
    }

    @Test
    void observationWithUnknownPrecisionIsRejected() {
        Map<String, Object> row = validObservation();
        row.put("precision", "decade"); // fine for events, not for observations
        assertViolates(() -> insertObservation(row), DataIntegrityViolationException.class, CHECK_VIOLATION,
                "'quarter'::text");
        row.put("precision", "week");
        assertViolates(() -> insertObservation(row), DataIntegrityViolationException.class, CHECK_VIOLATION,
                "'quarter'::text");
    }

    @Test
    void seriesWithUnknownUnitIsRejected() {
        assertViolates(() -> jdbc.sql("""
                                INSERT INTO series (series_key, name, unit, category, origin,
                                    created_at, created_by, updated_at, updated_by)
                                VALUES ('test_series', 'Test', 'parsecs', 'other', 'user', now(), 't', now(), 't')""")
                        .update(),
                DataIntegrityViolationException.class, FOREIGN_KEY_VIOLATION, "REFERENCES unit(code)");
    }

    @Test
    void observationWithUnknownQualifierIsRejected() {
        Map<String, Object> row = validObservation();
        row.put("qualifier", "roughly");
        assertViolates(() -> insertObservation(row), DataIntegrityViolationException.class, CHECK_VIOLATION,
                "'more_than'::text");
    }

    @Test
    void observationWithPeriodEndBeforeStartIsRejected() {
        Map<String, Object> row = validObservation();
        row.put("period_start", LocalDate.of(2023, 12, 31));
        row.put("period_end", LocalDate.of(2023, 1, 1));
        assertViolates(() -> insertObservation(row), DataIntegrityViolationException.class, CHECK_VIOLATION,
                "period_end >= period_start");
    }

    @Test
    void duplicateOfALiveObservationIsRejected() {
        Map<String, Object> row = validObservation();
        row.put("period_label", seeded.get("period_label"));
        row.put("period_start", seeded.get("period_start"));
        row.put("period_end", seeded.get("period_end"));
        row.put("precision", seeded.get("precision"));
        row.put("value", 999); // a different value does not make it a different claim
        assertViolates(() -> insertObservation(row), DuplicateKeyException.class, UNIQUE_VIOLATION,
                "WHERE (deleted_at IS NULL)");
    }

    @Test
    void duplicateOfADeletedObservationIsAllowed() {
        Map<String, Object> row = validObservation();
        row.put("period_label", seeded.get("period_label"));
        row.put("period_start", seeded.get("period_start"));
        row.put("period_end", seeded.get("period_end"));
        row.put("precision", seeded.get("precision"));
        inRolledBackTransaction(() -> {
            jdbc.sql("UPDATE observation SET deleted_at = now(), deleted_by = 'test' WHERE id = ?")
                    .param(seeded.get("id")).update();
            assertThat(insertObservation(row)).isPositive();
        });
        assertThat(jdbc.sql("SELECT deleted_at IS NULL FROM observation WHERE id = ?").param(seeded.get("id"))
                .query(Boolean.class).single()).as("the seeded row is live again after the rollback").isTrue();
    }

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

    @Test
    void eventWithoutDatePrecisionButWithADateIsRejected() {
        Map<String, Object> row = validEvent();
        row.put("precision", "none");
        assertViolates(() -> insertEvent(row), DataIntegrityViolationException.class, CHECK_VIOLATION,
                "(\"precision\" = 'none'::text) = (date_start IS NULL)");
    }

    @Test
    void undatedEventIsAccepted() {
        Map<String, Object> row = validEvent();
        row.put("precision", "none");
        row.put("date_label", null);
        row.put("date_start", null);
        row.put("date_end", null);
        inRolledBackTransaction(() -> assertThat(insertEvent(row)).isPositive());
    }
}
