package org.crdash.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;

/**
 * The schema's CHECK and UNIQUE constraints reject bad observations, series and events (the baseline rows
 * are valid; each bad row has exactly one thing wrong).
 */
class SchemaConstraintsTest extends SchemaFixture {

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
