package org.crdash.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Event candidates on short texts written for this test. */
class EventReaderTest {

    private static final List<String> CATEGORIES = List.of("summit", "diplomatic visit", "treaty/agreement",
            "statement", "trade milestone", "sanction", "energy project", "military exercise", "war", "other");

    private static List<EventCandidate> read(String text) {
        return new EventReader(CATEGORIES).events(text, LocalDate.of(2024, 6, 1), LocalDate.of(2026, 1, 1));
    }

    @Test
    void fullDatesAndMonthsDateAnOccasionWithTheirOwnWording() {
        List<EventCandidate> found = read("The leaders signed a gas accord on 21 May 2014. In October 2019 the "
                + "navies sailed together.");
        assertThat(found).extracting(c -> c.date().label()).containsExactly("2014-05-21", "2019-10");
        assertThat(found.getFirst().dateText()).isEqualTo("on 21 May 2014");
        assertThat(found.getFirst().category()).isEqualTo("treaty/agreement");
        assertThat(found.getFirst().passage()).isEqualTo("The leaders signed a gas accord on 21 May 2014.");
        assertThat(found.get(1).title()).isEqualTo("The navies sailed together");
    }

    @Test
    void aYearIsAnEventOnlyWhereSomethingHappened() {
        assertThat(read("Moscow invaded Georgia in 2008.")).extracting(EventCandidate::category).containsExactly("war");
        assertThat(read("Turnover was $88 billion in 2017.")).isEmpty();
        assertThat(read("Turnover hit a record $147 billion in 2021.")).extracting(EventCandidate::category)
                .containsExactly("trade milestone");
    }

    @Test
    void relativeAndUndatedEvents() {
        List<EventCandidate> found = read("The summit opened on 3 March 2023. Just ten days later, sanctions "
                + "followed. The ministers met recently in Ankara.");
        assertThat(found).extracting(c -> c.date().label()).containsExactly("2023-03-03", "2023-03-13", null);
        assertThat(found.get(1).category()).isEqualTo("sanction");
        assertThat(found.get(2).dateText()).isEqualTo("recently");
    }

    @Test
    void theDatelineAndCitedWorksWithoutAnEventAreSkipped() {
        assertThat(read("March 2024\n\nSome thoughts on partnership.")).isEmpty();
        assertThat(read("J. Smith, 'Thinking about Eurasia', Example Review, 4 April 2023, https://example.org/x"))
                .isEmpty();
        assertThat(read("'Putin and Xi sign pipeline treaty', Example News, 2 May 2023, https://example.org/y"))
                .extracting(EventCandidate::category).containsExactly("treaty/agreement");
    }
}
