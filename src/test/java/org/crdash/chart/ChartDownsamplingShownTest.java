package org.crdash.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.crdash.chart.ui.ChartCard;
import org.crdash.series.Observation;
import org.crdash.series.Series;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the reader is shown of a long series: the card says when it is downsampled and shows the zoomed
 * window; at the threshold, and for the seeded series, every value is drawn.
 */
class ChartDownsamplingShownTest extends DownsamplingFixture {

    @Test
    void aChartCardSaysWhenItIsDownsampledAndShowsTheZoomedWindowItIsGiven() {
        long a = source("downsample-a.txt");
        long b = source("downsample-b.txt");
        long seriesId = series(SERIES);
        insertValues(seriesId, List.of(a, b), 10_000);
        SeriesChart whole = charts.chart(SERIES, null, null, Set.of()).orElseThrow();
        List<String> clicked = new ArrayList<>();
        ChartCard card = new ChartCard(whole, clicked::add, false);
        assertThat(card.getElement().getTextRecursively())
                .contains("Showing " + String.format(java.util.Locale.ROOT, "%,d", whole.shownCount())
                        + " of 10,000 values")
                .contains("zoom in to see all");

        SeriesChart year = charts.chart(SERIES, null, null, Set.of(), LocalDate.of(1905, 1, 1),
                LocalDate.of(1905, 12, 31)).orElseThrow();
        card.show(year);
        assertThat(card.data()).isSameAs(year);
        assertThat(card.getElement().getTextRecursively()).contains("730 values in the zoomed range from 2 sources")
                .doesNotContain("zoom in to see all");
        JsonNode option = JsonMapper.builder().build().readTree(card.chart().optionJson());
        assertThat(option.get("dataZoom").get(0).get("startValue").asString()).isEqualTo("1905-01-01");
        assertThat(option.get("crdashPointCount").asInt()).isEqualTo(730);
        // the click listener stays wired
        card.chart().clickItem("o" + year.observations().getFirst().id());
        assertThat(clicked).containsExactly("o" + year.observations().getFirst().id());
        assertThat(card.select("o" + year.observations().getFirst().id())).isTrue();

        SeriesChart other = charts.chart(ChartService.HEADLINE.getFirst(), null, null, Set.of()).orElseThrow();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> card.show(other))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void atTheThresholdEveryValueIsDrawnExactlyAsBefore() {
        long a = source("downsample-a.txt");
        long seriesId = series(SERIES);
        insertValues(seriesId, List.of(a), ChartService.MAX_POINTS);

        SeriesChart chart = charts.chart(SERIES, null, null, Set.of()).orElseThrow();
        Series s = chart.series();
        assertThat(chart.downsampled()).isFalse();
        assertThat(chart.totalCount()).isEqualTo(ChartService.MAX_POINTS);
        assertThat(chart.observations()).containsExactlyElementsOf(charts.observationsOf(s));
        assertThat(option(chart).get("crdashDownsampled").asBoolean()).isFalse();

        // one more value and the chart is downsampled
        insertValues(series("downsample_test_more"), List.of(a), ChartService.MAX_POINTS + 1);
        SeriesChart more = charts.chart("downsample_test_more", null, null, Set.of()).orElseThrow();
        assertThat(more.downsampled()).isTrue();
        assertThat(more.totalCount()).isEqualTo(ChartService.MAX_POINTS + 1);
    }

    @Test
    void seededSeriesAreChartedWithAllTheirValuesInTheirRange() {
        for (String key : ChartService.HEADLINE) {
            SeriesChart chart = charts.chart(key, null, null, charts.eventCategories()).orElseThrow();
            List<Observation> all = charts.observationsOf(chart.series());
            assertThat(chart.downsampled()).isFalse();
            assertThat(chart.observations()).containsExactlyElementsOf(all);
            assertThat(chart.totalCount()).isEqualTo(all.size());

            LocalDate from = LocalDate.of(2015, 1, 1);
            LocalDate to = LocalDate.of(2022, 12, 31);
            SeriesChart ranged = charts.chart(key, from, to, charts.eventCategories()).orElseThrow();
            assertThat(ranged.observations()).containsExactlyElementsOf(all.stream()
                    .filter(o -> !o.period().end().isBefore(from) && !o.period().start().isAfter(to)).toList());
            assertThat(ranged.from()).isEqualTo(from);
            assertThat(ranged.to()).isEqualTo(to);
        }
    }
}
