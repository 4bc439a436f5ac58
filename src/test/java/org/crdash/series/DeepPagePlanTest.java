package org.crdash.series;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import org.crdash.IntegrationTest;
import org.crdash.base.Keyset;
import org.crdash.base.SqlWhere;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A deep {@code after=} page reads the next rows of the list's index in order, however few rows PostgreSQL
 * expects after the key: with the key in the last series (the newest one, as in ApiLoadBenchmark) it had planned
 * "join every row after the key, then sort" — 2,500 rows here, 12,499 at 50,000 (58 requests/s).
 */
@IntegrationTest
class DeepPagePlanTest {

    static final int ROWS = 5_000;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aDeepPageInTheLastSeriesReadsOnlyItsRowsInIndexOrder() {
        String text = "Deep page source: trade grew to 240.1 billion dollars.";
        jdbc.sql("""
                INSERT INTO source (source_key, title, full_text, sha256, origin, created_at, created_by, updated_at,
                                    updated_by)
                VALUES ('deep-page.txt', 'Deep', ?, encode(sha256(convert_to(?, 'UTF8')), 'hex'), 'user', now(), 't',
                        now(), 't')""").params(text, text).update();
        long series = jdbc.sql("""
                INSERT INTO series (series_key, name, unit, category, origin, created_at, created_by, updated_at,
                                    updated_by)
                VALUES ('deep_page', 'Deep', 'USD bn', 'other', 'user', now(), 't', now(), 't') RETURNING id""")
                .query(Long.class).single();
        assertThat(jdbc.sql("SELECT max(id) FROM series").query(Long.class).single()).isEqualTo(series);
        jdbc.sql("""
                INSERT INTO observation (series_id, period_label, period_start, period_end, precision, value,
                        qualifier, source_id, passage, passage_start, passage_end, origin, created_at, created_by,
                        updated_at, updated_by)
                SELECT ?, to_char(DATE '1900-01-01' + n, 'YYYY-MM-DD'), DATE '1900-01-01' + n, DATE '1900-01-01' + n,
                       'day', n, 'exact', so.id, so.full_text, 0, char_length(so.full_text), 'user', now(), 't', now(),
                       't'
                FROM source so, generate_series(0, ? - 1) n WHERE so.source_key = 'deep-page.txt'""")
                .params(series, ROWS).update();
        jdbc.sql("ANALYZE observation").update();
        jdbc.sql("ANALYZE series").update();
        List<Object> key = jdbc.sql("""
                SELECT id, source_id FROM observation WHERE series_id = ? AND value = ?""")
                .params(series, ROWS / 2).query((rs, n) -> List.<Object>of(rs.getLong(1), rs.getLong(2))).single();
        LocalDate day = LocalDate.of(1900, 1, 1).plusDays(ROWS / 2);
        SqlWhere where = ObservationFilter.ALL.where();
        String sql = ObservationRepository.findSql(where, Keyset.of(series, day, day, key.get(1), key.get(0)), 0, 51);

        String plan = jdbc.sql("EXPLAIN (ANALYZE, FORMAT JSON) " + sql).params(where.params()).query(String.class)
                .single();

        assertThat(JsonPath.<List<String>>read(plan, "$..['Node Type']")).doesNotContain("Sort", "Incremental Sort");
        List<Integer> read = JsonPath.read(plan, "$..[?(@['Relation Name'] == 'observation')]['Actual Rows']");
        assertThat(read).singleElement().satisfies(rows -> assertThat(rows).isLessThanOrEqualTo(51));
        // and the page is the next 51 rows after the key
        List<Long> values = jdbc.sql(sql).params(where.params()).query((rs, n) -> rs.getLong("value")).list();
        assertThat(values).hasSize(51).first().isEqualTo(ROWS / 2 + 1L);
        assertThat(values).isSorted();
    }
}
