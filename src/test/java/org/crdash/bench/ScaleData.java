package org.crdash.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The scale benchmark's data: the long series, its synthetic sources, its observations through the passage check. */
final class ScaleData {

    private ScaleData() {
    }

    /**
     * One series, {@link ScaleBenchmark#SOURCES} sources and {@link ScaleBenchmark#ROWS} observations; returns the
     * series id.
     */
    static long generate(JdbcClient jdbc) {
        long seriesId = jdbc.sql("""
                INSERT INTO series (series_key, name, unit, category, description, origin, created_at, created_by,
                                    updated_at, updated_by)
                VALUES (?, 'Synthetic daily trade value (benchmark)', 'USD m', 'trade_value',
                        'A million synthetic values for the scale benchmark', 'user', now(), 'bench', now(), 'bench')
                RETURNING id""").param(ScaleBenchmark.SERIES).query(Long.class).single();
        jdbc.sql("""
                INSERT INTO source (source_key, title, author, publisher, published_start, published_precision, url,
                                    full_text, sha256, origin, created_at, created_by, updated_at, updated_by)
                SELECT 'bench-source-' || lpad(s::text, 2, '0') || '.txt',
                       'Synthetic customs bulletin no. ' || s || ': China–Russia trade by day',
                       'Bench Author ' || s, 'Bench Publisher', DATE '2024-01-01' + s, 'day',
                       'https://example.org/bench/' || s,
                       t.full_text, encode(sha256(convert_to(t.full_text, 'UTF8')), 'hex'),
                       'user', now(), 'bench', now(), 'bench'
                FROM generate_series(0, :sources - 1) s,
                     LATERAL (SELECT string_agg(rpad(format('Source %s, passage %s: bilateral trade between China '
                                  || 'and Russia in the reported period reached the stated value, according to '
                                  || 'customs figures quoted by the outlet', s, p), 200, ' and more.') || ' ', ''
                                  ORDER BY p) AS full_text
                              FROM generate_series(0, :passages - 1) p) t""")
                .param("sources", ScaleBenchmark.SOURCES)
                .param("passages", ScaleBenchmark.PASSAGES_PER_SOURCE).update();
        int perDay = ScaleBenchmark.SOURCES * ScaleBenchmark.PASSAGES_PER_SOURCE;
        // every (day, source, passage) once; the passage trigger checks each row against its source's text
        int inserted = jdbc.sql("""
                WITH passage AS (
                    SELECT row_number() OVER (ORDER BY so.id, p) - 1 AS combo, so.id AS source_id, p * 201 AS pstart,
                           substr(so.full_text, p * 201 + 1, 200) AS passage
                    FROM source so CROSS JOIN generate_series(0, :passages - 1) p
                    WHERE so.source_key LIKE 'bench-source-%'
                )
                INSERT INTO observation (series_id, period_label, period_start, period_end, precision, value,
                                         qualifier, source_id, passage, passage_start, passage_end, note, origin,
                                         created_at, created_by, updated_at, updated_by)
                SELECT :series, to_char(d, 'YYYY-MM-DD'), d, d, 'day',
                       round((1000 + 500 * sin(i / 50000.0) + random() * 100)::numeric, 2),
                       CASE WHEN i % 7 = 0 THEN 'approx' ELSE 'exact' END, p.source_id,
                       p.passage, p.pstart, p.pstart + 200,
                       CASE WHEN i % 10 = 0 THEN 'Synthetic note: figure converted from RMB at the monthly rate.' END,
                       'user', now(), 'bench', now(), 'bench'
                FROM generate_series(0, :rows - 1) i
                CROSS JOIN LATERAL (SELECT DATE '2000-01-01' + (i / :perDay) AS d) k
                JOIN passage p ON p.combo = i % :perDay""")
                .param("series", seriesId).param("passages", ScaleBenchmark.PASSAGES_PER_SOURCE)
                .param("rows", ScaleBenchmark.ROWS)
                .param("perDay", perDay).update();
        assertThat(inserted).isEqualTo(ScaleBenchmark.ROWS);
        return seriesId;
    }
}
