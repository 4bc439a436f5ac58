package org.crdash.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.crdash.IntegrationTest;
import org.crdash.series.Observation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Charts of long series on the real database, for {@link ChartDownsamplingTest} and
 * {@link ChartDownsamplingShownTest}: synthetic sources, series and values, and what a chart drew. Each test inserts
 * its synthetic rows in its own transaction, rolled back afterwards, so the seeded data other tests see is unchanged.
 */
@IntegrationTest
@Transactional
abstract class DownsamplingFixture {

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

    long source(String key) {
        return jdbc.sql("""
                INSERT INTO source (source_key, title, full_text, sha256, origin, created_at, created_by, updated_at,
                                    updated_by)
                SELECT ?, 'Synthetic source ' || ?, t, encode(sha256(convert_to(t, 'UTF8')), 'hex'),
                       'user', now(), 'test', now(), 'test'
                FROM (SELECT ? || ' (' || ? || ')' AS t) x
                RETURNING id""")
                .params(key, key, PASSAGE, key).query(Long.class).single();
    }

    long series(String key) {
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
    void insertValues(long seriesId, List<Long> sourceIds, int rows) {
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

    long idWhere(String orderBy) {
        return jdbc.sql("SELECT o.id FROM observation o JOIN series s ON s.id = o.series_id "
                        + "WHERE s.series_key = ? AND o.deleted_at IS NULL ORDER BY " + orderBy + " LIMIT 1")
                .param(SERIES).query(Long.class).single();
    }

    void setValue(long id, String value) {
        jdbc.sql("UPDATE observation SET value = " + value + "::numeric WHERE id = ?").param(id).update();
    }

    static Set<Long> ids(SeriesChart chart) {
        return chart.observations().stream().map(Observation::id).collect(Collectors.toSet());
    }

    static JsonNode option(SeriesChart chart) {
        return JsonMapper.builder().build().readTree(chart.option().toString());
    }

    /** The observation ids drawn in the option (scatter items "o123"). */
    static List<Long> drawnIds(JsonNode option) {
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
}
