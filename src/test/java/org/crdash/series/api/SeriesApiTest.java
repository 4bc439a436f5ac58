package org.crdash.series.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.crdash.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

class SeriesApiTest extends ApiTest {

    static final String TRADE = "china_russia_trade_usd_bn";

    @Test
    void listsEverySeriesWithItsCounts() throws Exception {
        MockHttpServletResponse response = get200("/api/series");
        assertThat(response.getContentType()).startsWith("application/json");
        List<Map<String, Object>> series = json(response, "$");
        assertThat(series).hasSize((int) count("SELECT count(*) FROM series"));
        Map<String, Object> trade = series.stream().filter(s -> s.get("key").equals(TRADE)).findFirst().orElseThrow();
        assertThat(((Number) trade.get("observations")).longValue()).isEqualTo(count("""
                SELECT count(*) FROM observation o JOIN series s ON s.id = o.series_id
                WHERE s.series_key = ? AND o.deleted_at IS NULL""", TRADE));
        assertThat(((Number) trade.get("sources")).longValue()).isEqualTo(count("""
                SELECT count(DISTINCT o.source_id) FROM observation o JOIN series s ON s.id = o.series_id
                WHERE s.series_key = ? AND o.deleted_at IS NULL""", TRADE));
        assertThat(trade).containsEntry("unit", "USD bn").containsEntry("category", "trade_value")
                .containsEntry("origin", "seeded").containsEntry("observationsUrl", "/api/observations?series=" + TRADE);
    }

    @Test
    void oneSeriesByKey() throws Exception {
        MockHttpServletResponse response = get200("/api/series/" + TRADE);
        assertThat((String) json(response, "$.key")).isEqualTo(TRADE);
        assertThat((String) json(response, "$.name")).isEqualTo(jdbc.sql("SELECT name FROM series WHERE series_key = ?")
                .param(TRADE).query(String.class).single());
        assertThat((String) json(response, "$.categoryLabel")).isEqualTo("Trade value");
        assertThat((String) json(response, "$.firstStart")).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat((Integer) json(response, "$.observations")).isGreaterThanOrEqualTo(8);
    }

    @Test
    void unknownSeriesIs404() throws Exception {
        notFound("/api/series/no_such_series", "no series with key 'no_such_series'");
    }

    @Test
    void observationsArePaginated() throws Exception {
        long total = count("SELECT count(*) FROM observation WHERE deleted_at IS NULL");
        MockHttpServletResponse first = get200("/api/observations?size=10");
        assertThat((List<?>) json(first, "$.items")).hasSize(10);
        assertThat(((Number) json(first, "$.page.totalElements")).longValue()).isEqualTo(total);
        assertThat((Integer) json(first, "$.page.number")).isZero();
        assertThat((Integer) json(first, "$.page.size")).isEqualTo(10);
        assertThat(((Number) json(first, "$.page.totalPages")).longValue()).isEqualTo((total + 9) / 10);

        int lastPage = (int) ((total - 1) / 10);
        MockHttpServletResponse last = get200("/api/observations?size=10&page=" + lastPage);
        assertThat((List<?>) json(last, "$.items")).hasSize((int) (total - lastPage * 10L));
        assertThat((List<?>) json(get200("/api/observations?size=10&page=" + (lastPage + 1)), "$.items")).isEmpty();

        List<Integer> firstIds = json(first, "$.items[*].id");
        List<Integer> secondIds = json(get200("/api/observations?size=10&page=1"), "$.items[*].id");
        assertThat(firstIds).doesNotContainAnyElementsOf(secondIds);
        assertThat((List<?>) json(get200("/api/observations?size=500"), "$.items")).hasSize((int) Math.min(total, 500));
        assertThat((List<?>) json(get200("/api/observations"), "$.items")).hasSize((int) Math.min(total, 50));
    }

    @Test
    void observationsAreFiltered() throws Exception {
        MockHttpServletResponse response = get200("/api/observations?series=" + TRADE + "&from=2021&to=2023&size=500");
        List<Map<String, Object>> items = json(response, "$.items");
        assertThat(items).isNotEmpty().allSatisfy(o -> {
            assertThat(o.get("seriesKey")).isEqualTo(TRADE);
            assertThat((String) o.get("periodEnd")).isGreaterThanOrEqualTo("2021-01-01");
            assertThat((String) o.get("periodStart")).isLessThanOrEqualTo("2023-12-31");
        });
        assertThat(items).hasSize((int) count("""
                SELECT count(*) FROM observation o JOIN series s ON s.id = o.series_id
                WHERE s.series_key = ? AND o.deleted_at IS NULL
                  AND o.period_end >= DATE '2021-01-01' AND o.period_start <= DATE '2023-12-31'""", TRADE));

        String source = jdbc.sql("SELECT source_key FROM source ORDER BY source_key LIMIT 1").query(String.class).single();
        List<Map<String, Object>> bySource = json(get200("/api/observations?size=500&source=" + source), "$.items");
        assertThat(bySource).isNotEmpty().allSatisfy(o -> assertThat(o.get("sourceKey")).isEqualTo(source));
        assertThat((Integer) json(get200("/api/observations?origin=user"), "$.page.totalElements"))
                .isEqualTo((int) count("SELECT count(*) FROM observation WHERE origin = 'user' AND deleted_at IS NULL"));
    }

    @Test
    void oneObservationById() throws Exception {
        Map<String, Object> row = jdbc.sql("""
                SELECT o.id, o.period_label, o.value::text AS value, o.passage, o.passage_start, s.series_key
                FROM observation o JOIN series s ON s.id = o.series_id ORDER BY o.id LIMIT 1""").query().singleRow();
        long id = ((Number) row.get("id")).longValue();
        MockHttpServletResponse response = get200("/api/observations/" + id);
        assertThat(((Number) json(response, "$.id")).longValue()).isEqualTo(id);
        assertThat((String) json(response, "$.seriesKey")).isEqualTo(row.get("series_key"));
        assertThat((String) json(response, "$.period")).isEqualTo(row.get("period_label"));
        assertThat((String) json(response, "$.passage")).isEqualTo(row.get("passage"));
        assertThat((Integer) json(response, "$.passageStart")).isEqualTo(row.get("passage_start"));
        assertThat(new java.math.BigDecimal(json(response, "$.value").toString()))
                .isEqualByComparingTo(row.get("value").toString());
    }

    @Test
    void unknownObservationIs404AndBadIdIs400() throws Exception {
        notFound("/api/observations/987654321", "no observation with id 987654321");
        problem("/api/observations/abc", 400, null, "Bad Request", "'id'");
    }

    @Test
    void badObservationParametersAre400() throws Exception {
        badParameter("/api/observations?size=501", "size", "between 1 and 500");
        badParameter("/api/observations?size=0", "size", "between 1 and 500");
        badParameter("/api/observations?size=ten", "size", "ten");
        badParameter("/api/observations?page=-1", "page", "0 or more");
        badParameter("/api/observations?series=no_such_series", "series", "unknown series 'no_such_series'");
        badParameter("/api/observations?source=missing.txt", "source", "unknown source 'missing.txt'");
        badParameter("/api/observations?from=2024-02-30", "from", "2024-02-30");
        badParameter("/api/observations?from=2024&to=2020", "to", "is before 'from'");
        badParameter("/api/observations?origin=bot", "origin", "'seeded' or 'user'");
        badParameter("/api/observations?limit=5", "limit", "unknown parameter 'limit'");
    }
}
