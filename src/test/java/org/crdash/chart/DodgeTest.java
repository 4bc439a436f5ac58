package org.crdash.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crdash.chart.PeriodSpreadTest.value;

import java.util.List;
import java.util.Map;
import org.crdash.series.Observation;
import org.junit.jupiter.api.Test;

class DodgeTest {

    @Test
    void closeValuesOfAPeriodAreDrawnSideBySideLowestLeftAndFarOnesStay() {
        Observation gill = value("2024", "237", 1);
        Observation andrieu = value("2024", "244.8", 2);
        Observation lo = value("2024", "245", 3);
        Observation old = value("2001", "100", 3);
        Map<Long, Integer> dx = Dodge.offsets(List.of(lo, gill, andrieu, old));

        // 244.8 and 245 would cover each other: one step apart, centred on 2024; 237 is 5 % of the range below
        assertThat(dx).containsOnlyKeys(andrieu.id(), lo.id());
        assertThat(dx.get(andrieu.id())).isEqualTo(-Dodge.STEP / 2);
        assertThat(dx.get(lo.id())).isEqualTo(Dodge.STEP / 2);
    }

    @Test
    void equalValuesOfTwoSourcesAreBothVisibleAndSinglesAndOtherPeriodsAreNotMoved() {
        Observation a = value("2022", "190", 1);
        Observation b = value("2022", "190", 2);
        Observation c = value("2022", "190.5", 3);
        Observation later = value("2023", "190", 4);
        Observation high = value("2023", "400", 5);
        Map<Long, Integer> dx = Dodge.offsets(List.of(a, b, c, later, high));

        assertThat(dx).containsOnlyKeys(a.id(), b.id(), c.id());
        assertThat(List.of(dx.get(a.id()), dx.get(b.id()), dx.get(c.id())))
                .containsExactly(-Dodge.STEP, 0, Dodge.STEP);
        assertThat(Dodge.offsets(List.of(a))).isEmpty();
    }
}
