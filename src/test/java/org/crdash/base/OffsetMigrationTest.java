package org.crdash.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * V200 converts stored offsets from UTF-16 indices (what the app wrote before) to code points: a database migrated
 * to V180 holds rows quoted the old way from texts with emoji and CJK Extension B characters before the passage;
 * after the remaining migrations each row's offsets count code points and {@code substr} at them is its passage,
 * while rows of BMP-only texts keep their offsets unchanged.
 */
class OffsetMigrationTest {

    /** Astral characters before the quoted passages: 😀 (emoji), 𝐁 (math bold), 𠀀 and 𠀋 (CJK Extension B). */
    private static final String ASTRAL = "Intro 😀 and 𝐁old, names 𠀀𠀋 written. Trade grew 26% to $240.1 bn. "
            + "Then 😀😀 more: the summit met on 16 May 2024 in Beijing.";
    private static final String BMP = "Plain text only — trade grew 26% to $240.1 bn in 2023.";

    @Test
    void utf16OffsetsOfRowsWrittenBeforeV200BecomeCodePoints() throws Exception {
        try (MigratedDatabase db = new MigratedDatabase("offset-migration-test")) {
            JdbcClient jdbc = db.jdbc();
            db.migrate("180");
            long astral = source(jdbc, "astral.txt", ASTRAL);
            long bmp = source(jdbc, "bmp.txt", BMP);
            jdbc.sql("""
                    INSERT INTO series (series_key, name, unit, category, origin, created_at, created_by,
                                        updated_at, updated_by)
                    VALUES ('trade_test', 'Trade', 'USD bn', 'trade_value', 'user', now(), 't', now(), 't')""")
                    .update();
            List<Long> observations = List.of(observation(jdbc, astral, ASTRAL, "grew 26% to $240.1 bn"),
                    observation(jdbc, bmp, BMP, "grew 26% to $240.1 bn"));
            long event = event(jdbc, astral, ASTRAL, "the summit met on 16 May 2024 in Beijing");

            db.migrate("latest");

            assertCodePoints(jdbc, "observation", observations.get(0), ASTRAL, "grew 26% to $240.1 bn");
            assertCodePoints(jdbc, "observation", observations.get(1), BMP, "grew 26% to $240.1 bn");
            assertCodePoints(jdbc, "event", event, ASTRAL, "the summit met on 16 May 2024 in Beijing");
            assertThat(ASTRAL.codePointCount(0, ASTRAL.indexOf("grew")))
                    .as("the astral text really moves the offset").isLessThan(ASTRAL.indexOf("grew"));
            assertThat(jdbc.sql("SELECT count(*) FROM observation o JOIN source s ON s.id = o.source_id "
                    + "WHERE substr(s.full_text, o.passage_start + 1, o.passage_end - o.passage_start) <> o.passage")
                    .query(Long.class).single()).isZero();
        }
    }

    private static long source(JdbcClient jdbc, String key, String text) {
        return jdbc.sql("""
                INSERT INTO source (source_key, title, full_text, sha256, origin, created_at, created_by,
                                    updated_at, updated_by)
                VALUES (?, ?, ?, encode(sha256(convert_to(?, 'UTF8')), 'hex'), 'user', now(), 't', now(), 't')
                RETURNING id""").params(key, key, text, text).query(Long.class).single();
    }

    /** An observation with the offsets the app wrote before V200: Java String (UTF-16) indices. */
    private static long observation(JdbcClient jdbc, long source, String text, String passage) {
        int start = text.indexOf(passage);
        return jdbc.sql("""
                INSERT INTO observation (series_id, period_label, period_start, period_end, precision, value,
                        qualifier, source_id, passage, passage_start, passage_end, origin, created_at, created_by,
                        updated_at, updated_by)
                SELECT id, '2023', DATE '2023-01-01', DATE '2023-12-31', 'year', 240.1, 'exact', ?, ?, ?, ?,
                       'user', now(), 't', now(), 't' FROM series WHERE series_key = 'trade_test'
                RETURNING id""").params(source, passage, start, start + passage.length()).query(Long.class).single();
    }

    private static long event(JdbcClient jdbc, long source, String text, String passage) {
        int start = text.indexOf(passage);
        return jdbc.sql("""
                INSERT INTO event (date_label, date_start, date_end, precision, date_text, title, category,
                        source_id, passage, passage_start, passage_end, origin, created_at, created_by,
                        updated_at, updated_by)
                VALUES ('2024-05-16', DATE '2024-05-16', DATE '2024-05-16', 'day', '16 May 2024', 'Summit',
                        'summit', ?, ?, ?, ?, 'user', now(), 't', now(), 't')
                RETURNING id""").params(source, passage, start, start + passage.length()).query(Long.class).single();
    }

    private static void assertCodePoints(JdbcClient jdbc, String table, long id, String text, String passage) {
        int start = text.codePointCount(0, text.indexOf(passage));
        List<Integer> offsets = jdbc.sql("SELECT passage_start, passage_end FROM " + table + " WHERE id = ?")
                .param(id).query((rs, n) -> List.of(rs.getInt(1), rs.getInt(2))).single();
        assertThat(offsets).as("%s %d: code-point offsets of '%s'", table, id, passage)
                .containsExactly(start, start + passage.codePointCount(0, passage.length()));
    }
}
