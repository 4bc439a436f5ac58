package org.crdash.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.crdash.IntegrationTest;
import org.crdash.chart.ui.ChartCard;
import org.crdash.series.Observation;
import org.crdash.series.Series;
import org.crdash.series.SeriesSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Charts of long series on the real database: a series of 100 000 values is drawn as at most 2 000 real rows
 * that keep its extremes, first and last values, and a zoomed window is fetched again. Each test inserts its
 * synthetic rows in its own transaction, rolled back afterwards, so the seeded data other tests see is unchanged.
 */
@IntegrationTest
@Transactional
class ChartDownsamplingTest {

    static final String SERIES = "downsample_test";
    /**
     * A ~200-character passage at the start of each synthetic source's text (which ends with the source's key, as
     * live sources may not share a text), so the passage trigger accepts offset 0.
     */
    static final String PASSAGE = "In the reported period, trade between China and Russia reached a record value, "
            + "customs data showed; exports of cars and machinery rose sharply while oil and gas flowed east at "
            + "discounted prices.";

    @Autowired
    ChartService charts;

    @Autowired
    JdbcClient jdbc;

    private long source(String key) {
        return jdbc.sql("""
                INSERT INTO source (source_key, title, full_text, sha256, origin, created_at, created_by, updated_at,
                                    updated_by)
                SELECT ?, 'Synthetic source ' || ?, t, encode(sha256(convert_to(t, 'UTF8')), 'hex'),
                       'user', now(), 'test', now(), 'test'
                FROM (SELECT ? || ' (' || ? || ')' AS t) x
                RETURNING id""")
                .params(key, key, PASSAGE, key).query(Long.class).single();
    }

    private long series(String key) {
        return jdbc.sql("""
                INSERT INTO series (series_key, name, unit, category, origin, created_at, created_by, updated_at,
                                    updated_by)
                VALUES (?, 'Downsampling test', 'USD bn', 'other', 'user', now(), 'test', now(), 'test')
                RETURNING id""").param(key).query(Long.class).single();
    }

    /**
     * {@code rows} daily values from 1900-01-01, alternating over the given sources (so each day has one value
     * per source), on a wave with noise; through the passage trigger like any other row. The table is analyzed
     * before, not after: the statistics do not know the new series.
     */
    private void insertValues(long seriesId, List<Long> sourceIds, int rows) {
        // planner statistics from before the insert, as right after a bulk import: the chart queries must not
        // depend on them being current (rolled back with the test's transaction)
        jdbc.sql("ANALYZE observation").update();
        int inserted = jdbc.sql("""
                INSERT INTO observation (series_id, period_label, period_start, period_end, precision, value,
                                         qualifier, source_id, passage, passage_start, passage_end, origin,
                                         created_at, created_by, updated_at, updated_by)
                SELECT :series, to_char(d, 'YYYY-MM-DD'), d, d, 'day',
                       round((100 + 50 * sin(i / 3000.0) + (i * 7919 % 13))::numeric, 2), 'exact',
                       (CAST(:sources AS bigint[]))[i % cardinality(CAST(:sources AS bigint[])) + 1],
                       :passage, 0, char_length(:passage), 'user', now(), 'test', now(), 'test'
                FROM generate_series(0, :rows - 1) i,
                     LATERAL (SELECT DATE '1900-01-01' + i / cardinality(CAST(:sources AS bigint[])) AS d) k""")
                .param("series", seriesId).param("sources", sourceIds.toArray(Long[]::new))
                .param("passage", PASSAGE).param("rows", rows).update();
        assertThat(inserted).isEqualTo(rows);
    }

    private long idWhere(String orderBy) {
        return jdbc.sql("SELECT o.id FROM observation o JOIN series s ON s.id = o.series_id "
                        + "WHERE s.series_key = ? AND o.deleted_at IS NULL ORDER BY " + orderBy + " LIMIT 1")
                .param(SERIES).query(Long.class).single();
    }

    private void setValue(long id, String value) {
        jdbc.sql("UPDATE observation SET value = " + value + "::numeric WHERE id = ?").param(id).update();
    }

    private static Set<Long> ids(SeriesChart chart) {
        return chart.observations().stream().map(Observation::id).collect(Collectors.toSet());
    }

    private static JsonNode option(SeriesChart chart) {
        return JsonMapper.builder().build().readTree(chart.option().toString());
    }

    /** The observation ids drawn in the option (scatter items "o123"). */
    private static List<Long> drawnIds(JsonNode option) {
        List<Long> ids = new ArrayList<>();
        for (JsonNode s : option.get("series")) {
            if ("scatter".equals(s.get("type").asString()) && !"events".equals(s.get("id").asString())) {
                for (JsonNode item : s.get("data")) {
                    ids.add(Long.parseLong(item.get("id").asString().substring(1)));
                }
            }
        }
        return ids;
    }

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
