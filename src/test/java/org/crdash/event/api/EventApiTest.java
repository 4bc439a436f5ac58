package org.crdash.event.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.crdash.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

class EventApiTest extends ApiTest {

    @Test
    void eventsArePaginatedInDateOrder() throws Exception {
        long total = count("SELECT count(*) FROM event WHERE deleted_at IS NULL");
        MockHttpServletResponse response = get200("/api/events?size=500");
        List<Map<String, Object>> items = json(response, "$.items");
        assertThat(items).hasSize((int) total);
        assertThat(((Number) json(response, "$.page.totalElements")).longValue()).isEqualTo(total);
        List<String> starts = items.stream().map(e -> (String) e.get("dateStart")).filter(d -> d != null).toList();
        assertThat(starts).isSorted();
        // undated events come last and have no date
        Map<String, Object> last = items.getLast();
        assertThat(last.get("precision")).isEqualTo("none");
        assertThat(last.get("dateStart")).isNull();

        MockHttpServletResponse page = get200("/api/events?size=7&page=2");
        assertThat((List<?>) json(page, "$.items")).hasSize(7);
        assertThat(((Number) json(page, "$.page.totalPages")).longValue()).isEqualTo((total + 6) / 7);
        assertThat((Integer) json(page, "$.items[0].id")).isEqualTo(items.get(14).get("id"));
    }

    @Test
    void eventsAreFiltered() throws Exception {
        List<Map<String, Object>> summits = json(get200("/api/events?size=500&category=summit"), "$.items");
        assertThat(summits).isNotEmpty().allSatisfy(e -> assertThat(e.get("category")).isEqualTo("summit"));
        assertThat(summits).hasSize((int) count(
                "SELECT count(*) FROM event WHERE category = 'summit' AND deleted_at IS NULL"));

        List<Map<String, Object>> inRange = json(get200("/api/events?size=500&from=2022-02&to=2022-12"), "$.items");
        assertThat(inRange).isNotEmpty().allSatisfy(e -> {
            assertThat((String) e.get("dateEnd")).isGreaterThanOrEqualTo("2022-02-01");
            assertThat((String) e.get("dateStart")).isLessThanOrEqualTo("2022-12-31");
        });
        assertThat(inRange).hasSize((int) count("""
                SELECT count(*) FROM event WHERE deleted_at IS NULL
                  AND date_end >= DATE '2022-02-01' AND date_start <= DATE '2022-12-31'"""));

        String source = jdbc.sql("SELECT source_key FROM source ORDER BY source_key LIMIT 1").query(String.class).single();
        List<Map<String, Object>> bySource = json(get200("/api/events?size=500&source=" + source), "$.items");
        assertThat(bySource).isNotEmpty().allSatisfy(e -> assertThat(e.get("sourceKey")).isEqualTo(source));
    }

    @Test
    void oneEventById() throws Exception {
        Map<String, Object> row = jdbc.sql("SELECT id, title, passage FROM event ORDER BY id LIMIT 1").query().singleRow();
        MockHttpServletResponse response = get200("/api/events/" + row.get("id"));
        assertThat((String) json(response, "$.title")).isEqualTo(row.get("title"));
        assertThat((String) json(response, "$.passage")).isEqualTo(row.get("passage"));
        notFound("/api/events/987654321", "no event with id 987654321");
    }

    @Test
    void badEventParametersAre400() throws Exception {
        badParameter("/api/events?category=party", "category", "unknown event category 'party'");
        badParameter("/api/events?source=missing.txt", "source", "missing.txt");
        badParameter("/api/events?to=soon", "to", "soon");
        badParameter("/api/events?size=1000", "size", "between 1 and 500");
        badParameter("/api/events?series=x", "series", "unknown parameter");
        problem("/api/events/x", 400, null, "Bad Request", "'id'");
    }
}
