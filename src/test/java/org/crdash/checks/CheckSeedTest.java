package org.crdash.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.crdash.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The arithmetic checks on the seeded data and relations; every expected number is computed here. */
@IntegrationTest
class CheckSeedTest {

    @Autowired
    CheckService checks;

    @Autowired
    RelationSeed seed;

    @Autowired
    JdbcClient jdbc;

    private List<Finding> of(CheckKind kind) {
        return checks.findings(new CheckFilter(kind, null, null, null, null)).stream().map(Checked::finding).toList();
    }

    private static BigDecimal pct(String a, String b) {
        return new BigDecimal(b).divide(new BigDecimal(a), 10, RoundingMode.HALF_UP).subtract(BigDecimal.ONE)
                .movePointRight(2).setScale(1, RoundingMode.HALF_UP);
    }

    @Test
    void source000sGrowthFor2023ConflictsWithTheLevels() {
        Finding f = of(CheckKind.GROWTH_VS_LEVELS).stream()
                .filter(x -> x.periods().getFirst().equals("2022/2023")).findFirst().orElseThrow();
        assertThat(f.number("stated_growth")).isEqualByComparingTo("32.7");
        assertThat(f.number("implied_growth")).isEqualByComparingTo(pct("190", "240"));
        assertThat(f.verdict()).isEqualTo(Verdict.CONFLICT);
        // both sources stating 190 for 2022 are in it
        assertThat(f.observations().stream().filter(o -> o.role().equals("level at 2022"))).hasSize(2);
    }

    @Test
    void everyStatedGrowthOfTradeIsCheckedAgainstEveryPairOfLevels() {
        List<Finding> found = of(CheckKind.GROWTH_VS_LEVELS);
        // 2020/2021: 104→147; 2021/2022: 147→190; 2022/2023: 190→240; 2023/2024: 240→237, 244.8, 245
        assertThat(found).hasSize(6);
        assertThat(found).filteredOn(f -> f.periods().getFirst().equals("2020/2021")).singleElement()
                .satisfies(f -> assertThat(f.number("implied_growth")).isEqualByComparingTo(pct("104", "147")));
    }

    @Test
    void source000sOwnRatesImplyA2022LevelBelowTheStatedOne() {
        Finding f = of(CheckKind.GROWTH_CHAIN).getFirst();
        BigDecimal implied = new BigDecimal("244.8").divide(new BigDecimal("1.029"), 10, RoundingMode.HALF_UP)
                .divide(new BigDecimal("1.327"), 1, RoundingMode.HALF_UP);
        assertThat(f.number("implied_level")).isEqualByComparingTo(implied);
        assertThat(f.number("stated_level")).isEqualByComparingTo("190");
        assertThat(f.verdict()).isEqualTo(Verdict.CONFLICT);
    }

    @Test
    void theBorderInMilesAgreesWithTheBorderInKm() {
        Finding f = of(CheckKind.SAME_QUANTITY).getFirst();
        assertThat(f.number("converted")).isEqualByComparingTo(new BigDecimal("2615").multiply(new BigDecimal("1.609344"))
                .setScale(2, RoundingMode.HALF_UP));
        assertThat(f.verdict()).isEqualTo(Verdict.AGREES_AFTER_ROUNDING);
    }

    @Test
    void exportsBothWaysAddUpToThe2023Turnover() {
        Finding f = of(CheckKind.PARTS_AND_TOTAL).stream().filter(x -> x.title().contains("components"))
                .findFirst().orElseThrow();
        assertThat(f.number("sum")).isEqualByComparingTo(new BigDecimal("111").add(new BigDecimal("129")));
        assertThat(f.number("total")).isEqualByComparingTo("240");
        assertThat(f.verdict()).isEqualTo(Verdict.CONSISTENT);
    }

    @Test
    void aValueWrittenAsAFractionIsFoundInItsPassage() {
        assertThat(of(CheckKind.NOT_IN_PASSAGE)).noneMatch(f -> f.seriesKeys().getFirst().startsWith("pos1_"));
    }

    @Test
    void aBadRelationsFileIsRefusedWithEveryProblemAndNothingWritten() {
        long before = jdbc.sql("SELECT count(*) FROM series_relation").query(Long.class).single();
        String csv = "kind,series_key,of_series_key,whole,across_periods,note\n"
                + "grows,china_russia_trade_growth_pct,china_russia_trade_usd_bn,,false,\n"
                + "growth_of,no_such_series,china_russia_trade_usd_bn,,false,\n";
        assertThatThrownBy(() -> seed.load(new ByteArrayResource(csv.getBytes(StandardCharsets.UTF_8))))
                .hasMessageContaining("relations.csv line 2, column kind: unknown relation kind 'grows'")
                .hasMessageContaining("relations.csv line 3, column series_key: no series 'no_such_series'");
        assertThat(jdbc.sql("SELECT count(*) FROM series_relation").query(Long.class).single()).isEqualTo(before);
        assertThat(checks.relations()).hasSize(13);
    }
}
