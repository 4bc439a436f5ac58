package org.crdash.export;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.crdash.ApiTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * Export tests' own rows, next to the seed data: a user source whose text has passages with commas, quotes, a
 * newline and formula-like starts, a user series with observations (one deleted) and one event.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ExportFixture extends ApiTest {

    static final String SOURCE_KEY = "export-test.txt";
    static final String SERIES_KEY = "export_test_series";
    static final String TEXT = "Preamble. He said, \"trade rose, sharply\",\nthen \"fell\" again. Later: -5 degrees "
            + "and a note. =1+2 was typed. First quarter. Whole year.";
    static final String TRICKY_PASSAGE = "He said, \"trade rose, sharply\",\nthen \"fell\" again.";
    static final String MINUS_PASSAGE = "-5 degrees";
    static final String DELETED_PASSAGE = "a note";
    static final String FORMULA_PASSAGE = "=1+2 was typed.";
    /** Quoted by the 2020 row: it starts before the 2020-Q1 row's passage though its period ends later. */
    static final String YEAR_PASSAGE = "First quarter.";
    static final String QUARTER_PASSAGE = "Whole year.";
    static final String FORMULA_NOTE = "=HYPERLINK(\"http://x\")";
    static final String FORMULA_TITLE = "=cmd|' /C calc'!A0 title";
    static final String AUTHOR = "Test Author";
    static final String PUBLISHER = "Test Press";
    static final String URL = "https://example.org/export-test";

    @BeforeAll
    void insertUserRows() {
        Timestamp now = Timestamp.from(Instant.parse("2026-01-02T03:04:05Z"));
        long sourceId = jdbc.sql("""
                INSERT INTO source (source_key, title, author, publisher, published_start, published_end,
                                    published_precision, url, full_text, sha256, origin, created_at, created_by,
                                    updated_at, updated_by)
                VALUES (?, ?, ?, ?, DATE '2026-01-05', DATE '2026-01-05', 'day', ?, ?,
                        encode(sha256(convert_to(?, 'UTF8')), 'hex'), 'user', ?, 'test', ?, 'test')
                RETURNING id""")
                .params(SOURCE_KEY, FORMULA_TITLE, AUTHOR, PUBLISHER, URL, TEXT, TEXT, now, now)
                .query(Long.class).single();
        long seriesId = jdbc.sql("""
                INSERT INTO series (series_key, name, unit, category, origin, created_at, created_by, updated_at,
                                    updated_by)
                VALUES (?, 'Export test series', 'count', 'other', 'user', ?, 'test', ?, 'test') RETURNING id""")
                .params(SERIES_KEY, now, now).query(Long.class).single();
        // inserted in an order that is neither the export's order nor the order of the old export
        insertObservation(seriesId, sourceId, "2020-Q1", "2020-01-01", "2020-03-31", "quarter", "4",
                QUARTER_PASSAGE, null, false, now);
        insertObservation(seriesId, sourceId, "2019", "2019-01-01", "2019-12-31", "year", "12.50", TRICKY_PASSAGE,
                FORMULA_NOTE, false, now);
        insertObservation(seriesId, sourceId, "2023-Q2", "2023-04-01", "2023-06-30", "quarter", "-5", MINUS_PASSAGE,
                "negative value", false, now);
        insertObservation(seriesId, sourceId, "2022", "2022-01-01", "2022-12-31", "year", "0.00000012",
                DELETED_PASSAGE, null, true, now);
        insertObservation(seriesId, sourceId, "2021", "2021-01-01", "2021-12-31", "year", "1234567.25",
                FORMULA_PASSAGE, null, false, now);
        insertObservation(seriesId, sourceId, "2020", "2020-01-01", "2020-12-31", "year", "16",
                YEAR_PASSAGE, null, false, now);
        jdbc.sql("""
                INSERT INTO event (date_label, date_start, date_end, precision, date_text, title, category, source_id,
                                   passage, passage_start, passage_end, origin, created_at, created_by, updated_at,
                                   updated_by)
                VALUES ('2019-05', '2019-05-01', '2019-05-31', 'month', 'May 2019', '@summit in the test', 'summit',
                        ?, ?, ?, ?, 'user', ?, 'test', ?, 'test')""")
                .params(sourceId, FORMULA_PASSAGE, TEXT.indexOf(FORMULA_PASSAGE),
                        TEXT.indexOf(FORMULA_PASSAGE) + FORMULA_PASSAGE.length(), now, now)
                .update();
    }

    private void insertObservation(long seriesId, long sourceId, String label, String start, String end,
                                   String precision, String value, String passage, String note, boolean deleted,
                                   Timestamp now) {
        int at = TEXT.indexOf(passage);
        jdbc.sql("""
                INSERT INTO observation (series_id, period_label, period_start, period_end, precision, value, qualifier,
                                         source_id, passage, passage_start, passage_end, note, origin, created_at,
                                         created_by, updated_at, updated_by, deleted_at, deleted_by)
                VALUES (?, ?, ?, ?, ?, ?, 'exact', ?, ?, ?, ?, ?, 'user', ?, 'test', ?, 'test', ?, ?)""")
                .params(seriesId, label, LocalDate.parse(start), LocalDate.parse(end), precision, new BigDecimal(value),
                        sourceId, passage, at, at + passage.length(), note, now, now, deleted ? now : null,
                        deleted ? "test" : null)
                .update();
    }

    @AfterAll
    void deleteUserRows() {
        jdbc.sql("DELETE FROM observation WHERE source_id = (SELECT id FROM source WHERE source_key = ?)")
                .param(SOURCE_KEY).update();
        jdbc.sql("DELETE FROM event WHERE source_id = (SELECT id FROM source WHERE source_key = ?)")
                .param(SOURCE_KEY).update();
        jdbc.sql("DELETE FROM series WHERE series_key = ?").param(SERIES_KEY).update();
        jdbc.sql("DELETE FROM source WHERE source_key = ?").param(SOURCE_KEY).update();
    }

    /** Where a passage starts in {@link #TEXT}. */
    static int at(String passage) {
        return TEXT.indexOf(passage);
    }
}
