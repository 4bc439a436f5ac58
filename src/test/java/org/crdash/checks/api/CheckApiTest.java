package org.crdash.checks.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crdash.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

/** /api/checks on the seeded data: the numbers are computed here independently of the checker. */
class CheckApiTest extends ApiTest {

    static final String TRADE_2024 = "value_conflict:china_russia_trade_usd_bn:2024";

    @Test
    void theTrade2024ConflictIsFoundWithItsSpread() throws Exception {
        MockHttpServletResponse r = get200("/api/checks/" + TRADE_2024);
        assertThat((String) json(r, "$.verdict")).isEqualTo("conflict");
        assertThat((String) json(r, "$.severity")).isEqualTo("medium");
        List<Object> values = json(r, "$.observations[*].value");
        assertThat(values).extracting(v -> new BigDecimal(v.toString()))
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("237"), new BigDecimal("244.8"), new BigDecimal("245"));
        List<String> sources = json(r, "$.observations[*].sourceKey");
        assertThat(sources).extracting(s -> s.substring(0, 3)).containsExactly("001", "000", "002");
        BigDecimal mean = new BigDecimal("726.8").divide(BigDecimal.valueOf(3), 10, RoundingMode.HALF_UP);
        assertThat(number(r, "spread")).isEqualByComparingTo("8");
        assertThat(number(r, "spread_pct")).isEqualByComparingTo(new BigDecimal(800).divide(mean, 1, RoundingMode.HALF_UP))
                .isEqualByComparingTo("3.3");
        assertThat((String) json(r, "$.result")).contains("$244.8 bn (000) and $245 bn (002) agree after rounding");
        List<String> passages = json(r, "$.observations[*].passage");
        assertThat(passages.get(1)).contains("$244.8 billion");
    }

    @Test
    void sameValuesFromTwoSourcesAreConsistent() throws Exception {
        MockHttpServletResponse r = get200("/api/checks/value_conflict:china_russia_trade_usd_bn:2022");
        assertThat((String) json(r, "$.verdict")).isEqualTo("consistent");
        assertThat(number(r, "spread")).isEqualByComparingTo("0");
    }

    @Test
    void theListFiltersByKindVerdictSeriesAndSource() throws Exception {
        MockHttpServletResponse all = get200("/api/checks");
        int total = json(all, "$.total");
        List<String> kinds = json(all, "$.findings[*].kind");
        assertThat(kinds).hasSize(total).contains("value_conflict", "period_overlap");
        MockHttpServletResponse conflicts = get200("/api/checks?kind=value_conflict&verdict=conflict");
        List<String> keys = json(conflicts, "$.findings[*].key");
        assertThat(keys).contains(TRADE_2024).doesNotContain("value_conflict:china_russia_trade_usd_bn:2022");
        assertThat((List<String>) json(conflicts, "$.findings[*].verdict")).containsOnly("conflict");
        List<String> ofSource = json(get200("/api/checks?source=001_810a6323d9c1b466.txt&series=china_russia_trade_usd_bn"), "$.findings[*].key");
        assertThat(ofSource).contains(TRADE_2024, "value_conflict:china_russia_trade_usd_bn:2022");
        badParameter("/api/checks?kind=nonsense", "kind", "unknown check kind 'nonsense'");
        notFound("/api/checks/value_conflict:nothing:2024", "No finding with key");
    }

    @Test
    void countsAddUpToTheListPerKindAndVerdict() throws Exception {
        MockHttpServletResponse counts = get200("/api/checks/counts");
        int total = json(get200("/api/checks"), "$.total");
        assertThat((Integer) json(counts, "$.total")).isEqualTo(total);
        int conflicts = json(get200("/api/checks?kind=value_conflict&verdict=conflict"), "$.total");
        assertThat((Integer) json(counts, "$.byKind.value_conflict.conflict")).isEqualTo(conflicts).isPositive();
        assertThat((Integer) json(counts, "$.byKind.target.conflict")).isZero();
    }

    @Test
    void aNewObservationIsCheckedAtOnce() throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("seriesKey", "china_russia_trade_usd_bn");
        body.put("period", "2023");
        body.put("value", "250");
        body.put("qualifier", "exact");
        body.put("sourceKey", "000_86d270af3dbf64d1.txt");
        body.put("passage", "In 2024, trade between China and Russia reached $244.8 billion, an all-time high.");
        // not in its passage and against 003's $240 bn: saved anyway, so that the checker finds it
        MockHttpServletResponse created = expect(201, send(post("/api/observations?acknowledgeWarnings=true")
                .with(asEditor()), body));
        long id = ((Number) json(created, "$.id")).longValue();
        try {
            MockHttpServletResponse r = get200("/api/checks/value_conflict:china_russia_trade_usd_bn:2023");
            assertThat((String) json(r, "$.verdict")).isEqualTo("conflict");
            assertThat(number(r, "spread")).isEqualByComparingTo("10");
            MockHttpServletResponse passage = get200("/api/checks/not_in_passage:o" + id);
            assertThat((String) json(passage, "$.result")).contains("$250 bn is not written in the passage");
            expect(204, send(delete("/api/observations/" + id).with(asEditor()).header("If-Match", "\"0\""), null));
            notFound("/api/checks/not_in_passage:o" + id, "No finding");
        } finally {
            jdbc.sql("DELETE FROM observation WHERE id = ?").param(id).update();
        }
    }

    @Test
    void relationsAreListed() throws Exception {
        MockHttpServletResponse r = get200("/api/relations");
        List<String> kinds = json(r, "$[?(@.seriesKey == 'china_russia_trade_growth_pct')].kind");
        assertThat(kinds).containsExactly("growth_of");
        List<String> of = json(r, "$[?(@.seriesKey == 'china_russia_trade_growth_pct')].ofSeriesKey");
        assertThat(of).containsExactly("china_russia_trade_usd_bn");
    }

    private static BigDecimal number(MockHttpServletResponse r, String name) throws Exception {
        List<Object> v = json(r, "$.numbers[?(@.name == '" + name + "')].value");
        assertThat(v).as("number %s", name).hasSize(1);
        return new BigDecimal(v.getFirst().toString());
    }
}
