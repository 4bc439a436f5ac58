package org.crdash.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.crdash.base.Period;
import org.crdash.series.Qualifier;
import org.junit.jupiter.api.Test;

/** The checks as plain functions over hand-made claims; the seeded data is checked in CheckServiceTest. */
class CheckEngineTest {

    private static long ids = 1;

    static Claim claim(String series, String unit, String period, String value, Qualifier q, String source,
                       String passage) {
        return new Claim(ids++, series, series, unit, Period.parse(period), new BigDecimal(value), q, source, passage,
                0, passage.length());
    }

    static Claim trade(String period, String value, String source, String passage) {
        return claim("trade", "USD bn", period, value, Qualifier.EXACT, source, passage);
    }

    @Test
    void threeSourcesForOnePeriodAreComparedWithTheirSpread() {
        List<Finding> found = CheckEngine.run(new CheckData(List.of(trade("2024", "244.8", "000_a", "$244.8 billion"),
                trade("2024", "237", "001_b", "$237 billion"), trade("2024", "245", "002_c", "USD 245 billion"))));
        Finding f = only(found, CheckKind.VALUE_CONFLICT);
        assertThat(f.verdict()).isEqualTo(Verdict.CONFLICT);
        assertThat(f.number("spread")).isEqualByComparingTo("8");
        BigDecimal mean = new BigDecimal("244.8").add(new BigDecimal("237")).add(new BigDecimal("245"))
                .divide(BigDecimal.valueOf(3), 10, RoundingMode.HALF_UP);
        assertThat(f.number("spread_pct")).isEqualByComparingTo(BigDecimal.valueOf(800).divide(mean, 1, RoundingMode.HALF_UP));
        assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(f.result()).contains("$237 bn (001) and $244.8 bn (000)").contains("$244.8 bn (000) and $245 bn (002) agree after rounding");
        assertThat(f.observations()).hasSize(3);
    }

    @Test
    void valuesThatDifferOnlyByRoundingAgree() {
        Finding f = only(CheckEngine.run(new CheckData(List.of(trade("2024", "244.8", "000_a", "$244.8 billion"),
                trade("2024", "245", "002_c", "USD 245 billion")))), CheckKind.VALUE_CONFLICT);
        assertThat(f.verdict()).isEqualTo(Verdict.AGREES_AFTER_ROUNDING);
        assertThat(f.severity()).isEqualTo(Severity.NONE);
    }

    @Test
    void aBoundDoesNotConflictWithAValueInsideIt() {
        Finding f = only(CheckEngine.run(new CheckData(List.of(
                claim("t", "USD bn", "2023", "200", Qualifier.MORE_THAN, "001_x", "more than $200 billion"),
                claim("t", "USD bn", "2023", "240", Qualifier.EXACT, "003_y", "$240 billion")))), CheckKind.VALUE_CONFLICT);
        assertThat(f.verdict()).isEqualTo(Verdict.CONSISTENT);
        Finding g = only(CheckEngine.run(new CheckData(List.of(
                claim("t", "USD bn", "2023", "200", Qualifier.MORE_THAN, "001_x", "more than $200 billion"),
                claim("t", "USD bn", "2023", "150", Qualifier.EXACT, "003_y", "$150 billion")))), CheckKind.VALUE_CONFLICT);
        assertThat(g.verdict()).isEqualTo(Verdict.CONFLICT);
    }

    @Test
    void periodsThatMostlyOverlapAreComparedButConsecutiveRangesAreNot() {
        assertThat(ValueConflicts.mostlyOverlap(Period.parse("1800/1899"), Period.parse("1839/1949"))).isTrue();
        assertThat(ValueConflicts.mostlyOverlap(Period.parse("2022-02-04/2022-02"), Period.parse("2022-02-04/2022-02-24"))).isTrue();
        assertThat(ValueConflicts.mostlyOverlap(Period.parse("2021/2022"), Period.parse("2022/2023"))).isFalse();
        assertThat(ValueConflicts.mostlyOverlap(Period.parse("2023"), Period.parse("2024"))).isFalse();
    }

    @Test
    void aValueNotWrittenInItsPassageIsFoundAndOneWrittenIsNot() {
        List<Finding> found = CheckEngine.run(new CheckData(List.of(
                trade("2023", "240", "003_y", "In 2023, it grew to $240 billion."),
                trade("2022", "191", "003_y", "In 2022, bilateral trade grew by 36 percent to $190 billion."),
                claim("x", "USD bn", "2023", "1000", Qualifier.MORE_THAN, "001_x", "over one trillion dollars"),
                trade("2021", "147.2", "004_z", "jumping 35 percent year-on-year to $147 billion"))));
        List<Finding> passage = found.stream().filter(f -> f.kind() == CheckKind.NOT_IN_PASSAGE).toList();
        assertThat(passage).extracting(f -> f.observations().getFirst().value().toPlainString())
                .containsExactlyInAnyOrder("191", "147.2");
        Finding wrong = passage.stream().filter(f -> f.observations().getFirst().value().intValue() == 191)
                .findFirst().orElseThrow();
        assertThat(wrong.verdict()).isEqualTo(Verdict.CONFLICT);
        assertThat(wrong.result()).contains("$191 bn is not written in the passage").contains("$190 billion");
        Finding rounded = passage.stream().filter(f -> f.observations().getFirst().value().intValue() == 147)
                .findFirst().orElseThrow();
        assertThat(rounded.verdict()).isEqualTo(Verdict.AGREES_AFTER_ROUNDING);
    }

    private static Finding only(List<Finding> found, CheckKind kind) {
        List<Finding> of = found.stream().filter(f -> f.kind() == kind).toList();
        assertThat(of).hasSize(1);
        return of.getFirst();
    }
}
