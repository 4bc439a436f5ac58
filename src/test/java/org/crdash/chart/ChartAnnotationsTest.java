package org.crdash.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.crdash.IntegrationTest;
import org.crdash.series.Observation;
import org.crdash.series.Series;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

/** Another feature (here a test bean, later the claim checks) marks values and adds panel notes. */
@IntegrationTest
@Import(ChartAnnotationsTest.MarkTheHighest.class)
class ChartAnnotationsTest {

    @TestConfiguration
    static class MarkTheHighest {
        @Bean
        ChartAnnotations highest() {
            return new ChartAnnotations() {
                @Override
                public List<Marker> markers(Series series, List<Observation> observations) {
                    return observations.stream().max(java.util.Comparator.comparing(Observation::value))
                            .map(o -> List.of(new Marker(o.id(), "!", "#d55e00", "the highest <value>"))).orElse(List.of());
                }

                @Override
                public List<Note> notes(String itemId) {
                    return List.of(new Note("Check", "noted " + itemId, "checks"));
                }
            };
        }
    }

    @Autowired
    ChartService charts;

    @Test
    void markersAreDrawnAtTheirValuesAndNotesReachThePanel() {
        SeriesChart chart = charts.chart("china_russia_trade_usd_bn", null, null, Set.of()).orElseThrow();
        JsonNode marks = null;
        for (JsonNode s : chart.option().get("series")) {
            if ("annotations".equals(s.path("id").asString(""))) {
                marks = s;
            }
        }
        assertThat(marks).isNotNull();
        // other beans (the claim checks) mark values too: this bean's one marker is among them
        java.util.List<JsonNode> mine = new java.util.ArrayList<>();
        marks.get("data").forEach(d -> {
            if (d.get("tip").asString().equals("the highest &lt;value&gt;")) {
                mine.add(d);
            }
        });
        assertThat(mine).hasSize(1);
        assertThat(mine.getFirst().get("value").get(1).decimalValue()).isEqualByComparingTo("245");

        Observation any = chart.observations().getFirst();
        Provenance p = charts.provenance("o" + any.id()).orElseThrow();
        assertThat(p.notes()).contains(new ChartAnnotations.Note("Check", "noted o" + any.id(), "checks"));
    }
}
