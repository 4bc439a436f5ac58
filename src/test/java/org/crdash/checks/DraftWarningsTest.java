package org.crdash.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.crdash.IntegrationTest;
import org.crdash.base.Period;
import org.crdash.base.write.SaveWarning;
import org.crdash.series.Qualifier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The warnings an editor gets before saving, against the seeded data. */
@IntegrationTest
class DraftWarningsTest {

    static final String SERIES = "china_russia_trade_usd_bn";
    static final String SOURCE_000 = "000_86d270af3dbf64d1.txt";
    static final String PASSAGE_000 = "In 2024, trade between China and Russia reached $244.8 billion, an all-time high.";

    @Autowired
    CheckService checks;

    @Autowired
    JdbcClient jdbc;

    private int start(String passage) {
        return jdbc.sql("SELECT passage_start FROM observation WHERE passage = ? LIMIT 1").param(passage)
                .query(Integer.class).single();
    }

    private List<String> codes(String value, String period, Long except) {
        return checks.warnings(new DraftWarnings.Draft(SERIES, Period.parse(period), new BigDecimal(value),
                Qualifier.EXACT, SOURCE_000, PASSAGE_000, start(PASSAGE_000), except)).stream()
                .map(SaveWarning::code).toList();
    }

    @Test
    void changingAValueSoItNoLongerMatchesItsQuoteWarns() {
        long id = jdbc.sql("SELECT id FROM observation WHERE passage = ?").param(PASSAGE_000).query(Long.class).single();
        // as stored it is written in its passage (it does conflict with 001's $237 bn, as the Checks page says)
        assertThat(codes("244.8", "2024", id)).containsExactly("conflict");
        List<SaveWarning> w = checks.warnings(new DraftWarnings.Draft(SERIES, Period.parse("2024"),
                new BigDecimal("241"), Qualifier.EXACT, SOURCE_000, PASSAGE_000, start(PASSAGE_000), id));
        assertThat(w).extracting(SaveWarning::code).contains("not_in_passage");
        assertThat(w.getFirst().message()).contains("$241 bn is not written in the passage").contains("$244.8 billion");
    }

    @Test
    void aSecondCopyOfAStoredObservationWarns() {
        assertThat(codes("244.8", "2024", null)).contains("duplicate");
        long id = jdbc.sql("SELECT id FROM observation WHERE passage = ?").param(PASSAGE_000).query(Long.class).single();
        assertThat(codes("244.8", "2024", id)).doesNotContain("duplicate");
    }

    @Test
    void aValueFarFromOtherSourcesWarnsWithTheSpread() {
        List<SaveWarning> w = checks.warnings(new DraftWarnings.Draft(SERIES, Period.parse("2022"),
                new BigDecimal("244.8"), Qualifier.EXACT, SOURCE_000, PASSAGE_000, start(PASSAGE_000), null));
        SaveWarning conflict = w.stream().filter(x -> x.code().equals("conflict")).findFirst().orElseThrow();
        // 001 and 003 both state 190 for 2022; spread 54.8 = 54.8 / mean(190, 190, 244.8) per cent
        assertThat(conflict.message()).startsWith("2 other sources disagree: $190 bn (001), $190 bn (003)")
                .contains("spread 54.8 USD bn");
        // the same as the other sources: no conflict warning
        assertThat(codes("190", "2022", null)).doesNotContain("conflict");
    }
}
