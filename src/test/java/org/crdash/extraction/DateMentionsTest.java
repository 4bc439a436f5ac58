package org.crdash.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The date reader on phrases written for this test. */
class DateMentionsTest {

    private static List<String> labels(String text) {
        return DateMentions.find(text, 2025).stream()
                .map(d -> d.period() == null ? d.role().name() : d.period().label() + (d.role() == DateMention.Role.AT
                        ? "" : " " + d.role())).toList();
    }

    @Test
    void fullDatesInEveryCommonOrder() {
        assertThat(labels("It was signed on 7 May 2019, ratified on Sept. 12, 2019 and renewed on the 3rd of "
                + "August 2021.")).containsExactly("2019-05-07", "2019-09-12", "2021-08-03");
    }

    @Test
    void monthsQuartersHalvesAndRanges() {
        assertThat(labels("Sales fell in April 2022, in Q3 2022, in the fourth quarter of 2022, over the second half "
                + "of 2023, in the first nine months of 2024, between 2010 and 2015, 1998-2003 and 2000-04."))
                .containsExactly("2022-04", "2022-Q3", "2022-Q4", "2023-07/2023-12", "2024-01/2024-09",
                        "2010/2015", "1998/2003", "2000/2004");
    }

    @Test
    void yearsWithTheirPrepositionAndRole() {
        List<DateMention> found = DateMentions.find("Since 2012 ties grew; before 2008 they were cool.", 2025);
        assertThat(found).extracting(DateMention::text).containsExactly("Since 2012", "before 2008");
        assertThat(found).extracting(DateMention::role).containsExactly(DateMention.Role.SINCE,
                DateMention.Role.BEFORE);
    }

    @Test
    void aMonthWithoutYearTakesTheYearBeforeIt() {
        assertThat(labels("Drills began in September 2021. In November the fleets met again."))
                .containsExactly("2021-09", "2021-11");
        assertThat(labels("The talks of March 4 failed.")).containsExactly("2025-03-04");
    }

    @Test
    void decadesCenturiesAndRelativeYears() {
        assertThat(labels("In the late 1980s, unlike the 18th century, trade was thin; last year and two decades "
                + "ago differ.")).containsExactly("1980s", "1700/1799", "2024", "2005");
    }

    @Test
    void quantitiesAreNotYears() {
        assertThat(labels("The 1,200-mile line carried 1500 tonnes and 2000 troops.")).isEmpty();
        assertThat(labels("Exports rose 12% year-on-year.")).containsExactly("YEAR_ON_YEAR");
    }
}
