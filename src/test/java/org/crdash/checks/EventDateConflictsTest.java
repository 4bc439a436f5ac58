package org.crdash.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.crdash.IntegrationTest;
import org.crdash.base.Period;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Event date conflicts on the seeded events: the seed's repeated events agree (same day, or a year or month that
 * holds the day), and a changed date is picked up by the incremental run through the queue (V136).
 */
@IntegrationTest
class EventDateConflictsTest {

    private static final String INVASION = "Russia launches full-scale invasion of Ukraine";

    @Autowired
    IncrementalChecks incremental;

    @Autowired
    CheckService checks;

    @Autowired
    JdbcClient jdbc;

    private Long changed;

    private List<Finding> conflicts() {
        incremental.run();
        return checks.findings(new CheckFilter(CheckKind.EVENT_DATE_CONFLICT, null, null, null, null)).stream()
                .map(Checked::finding).toList();
    }

    /** The seeded war events about the invasion, by title: two sources give the day, one the month, one the year. */
    private long id(String title, String label) {
        return jdbc.sql("SELECT id FROM event WHERE title = ? AND date_label = ? AND deleted_at IS NULL "
                + "ORDER BY id LIMIT 1").params(title, label).query(Long.class).single();
    }

    private void redate(long id, String label) {
        Period p = Period.parse(label);
        jdbc.sql("UPDATE event SET date_label = ?, date_start = ?, date_end = ?, precision = ? WHERE id = ?")
                .params(p.label(), p.start(), p.end(), p.precision().code(), id).update();
    }

    @AfterEach
    void restore() {
        if (changed != null) {
            redate(changed, "2022-02-24");
            incremental.run();
        }
    }

    @Test
    void theSeededEventsAgreeWhereTheirDatesOverlap() {
        assertThat(conflicts()).isEmpty();
    }

    @Test
    void aChangedDateConflictsWithTheOtherSourcesAndIsUpdatedIncrementally() {
        long day = id(INVASION, "2022-02-24");
        long otherDay = jdbc.sql("SELECT id FROM event WHERE title = ? AND id <> ? AND deleted_at IS NULL")
                .params(INVASION, day).query(Long.class).single();
        long month = id("Start of Russia's full-scale invasion of Ukraine", "2022-02");
        long year = id("Russia launches large-scale invasion of Ukraine", "2022");
        conflicts();
        changed = day;

        redate(day, "2022-03-01");
        assertThat(incremental.current()).isFalse(); // the trigger queued it
        List<Finding> found = conflicts();
        assertThat(found).hasSize(2); // with the other day and with the month; the year holds 1 March
        Finding withDay = only(found, day, otherDay);
        assertThat(withDay.number("days_apart")).isEqualByComparingTo(
                String.valueOf(ChronoUnit.DAYS.between(LocalDate.of(2022, 2, 24), LocalDate.of(2022, 3, 1))));
        assertThat(withDay.verdict()).isEqualTo(Verdict.CONFLICT);
        assertThat(only(found, day, month).number("days_apart")).isEqualByComparingTo(
                String.valueOf(ChronoUnit.DAYS.between(LocalDate.of(2022, 2, 28), LocalDate.of(2022, 3, 1))));
        assertThat(found).noneMatch(f -> involves(f, year));

        redate(day, "2023-02-24"); // now also a year away from the year
        assertThat(incremental.run().full()).isFalse();
        found = conflicts();
        assertThat(found).hasSize(3);
        assertThat(only(found, day, otherDay).number("days_apart")).isEqualByComparingTo(
                String.valueOf(ChronoUnit.DAYS.between(LocalDate.of(2022, 2, 24), LocalDate.of(2023, 2, 24))));
        assertThat(only(found, day, year).number("days_apart")).isEqualByComparingTo(
                String.valueOf(ChronoUnit.DAYS.between(LocalDate.of(2022, 12, 31), LocalDate.of(2023, 2, 24))));

        redate(day, "2022-02-24");
        changed = null;
        assertThat(conflicts()).isEmpty();
    }

    private static boolean involves(Finding f, long eventId) {
        return f.events().stream().anyMatch(e -> e.eventId() == eventId);
    }

    private static Finding only(List<Finding> found, long a, long b) {
        return found.stream().filter(f -> involves(f, a) && involves(f, b)).reduce((x, y) -> {
            throw new AssertionError("two findings for one pair");
        }).orElseThrow();
    }
}
