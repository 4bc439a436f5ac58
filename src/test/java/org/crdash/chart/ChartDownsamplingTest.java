package org.crdash.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.crdash.series.Observation;
import org.crdash.series.SeriesSummary;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Charts of long series on the real database: a series of 100 000 values is drawn as at most 2 000 real rows
 * that keep its extremes, first and last values, and a zoomed window is fetched again; with many sources the time
 * slices are shared.
 */
class ChartDownsamplingTest extends DownsamplingFixture {

    @Test
    void aSeriesOfOneHundredThousandValuesIsDrawnAsAtMostTwoThousandRealRowsKeepingItsExtremes() {
        long a = source("downsample-a.txt");
        long b = source("downsample-b.txt");
        long seriesId = series(SERIES);
        insertValues(seriesId, List.of(a, b), 100_000);
        // clear spikes in the middle of the range: the global maximum and minimum
        long max = jdbc.sql("SELECT id FROM observation WHERE series_id = ? ORDER BY id OFFSET 31337 LIMIT 1")
                .param(seriesId).query(Long.class).single();
        long min = jdbc.sql("SELECT id FROM observation WHERE series_id = ? ORDER BY id OFFSET 77777 LIMIT 1")
                .param(seriesId).query(Long.class).single();
        setValue(max, "9999.99");
        setValue(min, "-9999.99");
        assertThat(idWhere("o.value DESC")).isEqualTo(max);
        assertThat(idWhere("o.value")).isEqualTo(min);

        SeriesChart chart = charts.chart(SERIES, null, null, Set.of()).orElseThrow();

        assertThat(chart.totalCount()).isEqualTo(100_000);
        assertThat(chart.downsampled()).isTrue();
        assertThat(chart.needsRequeryOnZoom()).isTrue();
        assertThat(chart.shownCount()).isLessThanOrEqualTo(ChartService.MAX_POINTS).isGreaterThan(500);
        Set<Long> shown = ids(chart);
        assertThat(shown).hasSize(chart.shownCount());
        assertThat(shown).contains(max, min);
        // the first and the last period, of each source (the series has few sources: downsampled per source)
        List<Long> firstDay = jdbc.sql("""
                SELECT id FROM observation WHERE series_id = ?
                  AND period_start = (SELECT min(period_start) FROM observation WHERE series_id = ?)""")
                .params(seriesId, seriesId).query(Long.class).list();
        List<Long> lastDay = jdbc.sql("""
                SELECT id FROM observation WHERE series_id = ?
                  AND period_end = (SELECT max(period_end) FROM observation WHERE series_id = ?)""")
                .params(seriesId, seriesId).query(Long.class).list();
        assertThat(firstDay).hasSize(2);
        assertThat(lastDay).hasSize(2);
        assertThat(shown).containsAll(firstDay).containsAll(lastDay);
        // each source keeps its own extremes and both sources are drawn in their own colour
        for (long source : List.of(a, b)) {
            long sourceMax = jdbc.sql("SELECT id FROM observation WHERE series_id = ? AND source_id = ? "
                    + "ORDER BY value DESC, id LIMIT 1").params(seriesId, source).query(Long.class).single();
            long sourceMin = jdbc.sql("SELECT id FROM observation WHERE series_id = ? AND source_id = ? "
                    + "ORDER BY value, id LIMIT 1").params(seriesId, source).query(Long.class).single();
            assertThat(shown).contains(sourceMax, sourceMin);
        }
        assertThat(chart.observations().stream().map(Observation::sourceId).distinct()).containsExactlyInAnyOrder(a, b);

        // every drawn point is a real live row of the series, with its real value and passage
        assertThat(jdbc.sql("SELECT count(*) FROM observation WHERE series_id = ? AND deleted_at IS NULL AND id = ANY(?)")
                .params(seriesId, shown.toArray(Long[]::new)).query(Long.class).single()).isEqualTo(shown.size());
        for (Observation o : chart.observations()) {
            assertThat(o.seriesId()).isEqualTo(seriesId);
            assertThat(o.passage()).isEqualTo(PASSAGE);
            assertThat(o.deleted()).isFalse();
        }
        assertThat(charts.provenance("o" + max)).hasValueSatisfying(p -> {
            assertThat(p.context().passage()).isEqualTo(PASSAGE);
            assertThat(p.heading()).contains("9999.99");
        });

        // the option draws exactly those rows, says it is downsampled, and renders large series progressively
        JsonNode option = option(chart);
        assertThat(option.get("crdashDownsampled").asBoolean()).isTrue();
        assertThat(option.get("crdashTotalCount").asLong()).isEqualTo(100_000);
        assertThat(option.get("crdashShownCount").asLong()).isEqualTo(chart.shownCount());
        assertThat(option.get("crdashPointCount").asLong()).isEqualTo(chart.shownCount());
        assertThat(option.get("crdashNotice").asString())
                .isEqualTo("showing " + String.format(java.util.Locale.ROOT, "%,d", chart.shownCount())
                        + " of 100,000 values — zoom in to see all");
        assertThat(drawnIds(option)).hasSize(chart.shownCount()).containsExactlyInAnyOrderElementsOf(shown);
        for (JsonNode s : option.get("series")) {
            if ("scatter".equals(s.get("type").asString()) && s.get("data").size() > 500) {
                assertThat(s.get("progressive").asInt()).isPositive();
                assertThat(s.get("progressiveThreshold").asInt()).isPositive();
            }
        }
        // the axis fits the data as before: a year before the first value to a year after the last
        assertThat(chart.from()).isEqualTo(LocalDate.of(1899, 1, 1));
        LocalDate lastValueDay = LocalDate.of(1900, 1, 1).plusDays(49_999);
        assertThat(chart.to()).isEqualTo(LocalDate.of(lastValueDay.getYear() + 1, 12, 31));
        assertThat(chart.windowed()).isFalse();

        // the series list (dashboard picker, REST API) counts its values and sources from the indexes
        SeriesSummary summary = charts.catalog().stream().filter(x -> x.series().key().equals(SERIES)).findFirst()
                .orElseThrow();
        assertThat(summary.observations()).isEqualTo(100_000);
        assertThat(summary.sources()).isEqualTo(2);
        assertThat(summary.firstStart()).isEqualTo(LocalDate.of(1900, 1, 1));
        assertThat(summary.lastEnd()).isEqualTo(lastValueDay);

        // a soft-deleted value is neither drawn nor counted
        jdbc.sql("UPDATE observation SET deleted_at = now(), deleted_by = 'test' WHERE id = ?").param(max).update();
        SeriesChart afterDelete = charts.chart(SERIES, null, null, Set.of()).orElseThrow();
        assertThat(afterDelete.totalCount()).isEqualTo(99_999);
        assertThat(charts.catalog().stream().filter(x -> x.series().key().equals(SERIES)).findFirst()
                .orElseThrow().observations()).isEqualTo(99_999);
        assertThat(ids(afterDelete)).doesNotContain(max).contains(idWhere("o.value DESC, o.id"), min);
    }

