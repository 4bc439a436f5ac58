package org.crdash.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.crdash.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.postgresql.util.PSQLException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The schema itself rejects bad rows, whatever code writes them. Each bad row is the valid baseline row
 * with exactly one thing wrong, and each rejection is checked to come from the constraint that guards it. The
 * baseline rows, the inserts and the checks of the rejection shared by {@link SchemaConstraintsTest} and
 * {@link SchemaTriggersTest}.
 */
@IntegrationTest
abstract class SchemaFixture {

    static final String CHECK_VIOLATION = "23514";
    static final String FOREIGN_KEY_VIOLATION = "23503";
    static final String UNIQUE_VIOLATION = "23505";
    static final String INSUFFICIENT_PRIVILEGE = "42501";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    /** The seeded observation 000-o001: 2024 China–Russia trade of $244.8 billion. */
    Map<String, Object> seeded;

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
    Map<String, Object> validObservation() {
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

    long insertObservation(Map<String, Object> row) {
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

    Map<String, Object> validEvent() {
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

    long insertEvent(Map<String, Object> row) {
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
    void inRolledBackTransaction(Runnable work) {
        tx.executeWithoutResult(status -> {
            status.setRollbackOnly();
            work.run();
        });
    }

    static PSQLException psql(Throwable t) {
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
    void assertViolates(ThrowingCallable statement, Class<? extends DataAccessException> type,
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

    long rowCount(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }
}
