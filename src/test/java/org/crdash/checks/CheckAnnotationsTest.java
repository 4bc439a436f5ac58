package org.crdash.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.crdash.IntegrationTest;
import org.crdash.chart.ChartService;
import org.crdash.chart.SeriesChart;
import org.crdash.series.Observation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The findings on the charts: a marker on the disputed period, and the finding in the passage panel. */
@IntegrationTest
class CheckAnnotationsTest {

    @Autowired
    ChartService charts;

    private static List<JsonNode> markers(SeriesChart chart) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode s : chart.option().get("series")) {
            if ("annotations".equals(s.path("id").asString(""))) {
                s.get("data").forEach(out::add);
            }
        }
        return out;
    }

    @Test
    void theDisputed2024TradeHasOneMarkerThatOpensItsHighestValue() {
        SeriesChart chart = charts.chart("china_russia_trade_usd_bn", null, null, Set.of()).orElseThrow();
        Observation top2024 = chart.observations().stream().filter(o -> o.period().label().equals("2024"))
                .max(java.util.Comparator.comparing(Observation::value)).orElseThrow();
        List<JsonNode> at2024 = markers(chart).stream()
                .filter(m -> m.get("id").asString().equals("o" + top2024.id())).toList();
        assertThat(at2024).hasSize(1);
        assertThat(at2024.getFirst().get("value").get(1).decimalValue()).isEqualByComparingTo("245");
        assertThat(at2024.getFirst().get("tip").asString()).contains("Sources disagree").contains("237");
        // 2022: two sources state the same 190, nothing is disputed
        Set<String> ids = chart.observations().stream().filter(o -> o.period().label().equals("2022"))
                .map(o -> "o" + o.id()).collect(java.util.stream.Collectors.toSet());
        assertThat(markers(chart)).noneMatch(m -> ids.contains(m.get("id").asString())
                && m.get("tip").asString().contains("Sources disagree"));
    }

    @Test
    void thePassagePanelOfEachDisputedValueLinksTheFinding() {
        SeriesChart chart = charts.chart("china_russia_trade_usd_bn", null, null, Set.of()).orElseThrow();
        Observation low = chart.observations().stream().filter(o -> o.period().label().equals("2024")
                && o.value().compareTo(new java.math.BigDecimal("237")) == 0).findFirst().orElseThrow();
        var notes = charts.provenance("o" + low.id()).orElseThrow().notes();
        assertThat(notes).anySatisfy(n -> {
            assertThat(n.title()).startsWith("Check: Sources disagree");
            assertThat(n.text()).contains("244.8").contains("245");
            assertThat(n.link()).isEqualTo("checks?finding=value_conflict:china_russia_trade_usd_bn:2024");
        });
    }
}
