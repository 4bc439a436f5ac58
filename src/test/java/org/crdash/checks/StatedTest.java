package org.crdash.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.crdash.series.Qualifier;
import org.junit.jupiter.api.Test;

class StatedTest {

    private static Stated exact(String v) {
        return Stated.of(new BigDecimal(v), Qualifier.EXACT);
    }

    @Test
    void aValueAllowsHalfTheUnitOfItsLastDigit() {
        assertThat(exact("244.8")).isEqualTo(new Stated(new BigDecimal("244.75"), new BigDecimal("244.85")));
        assertThat(exact("245")).isEqualTo(new Stated(new BigDecimal("244.5"), new BigDecimal("245.5")));
        assertThat(exact("240").low()).isEqualByComparingTo("239.5");
        // four digits or more ending in zeros: rounded at the last non-zero digit
        assertThat(exact("4200")).isEqualTo(new Stated(new BigDecimal("4150"), new BigDecimal("4250")));
        // but never by more than 2.5 %: "1 million" and "1.5 million" are not the same
        assertThat(exact("1500000").high()).isEqualByComparingTo("1537500");
        assertThat(exact("1000000")).isEqualTo(new Stated(new BigDecimal("975000.000"), new BigDecimal("1025000.000")));
        assertThat(exact("1000000").overlaps(exact("1500000"))).isFalse();
        assertThat(exact("2615").high()).isEqualByComparingTo("2615.5");
    }

    @Test
    void qualifiersWidenOrOpenTheRange() {
        assertThat(Stated.of(new BigDecimal("200"), Qualifier.MORE_THAN)).isEqualTo(new Stated(new BigDecimal("200"), null));
        assertThat(Stated.of(new BigDecimal("21"), Qualifier.LESS_THAN)).isEqualTo(new Stated(null, new BigDecimal("21")));
        Stated around = Stated.of(new BigDecimal("40"), Qualifier.APPROX);
        assertThat(around.low()).isEqualByComparingTo("38");
        assertThat(around.high()).isEqualByComparingTo("42");
        Stated almost = Stated.of(new BigDecimal("36"), Qualifier.ALMOST);
        assertThat(almost.low()).isEqualByComparingTo("34.2");
        assertThat(almost.high()).isEqualByComparingTo("36.5");
    }

    @Test
    void rangesOverlapWhenOneValueLiesInAll() {
        assertThat(exact("244.8").overlaps(exact("245"))).isTrue();
        assertThat(exact("237").overlaps(exact("245"))).isFalse();
        assertThat(Stated.overlap(List.of(exact("244.8"), exact("245"), exact("237")))).isFalse();
        assertThat(Stated.of(new BigDecimal("200"), Qualifier.MORE_THAN).overlaps(exact("240"))).isTrue();
        assertThat(Stated.of(new BigDecimal("200"), Qualifier.MORE_THAN).overlaps(exact("150"))).isFalse();
    }
}