    @Test
    void zoomingFetchesTheVisibleWindowAgainAllValuesOnceFewEnough() {
        long a = source("downsample-a.txt");
        long b = source("downsample-b.txt");
        long seriesId = series(SERIES);
        insertValues(seriesId, List.of(a, b), 100_000);
        SeriesChart whole = charts.chart(SERIES, null, null, Set.of()).orElseThrow();

        // one year: 730 values, all drawn, on the same axis with the zoom set to the window
        LocalDate from = LocalDate.of(1950, 1, 1);
        LocalDate to = LocalDate.of(1950, 12, 31);
        SeriesChart year = charts.chart(SERIES, null, null, Set.of(), from, to).orElseThrow();
        List<Long> inYear = jdbc.sql("""
                SELECT id FROM observation WHERE series_id = ? AND period_end >= ? AND period_start <= ?""")
                .params(seriesId, from, to).query(Long.class).list();
        assertThat(inYear).hasSize(730);
        assertThat(year.downsampled()).isFalse();
        assertThat(year.windowed()).isTrue();
        assertThat(year.needsRequeryOnZoom()).isTrue();
        assertThat(year.totalCount()).isEqualTo(730);
        assertThat(ids(year)).containsExactlyInAnyOrderElementsOf(inYear);
        assertThat(year.from()).isEqualTo(whole.from());
        assertThat(year.to()).isEqualTo(whole.to());
        assertThat(year.visibleFrom()).isEqualTo(from);
        assertThat(year.visibleTo()).isEqualTo(to);
        JsonNode option = option(year);
        assertThat(option.get("crdashDownsampled").asBoolean()).isFalse();
        assertThat(option.has("crdashNotice")).isFalse();
        for (JsonNode z : option.get("dataZoom")) {
            assertThat(z.get("startValue").asString()).isEqualTo("1950-01-01");
            assertThat(z.get("endValue").asString()).isEqualTo("1950-12-31");
        }
        assertThat(option.get("xAxis").get(0).get("min").asString()).isEqualTo(whole.from().toString());

        // forty years: still too many, downsampled within the window only
        LocalDate from40 = LocalDate.of(1920, 1, 1);
        LocalDate to40 = LocalDate.of(1959, 12, 31);
        SeriesChart decades = charts.chart(SERIES, null, null, Set.of(), from40, to40).orElseThrow();
        long inDecades = jdbc.sql("""
                SELECT count(*) FROM observation WHERE series_id = ? AND period_end >= ? AND period_start <= ?""")
                .params(seriesId, from40, to40).query(Long.class).single();
        assertThat(decades.downsampled()).isTrue();
        assertThat(decades.totalCount()).isEqualTo(inDecades);
        assertThat(decades.shownCount()).isLessThanOrEqualTo(ChartService.MAX_POINTS);
        assertThat(decades.observations()).allSatisfy(o -> assertThat(o.period().start()).isBetween(from40, to40));
        assertThat(decades.observations().getFirst().period().start()).isEqualTo(from40);
        assertThat(decades.observations().getLast().period().start()).isEqualTo(to40);

        // a window over the whole axis (or beyond it) is the plain chart
        SeriesChart all = charts.chart(SERIES, null, null, Set.of(), LocalDate.of(1000, 1, 1), LocalDate.of(2999, 1, 1))
                .orElseThrow();
        assertThat(all.windowed()).isFalse();
        assertThat(ids(all)).isEqualTo(ids(whole));
    }

    @Test
    void withManySourcesTheTimeSlicesAreSharedAndStillKeepTheExtremes() {
        List<Long> sources = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            sources.add(source("downsample-many-" + i + ".txt"));
        }
        long seriesId = series(SERIES);
        insertValues(seriesId, sources, 3_000);
        long max = idWhere("o.value DESC, o.id");
        long min = idWhere("o.value, o.id");

        SeriesChart chart = charts.chart(SERIES, null, null, Set.of()).orElseThrow();

        assertThat(chart.totalCount()).isEqualTo(3_000);
        assertThat(chart.downsampled()).isTrue();
        assertThat(chart.shownCount()).isLessThanOrEqualTo(ChartService.MAX_POINTS);
        assertThat(ids(chart)).contains(max, min, idWhere("o.period_start, o.id"),
                idWhere("o.period_end DESC, o.id DESC"));
        Set<Long> drawnSources = new HashSet<>();
        chart.observations().forEach(o -> drawnSources.add(o.sourceId()));
        assertThat(drawnSources).hasSizeGreaterThan(1).isSubsetOf(sources);
        assertThat(drawnIds(option(chart))).containsExactlyInAnyOrderElementsOf(ids(chart));
    }
}
