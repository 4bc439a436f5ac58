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

    @Test
    void aYearStandingForTheParagraphsOneDatedOccasionTakesItsDay() {
        List<EventCandidate> found = read("Putin met Xi at the 2019 Belt and Road Forum in Beijing. The forum "
                + "opened on 25 April 2019 under tight security.");
        assertThat(found).extracting(c -> c.date().label()).containsExactly("2019-04-25", "2019-04-25");
        assertThat(found.getFirst().passage()).startsWith("Putin met Xi");
        assertThat(found.getFirst().note()).contains("the day from 'on 25 April 2019' in the same paragraph");
        // a figure's year is not the occasion's
        assertThat(read("Trade rose from $100 billion in 2019 to a record $150 billion in 2021. The leaders met on 5 "
                + "June 2019.")).filteredOn(c -> c.passageStart() == 0).extracting(c -> c.date().label())
                .doesNotContain("2019-06-05");
    }

    @Test
    void goingIntoAYearFirstInYearsAndTheSameOccasion() {
        assertThat(read("Heading into 2019, Moscow expected warmer ties with Beijing.")).extracting(c -> c.date()
                .label()).containsExactly("2019");
        List<EventCandidate> talks = read("The talks on 3 March 2023 were the leaders' first face-to-face meeting in "
                + "three years.");
        assertThat(talks).extracting(c -> c.date().label()).containsExactly("2023-03-03", "2020");
        assertThat(talks.get(1).dateText()).isEqualTo("in three years");
        List<EventCandidate> summit = read("The two presidents held a summit in Kazan on 22 October 2024. At the "
                + "summit, they agreed on a grain corridor.");
        assertThat(summit).extracting(c -> c.date().label()).containsExactly("2024-10-22", "2024-10-22");
        assertThat(summit.get(1).passageStart()).isPositive();
        assertThat(read("The trade office closed on 3 May 2023. A new meeting is planned.")).hasSize(1);
    }

    @Test
    void aNamedPeriodWithoutADateIsAnUndatedEvent() {
        assertThat(read("Under Obama, Washington tried a reset with Moscow.")).extracting(EventCandidate::dateText)
                .containsExactly("Under Obama,");
        assertThat(read("Ties frayed during the “Great Game” of the empires.")).extracting(c -> c.date().label())
                .containsExactly((String) null);
    }
}
