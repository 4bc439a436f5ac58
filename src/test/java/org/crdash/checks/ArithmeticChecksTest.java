package org.crdash.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crdash.checks.CheckEngineTest.claim;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import org.crdash.base.Origin;
import org.crdash.series.Qualifier;
import org.junit.jupiter.api.Test;

/** Growth, chains, units, parts and targets over hand-made claims and relations. */
class ArithmeticChecksTest {

    static final UnitConversions UNITS = new UnitConversions(Map.of("miles→km", new BigDecimal("1.609344"),
            "multiple→%", new BigDecimal("100"), "USD m→USD bn", new BigDecimal("0.001")));

    static SeriesRelation rel(RelationKind kind, String series, String of) {
        return new SeriesRelation(0, kind, series, of, null, false, null, Origin.SEEDED);
    }

    static Claim level(String period, String value, String source) {
        return claim("trade", "USD bn", period, value, Qualifier.EXACT, source, "$" + value + " billion");
    }

    static Claim growth(String period, String value, String source) {
        return claim("growth", "%", period, value, Qualifier.EXACT, source, value + "%");
    }

    static List<Finding> run(List<Claim> claims, SeriesRelation... relations) {
        return CheckEngine.run(new CheckData(claims, List.of(relations), UNITS));
    }

    static List<Finding> of(List<Finding> all, CheckKind kind) {
        return all.stream().filter(f -> f.kind() == kind).toList();
    }

    @Test
    void statedGrowthIsComparedWithTheGrowthTheLevelsImply() {
        List<Finding> found = of(run(List.of(level("2022", "190", "001_a"), level("2023", "240", "003_b"),
                growth("2022/2023", "32.7", "000_c")), rel(RelationKind.GROWTH_OF, "growth", "trade")),
                CheckKind.GROWTH_VS_LEVELS);
        assertThat(found).hasSize(1);
        Finding f = found.getFirst();
        BigDecimal implied = new BigDecimal("240").divide(new BigDecimal("190"), 10, RoundingMode.HALF_UP)
                .subtract(BigDecimal.ONE).movePointRight(2).setScale(1, RoundingMode.HALF_UP);
        assertThat(f.number("implied_growth")).isEqualByComparingTo(implied).isEqualByComparingTo("26.3");
        assertThat(f.number("difference")).isEqualByComparingTo(new BigDecimal("32.7").subtract(implied));
        assertThat(f.verdict()).isEqualTo(Verdict.CONFLICT);
        assertThat(f.observations()).extracting(Finding.Involved::role)
                .containsExactly("stated growth", "level at 2022", "level at 2023");
    }

    @Test
    void growthWithinTheRoundingOfTheLevelsAgrees() {
        // 240 → 244.8 is +2.0 %; stated 2 % (to the unit) is within it
        Finding f = of(run(List.of(level("2023", "240", "003_b"), level("2024", "244.8", "000_a"),
                growth("2023/2024", "2", "000_a")), rel(RelationKind.GROWTH_OF, "growth", "trade")),
                CheckKind.GROWTH_VS_LEVELS).getFirst();
        assertThat(f.verdict()).isEqualTo(Verdict.CONSISTENT);
        Finding g = of(run(List.of(level("2023", "240", "003_b"), level("2024", "244.8", "000_a"),
                growth("2023/2024", "2.1", "000_a")), rel(RelationKind.GROWTH_OF, "growth", "trade")),
                CheckKind.GROWTH_VS_LEVELS).getFirst();
        assertThat(g.verdict()).isEqualTo(Verdict.AGREES_AFTER_ROUNDING);
    }

    @Test
    void aSourcesOwnChainOfRatesImpliesEarlierLevels() {
        List<Finding> found = of(run(List.of(level("2024", "244.8", "000_a"), growth("2023/2024", "2.9", "000_a"),
                growth("2022/2023", "32.7", "000_a"), level("2022", "190", "001_b")),
                rel(RelationKind.GROWTH_OF, "growth", "trade")), CheckKind.GROWTH_CHAIN);
        assertThat(found).hasSize(1);
        BigDecimal implied = new BigDecimal("244.8").divide(new BigDecimal("1.029"), 10, RoundingMode.HALF_UP)
                .divide(new BigDecimal("1.327"), 1, RoundingMode.HALF_UP);
        assertThat(found.getFirst().number("implied_level")).isEqualByComparingTo(implied).isEqualByComparingTo("179.3");
        assertThat(found.getFirst().verdict()).isEqualTo(Verdict.CONFLICT);
        assertThat(found.getFirst().observations()).hasSize(4);
    }

