package org.crdash.base.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.crdash.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The API lists page by keyset: {@code page.next} is the {@code after} of the following page, walking it visits every
 * row once in the same order as {@code page=}, and the last page says there is none after it. The total is exact up
 * to 10,000 rows and PostgreSQL's estimate above that, flagged as such.
 */
class KeysetPagingTest extends ApiTest {

    @Test
    void walkingObservationsWithAfterVisitsEveryRowOnceInPageOrder() throws Exception {
        long live = count("SELECT count(*) FROM observation WHERE deleted_at IS NULL");
        assertThat(walk("/api/observations?size=7")).hasSize((int) live).doesNotHaveDuplicates()
                .containsExactlyElementsOf(pages("/api/observations?size=7", live));
    }

    @Test
    void walkingEventsWithAfterVisitsEveryRowOnceUndatedLast() throws Exception {
        long live = count("SELECT count(*) FROM event WHERE deleted_at IS NULL");
        assertThat(count("SELECT count(*) FROM event WHERE deleted_at IS NULL AND date_start IS NULL"))
                .as("the seed has undated events, which sort last").isPositive();
        List<Integer> ids = walk("/api/events?size=9");
        assertThat(ids).hasSize((int) live).doesNotHaveDuplicates()
                .containsExactlyElementsOf(pages("/api/events?size=9", live));
        long undated = count("SELECT count(*) FROM event WHERE deleted_at IS NULL AND date_start IS NULL");
        assertThat(count("SELECT count(*) FROM event WHERE id = ANY(?) AND date_start IS NULL",
                (Object) ids.subList((int) (live - undated), (int) live).toArray(Integer[]::new))).isEqualTo(undated);
    }

    @Test
    void aFilteredListWalksOnlyItsRows() throws Exception {
        long trade = count("SELECT count(*) FROM observation o JOIN series s ON s.id = o.series_id "
                + "WHERE s.series_key = 'china_russia_trade_usd_bn' AND o.deleted_at IS NULL");
        assertThat(walk("/api/observations?series=china_russia_trade_usd_bn&size=4")).hasSize((int) trade);
    }

    @Test
    void aTokenTheListDidNotGiveIs400NamingAfter() throws Exception {
        for (String token : List.of("x", "MTIz", "' OR 1=1 --", "YSxiLGMsZCxl")) {
            badParameter("/api/observations?after=" + java.net.URLEncoder.encode(token, "UTF-8"), "after",
                    "is not a position in this list");
        }
        String next = json(get200("/api/observations?size=2"), "$.page.next");
        badParameter("/api/observations?page=1&after=" + next, "after", "not both");
    }

    @Test
    void aLongListHasAnEstimatedTotal() throws Exception {
        MockHttpServletResponse small = get200("/api/observations");
        assertThat((Boolean) json(small, "$.page.totalExact")).isTrue();
        long source = jdbc.sql("SELECT id FROM source WHERE source_key = '000_86d270af3dbf64d1.txt'")
                .query(Long.class).single();
        jdbc.sql("""
                INSERT INTO series (series_key, name, unit, category, origin, created_at, created_by, updated_at,
                                    updated_by)
                VALUES ('keyset_test', 'Keyset test', 'USD bn', 'other', 'user', now(), 't', now(), 't')""").update();
        try {
            jdbc.sql("""
                    INSERT INTO observation (series_id, period_label, period_start, period_end, precision, value,
                            qualifier, source_id, passage, passage_start, passage_end, origin, created_at, created_by,
                            updated_at, updated_by)
                    SELECT se.id, to_char(DATE '1900-01-01' + n, 'YYYY-MM-DD'), DATE '1900-01-01' + n,
                           DATE '1900-01-01' + n, 'day', n, 'exact', ?, substr(so.full_text, 1, 20), 0, 20, 'user',
                           now(), 't', now(), 't'
                    FROM series se, source so, generate_series(0, 11999) n
                    WHERE se.series_key = 'keyset_test' AND so.id = ?""").params(source, source).update();
            jdbc.sql("ANALYZE observation").update();
            long live = count("SELECT count(*) FROM observation WHERE deleted_at IS NULL");
            MockHttpServletResponse big = get200("/api/observations");
            assertThat((Boolean) json(big, "$.page.totalExact")).isFalse();
            assertThat(((Number) json(big, "$.page.totalElements")).doubleValue()).isBetween(live * 0.8, live * 1.2);
            MockHttpServletResponse one = get200("/api/observations?series=china_russia_trade_usd_bn");
            assertThat((Boolean) json(one, "$.page.totalExact")).as("a small filtered list is counted").isTrue();
        } finally {
            jdbc.sql("DELETE FROM observation WHERE series_id = (SELECT id FROM series WHERE series_key = "
                    + "'keyset_test')").update();
            jdbc.sql("DELETE FROM series WHERE series_key = 'keyset_test'").update();
            jdbc.sql("ANALYZE observation").update();
        }
    }

    /** The ids of a whole list, following page.next from the first page to the one without. */
    private List<Integer> walk(String first) throws Exception {
        List<Integer> ids = new ArrayList<>();
        String url = first;
        for (int pages = 0; pages < 10_000; pages++) {
            MockHttpServletResponse r = get200(url);
            assertThat((Object) json(r, "$.page.number")).as(url).isEqualTo(pages == 0 ? 0 : null);
            ids.addAll(json(r, "$.items[*].id"));
            String next = json(r, "$.page.next");
            if (next == null) {
                return ids;
            }
            url = first + "&after=" + next;
        }
        throw new AssertionError("no last page");
    }

    /** The ids of a whole list, page by page with page=. */
    private List<Integer> pages(String first, long total) throws Exception {
        List<Integer> ids = new ArrayList<>();
        for (int page = 0; ids.size() < total; page++) {
            List<Integer> items = json(get200(first + "&page=" + page), "$.items[*].id");
            assertThat(items).isNotEmpty();
            ids.addAll(items);
        }
        assertThat(new HashSet<>(ids)).hasSize(ids.size());
        return ids;
    }
}
