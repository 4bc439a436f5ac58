package org.crdash.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.crdash.base.Period;
import org.junit.jupiter.api.Test;

/** Which events are one event, and when their dates conflict: plain functions, no database. */
class EventDatesTest {

    private static long ids;

    private static EventDates.Dated event(String title, String date, long sourceId) {
        return event(title, date, sourceId, "statement");
    }

    private static EventDates.Dated event(String title, String date, long sourceId, String category) {
        Period p = Period.parse(date);
        return new EventDates.Dated(++ids, title, category, p.label(), p.precision().code(), p.start(), p.end(),
                date, "s" + sourceId, sourceId, "passage", 0, 7);
    }

    private static final String JOINT = "China–Russia joint statement on deepening the comprehensive strategic "
            + "partnership";

    @Test
    void aYearAndADayInItDoNotConflict() {
        assertThat(EventDates.find(List.of(event(JOINT, "2024", 1), event(JOINT, "2024-05-16", 2)))).isEmpty();
        assertThat(EventDates.find(List.of(event(JOINT, "2024-05", 1), event(JOINT, "2024-05-16", 2)))).isEmpty();
        assertThat(EventDates.find(List.of(event(JOINT, "2024-05-16", 1), event(JOINT, "2024-05-16", 2))))
                .isEmpty();
    }

    @Test
    void datesThatCannotBothBeRightConflictByTheDaysBetweenThem() {
        Finding f = EventDates.find(List.of(event(JOINT, "2024-05-16", 1), event(JOINT, "2023", 2))).getFirst();
        assertThat(f.kind()).isEqualTo(CheckKind.EVENT_DATE_CONFLICT);
        assertThat(f.verdict()).isEqualTo(Verdict.CONFLICT);
        long apart = ChronoUnit.DAYS.between(LocalDate.of(2023, 12, 31), LocalDate.of(2024, 5, 16));
        assertThat(f.number("days_apart")).isEqualByComparingTo(String.valueOf(apart));
        assertThat(f.number("start_difference_days")).isEqualByComparingTo(
                String.valueOf(ChronoUnit.DAYS.between(LocalDate.of(2023, 1, 1), LocalDate.of(2024, 5, 16))));
        assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(f.events()).extracting(Finding.Event::date).containsExactly("2023", "2024-05-16");
        assertThat(f.periods()).containsExactly("2023", "2024-05-16");
        Finding days = EventDates.find(List.of(event(JOINT, "2024-05-16", 1), event(JOINT, "2024-05-20", 2)))
                .getFirst();
        assertThat(days.number("days_apart")).isEqualByComparingTo("4");
        assertThat(days.severity()).isEqualTo(Severity.LOW);
    }

    @Test
    void theSameEventIsOneCategoryWithMatchingTitleWordsFromTwoSources() {
        var full = event("Russia launches full-scale invasion of Ukraine", "2022-02-24", 1, "war");
        assertThat(EventDates.sameEvent(full, event("Russia launches large-scale invasion of Ukraine", "2022", 2,
                "war"))).isTrue();
        assertThat(EventDates.sameEvent(full, event("Start of Russia's full-scale invasion of Ukraine", "2022-02",
                2, "war"))).isTrue();
        assertThat(EventDates.sameEvent(event("Russia annexes Crimea", "2014", 1, "war"),
                event("Russia annexes Crimea (not recognized by China)", "2014", 2, "war"))).isTrue();
        // another category, the same source, or other words: not one event
        assertThat(EventDates.sameEvent(full, event(full.title(), "2023", 2, "other"))).isFalse();
        assertThat(EventDates.sameEvent(full, event(full.title(), "2023", 1, "war"))).isFalse();
        assertThat(EventDates.sameEvent(full, event("Russia stalls the Ukrainian counteroffensive", "2023", 2,
                "war"))).isFalse();
        assertThat(EventDates.find(List.of(full, event(full.title(), "2023", 1, "war")))).isEmpty();
    }
}