    @Test
    void theSameQuantityInOtherUnitsIsComparedAfterConversion() {
        Claim miles = claim("border_miles", "miles", "2006", "2615", Qualifier.EXACT, "003_b", "2,615-mile border");
        Claim km = claim("border_km", "km", "2025", "4200", Qualifier.EXACT, "002_c", "4,200-kilometre border");
        SeriesRelation across = new SeriesRelation(0, RelationKind.SAME_QUANTITY_AS, "border_miles", "border_km",
                null, true, null, Origin.SEEDED);
        Finding f = of(run(List.of(miles, km), across), CheckKind.SAME_QUANTITY).getFirst();
        assertThat(f.number("converted")).isEqualByComparingTo(new BigDecimal("2615").multiply(new BigDecimal("1.609344"))
                .setScale(2, RoundingMode.HALF_UP));
        assertThat(f.verdict()).isEqualTo(Verdict.AGREES_AFTER_ROUNDING);
        // without across_periods, values of different periods are not compared
        assertThat(of(run(List.of(miles, km), rel(RelationKind.SAME_QUANTITY_AS, "border_miles", "border_km")),
                CheckKind.SAME_QUANTITY)).isEmpty();
        Claim wrong = claim("border_km", "km", "2006", "3000", Qualifier.EXACT, "002_c", "3,000 km");
        assertThat(of(run(List.of(miles, wrong), rel(RelationKind.SAME_QUANTITY_AS, "border_miles", "border_km")),
                CheckKind.SAME_QUANTITY).getFirst().verdict()).isEqualTo(Verdict.CONFLICT);
    }

    @Test
    void componentsAddUpToTheirTotalAndPartsStayWithinIt() {
        Claim exports = claim("exports", "USD bn", "2023", "111", Qualifier.EXACT, "003_b", "$111 billion");
        Claim imports = claim("imports", "USD bn", "2023", "129", Qualifier.EXACT, "003_b", "$129 billion");
        Claim ytd = claim("ytd", "USD bn", "2023-01/2023-11", "250", Qualifier.MORE_THAN, "003_b", "$250 billion");
        List<Finding> found = of(run(List.of(level("2023", "240", "003_b"), exports, imports, ytd),
                rel(RelationKind.COMPONENT_OF, "exports", "trade"), rel(RelationKind.COMPONENT_OF, "imports", "trade"),
                rel(RelationKind.PART_OF, "ytd", "trade")), CheckKind.PARTS_AND_TOTAL);
        assertThat(found).hasSize(2);
        Finding sum = found.stream().filter(f -> f.title().contains("components")).findFirst().orElseThrow();
        assertThat(sum.number("sum")).isEqualByComparingTo("240");
        assertThat(sum.verdict()).isEqualTo(Verdict.CONSISTENT);
        Finding part = found.stream().filter(f -> f.title().contains("part ")).findFirst().orElseThrow();
        assertThat(part.verdict()).isEqualTo(Verdict.CONFLICT);
    }

    @Test
    void sharesOfOneWholeAddUpToAtMostAHundred() {
        Claim a = claim("a_share", "%", "2021", "62", Qualifier.EXACT, "003_b", "62 percent");
        Claim b = claim("b_share", "%", "2021", "48", Qualifier.EXACT, "003_b", "48 percent");
        SeriesRelation ra = new SeriesRelation(0, RelationKind.SHARE_OF, "a_share", null, "trade", false, null, Origin.SEEDED);
        SeriesRelation rb = new SeriesRelation(0, RelationKind.SHARE_OF, "b_share", null, "trade", false, null, Origin.SEEDED);
        Finding f = of(run(List.of(a, b), ra, rb), CheckKind.PARTS_AND_TOTAL).getFirst();
        assertThat(f.number("sum")).isEqualByComparingTo("110");
        assertThat(f.verdict()).isEqualTo(Verdict.CONFLICT);
    }

    @Test
    void aValueStatedInAnotherUnitIsInItsPassage() {
        Claim half = claim("pos1", "multiple", "2025", "0.5", Qualifier.EXACT, "000_a", "could deliver only half of it");
        assertThat(of(run(List.of(half)), CheckKind.NOT_IN_PASSAGE)).isEmpty();
        assertThat(of(CheckEngine.run(new CheckData(List.of(half))), CheckKind.NOT_IN_PASSAGE)).hasSize(1);
    }

    @Test
    void aTargetIsComparedWithTheLatestActual() {
        Claim target = claim("target", "USD bn", "2025", "200", Qualifier.EXACT, "003_b", "$200 billion");
        Finding f = of(run(List.of(target, level("2023", "240", "003_b"), level("2022", "190", "003_b")),
                rel(RelationKind.TARGET_OF, "target", "trade")), CheckKind.TARGET).getFirst();
        assertThat(f.result()).startsWith("Reached early: $240 bn (003) for 2023");
        assertThat(f.number("actual_pct_of_target")).isEqualByComparingTo("120");
    }
}
