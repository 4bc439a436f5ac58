package org.crdash.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodTest {

    private static void assertPeriod(String text, String start, String end, PeriodPrecision precision) {
        Period p = Period.parse(text);
        assertThat(p.label()).isEqualTo(text);
        assertThat(p.start()).isEqualTo(LocalDate.parse(start));
        assertThat(p.end()).isEqualTo(LocalDate.parse(end));
        assertThat(p.precision()).isEqualTo(precision);
    }

    @Test
    void year() {
        assertPeriod("2024", "2024-01-01", "2024-12-31", PeriodPrecision.YEAR);
        assertThat(Period.parse("2024").display()).isEqualTo("2024");
    }

    @Test
    void quarters() {
        assertPeriod("2024-Q1", "2024-01-01", "2024-03-31", PeriodPrecision.QUARTER);
        assertPeriod("2024-Q2", "2024-04-01", "2024-06-30", PeriodPrecision.QUARTER);
        assertPeriod("2024-Q3", "2024-07-01", "2024-09-30", PeriodPrecision.QUARTER);
        assertPeriod("2024-Q4", "2024-10-01", "2024-12-31", PeriodPrecision.QUARTER);
        assertThat(Period.parse("2024-Q1").display()).isEqualTo("Q1 2024");
    }

    @Test
    void month() {
        assertPeriod("2024-02", "2024-02-01", "2024-02-29", PeriodPrecision.MONTH);
        assertPeriod("2023-02", "2023-02-01", "2023-02-28", PeriodPrecision.MONTH);
        assertPeriod("2024-12", "2024-12-01", "2024-12-31", PeriodPrecision.MONTH);
        assertThat(Period.parse("2024-03").display()).isEqualTo("March 2024");
    }

    @Test
    void day() {
        assertPeriod("2022-02-04", "2022-02-04", "2022-02-04", PeriodPrecision.DAY);
        assertPeriod("2024-02-29", "2024-02-29", "2024-02-29", PeriodPrecision.DAY);
        assertThat(Period.parse("2022-02-04").display()).isEqualTo("4 February 2022");
    }

    @Test
    void decade() {
        assertPeriod("1990s", "1990-01-01", "1999-12-31", PeriodPrecision.DECADE);
        assertPeriod("2020s", "2020-01-01", "2029-12-31", PeriodPrecision.DECADE);
        assertThat(PeriodPrecision.DECADE.allowedForObservation()).isFalse();
    }

    @Test
    void ranges() {
        assertPeriod("2022/2023", "2022-01-01", "2023-12-31", PeriodPrecision.RANGE);
        assertPeriod("2022-02-04/2022-02", "2022-02-04", "2022-02-28", PeriodPrecision.RANGE);
        assertPeriod("1960s/1980s", "1960-01-01", "1989-12-31", PeriodPrecision.RANGE);
        assertPeriod("2023-Q4/2024-Q1", "2023-10-01", "2024-03-31", PeriodPrecision.RANGE);
        assertPeriod("1839/1949", "1839-01-01", "1949-12-31", PeriodPrecision.RANGE);
        assertThat(Period.parse("2022/2023").isRange()).isTrue();
        assertThat(Period.parse("2022/2023").display()).isEqualTo("2022 → 2023");
        assertThat(Period.parse("2022-02-04/2022-02").display()).isEqualTo("4 February 2022 → February 2022");
    }

    @Test
    void surroundingWhitespaceIsStripped() {
        assertThat(Period.parse(" 2024 ")).isEqualTo(Period.parse("2024"));
        assertThat(Period.parse("  2024-Q3\t").label()).isEqualTo("2024-Q3");
    }

    @Test
    void emptyMeansNoDate() {
        assertThat(Period.parse("")).isEqualTo(Period.NONE);
        assertThat(Period.parse("   ")).isEqualTo(Period.NONE);
        assertThat(Period.parse(null)).isEqualTo(Period.NONE);
        assertThat(Period.NONE.start()).isNull();
        assertThat(Period.NONE.midpoint()).isNull();
        assertThat(Period.NONE.display()).isEqualTo("no date");
        assertThat(PeriodPrecision.NONE.allowedForObservation()).isFalse();
    }

    @Test
    void midpoint() {
        assertThat(Period.parse("2024-03").midpoint()).isEqualTo(LocalDate.of(2024, 3, 16));
        assertThat(Period.parse("2022-02-04").midpoint()).isEqualTo(LocalDate.of(2022, 2, 4));
        assertThat(Period.parse("2023").midpoint()).isEqualTo(LocalDate.of(2023, 7, 2));
    }

    @Test
    void rejectsMonth13() {
        assertThatThrownBy(() -> Period.parse("2024-13"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("'2024-13' is not a valid date")
                .hasMessageContaining("MonthOfYear");
    }

    @Test
    void rejectsImpossibleDay() {
        assertThatThrownBy(() -> Period.parse("2023-02-29"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("'2023-02-29' is not a valid date");
    }

    @Test
    void rejectsBackwardsRange() {
        assertThatThrownBy(() -> Period.parse("2024/2023"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("range '2024/2023' must end after it starts");
        assertThatThrownBy(() -> Period.parse("2024/2024"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("range '2024/2024' must end after it starts");
    }

    @Test
    void rejectsFiveDigitYear() {
        assertThatThrownBy(() -> Period.parse("20244"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'20244' is not a period; expected YYYY, YYYY-Qn, YYYY-MM, YYYY-MM-DD, "
                        + "YYY0s (decade) or a range A/B");
    }

    @Test
    void rejectsEmptyRangeEnds() {
        assertThatThrownBy(() -> Period.parse("2024/"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("'2024/' is not a period; expected YYYY");
        assertThatThrownBy(() -> Period.parse("/2024"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("'/2024' is not a period; expected YYYY");
    }

    @Test
    void rejectsOtherMalformedLabels() {
        for (String bad : new String[] {"2024-Q5", "2024-Q0", "1995s", "24", "2024-1", "2024-01-1", "March 2024",
                "2022/2023/2024"}) {
            assertThatThrownBy(() -> Period.parse(bad)).as(bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("'" + bad + "'");
        }
    }

    @Test
    void constructorRejectsEndBeforeStart() {
        assertThatThrownBy(() -> new Period("x", LocalDate.of(2024, 2, 1), LocalDate.of(2024, 1, 1),
                PeriodPrecision.RANGE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("period end 2024-01-01 is before its start 2024-02-01");
        assertThatThrownBy(() -> new Period("2024", LocalDate.of(2024, 1, 1), null, PeriodPrecision.YEAR))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Period("2024", null, null, PeriodPrecision.NONE))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
