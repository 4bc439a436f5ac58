package org.crdash.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.crdash.base.Origin;
import org.crdash.base.Period;
import org.crdash.series.Observation;
import org.crdash.series.Qualifier;
import org.junit.jupiter.api.Test;

class PeriodSpreadTest {

    private static long ids = 1;

    /** A seeded value of one period from source {@code source} (also for the other chart tests). */
    static Observation value(String period, String value, long source) {
        String passage = "it was " + value;
        return new Observation(ids++, 1, "trade", Period.parse(period), new BigDecimal(value), Qualifier.EXACT, source,
                "src" + source, passage, 0, passage.length(), null, Origin.SEEDED,
                org.crdash.base.ReviewStatus.EXTRACTED, null, 0, null, null, null);
    }

    @Test
    void periodsWhereSourcesDisagreeHaveASpreadLabelledWithItsSize() {
        List<PeriodSpread> spreads = PeriodSpread.of(List.of(value("2024", "245", 3), value("2024", "237", 1),
                value("2024", "244.8", 2), value("2023", "240.1", 1), value("2022", "190", 1),
                value("2022", "190", 2)));

        // 2023 has one source, 2022's two sources agree: only 2024 disagrees
        assertThat(spreads).hasSize(1);
        PeriodSpread s = spreads.getFirst();
        assertThat(s.period().label()).isEqualTo("2024");
        assertThat(s.values()).extracting(o -> o.value().toPlainString()).containsExactly("237", "244.8", "245");
        assertThat(s.label("USD bn")).isEqualTo("3 sources · 237–245 · 3.3 %");
        assertThat(s.sentence("USD bn")).isEqualTo("2024: 3 sources disagree, from $237 bn to $245 bn (3.3 %)");
    }

    @Test
    void percentagesDisagreeByPercentagePoints() {
        PeriodSpread s = PeriodSpread.of(List.of(value("2021", "30", 1), value("2021", "32.5", 2))).getFirst();
        assertThat(s.label("%")).isEqualTo("2 sources · 30–32.5 % · 2.5 pp");
    }

    @Test
    void oneSourceStatingTwoValuesIsNotADisagreementBetweenSources() {
        assertThat(PeriodSpread.of(List.of(value("2021", "30", 1), value("2021", "31", 1)))).isEmpty();
    }
}
