package org.crdash.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.crdash.IntegrationTest;
import org.crdash.export.CsvDialect;
import org.crdash.export.ExportService;
import org.crdash.series.ObservationFilter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutorService;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.annotation.DirtiesContext;

@IntegrationTest
@DirtiesContext
@WithMockUser(username = "importer", roles = "EDITOR")
class ImportServiceTest {

    static final String SOURCE = "import-test-source.txt";
    static final String SERIES = "import_test_series_count";
    static final int ROWS = 1000;

    @Autowired
    ImportService imports;
    @Autowired
    ExportService export;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void syntheticSourceAndSeries() {
        if (jdbc.sql("SELECT count(*) FROM source WHERE source_key = ?").param(SOURCE).query(Long.class).single() > 0) {
            return;
        }
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= ROWS; i++) {
            text.append(sentence(i)).append(' ');
        }
        Timestamp now = Timestamp.from(Instant.parse("2026-01-02T03:04:05Z"));
        jdbc.sql("""
                INSERT INTO source (source_key, title, full_text, sha256, origin, created_at, created_by, updated_at,
                                    updated_by)
                VALUES (?, 'Import test', ?, encode(sha256(convert_to(?, 'UTF8')), 'hex'), 'user', ?, 't', ?, 't')""")
                .params(SOURCE, text.toString(), text.toString(), now, now).update();
        jdbc.sql("""
                INSERT INTO series (series_key, name, unit, category, origin, created_at, created_by, updated_at,
                                    updated_by)
                VALUES (?, 'Import test series', 'count', 'other', 'user', ?, 't', ?, 't')""")
                .params(SERIES, now, now).update();
    }

    static String sentence(int i) {
        return "Report number " + i + " counted " + (i * 7) + " shipments.";
    }

    /** A file of ROWS valid rows (header + rows), one per day from 2001-01-01. */
    static List<String[]> validRows() {
        List<String[]> rows = new ArrayList<>();
        for (int i = 1; i <= ROWS; i++) {
            rows.add(new String[] {SERIES, LocalDate.of(2001, 1, 1).plusDays(i).toString(), String.valueOf(i * 7),
                    "exact", SOURCE, sentence(i), "row " + i});
        }
        return rows;
    }

    static byte[] csv(List<String[]> rows) throws Exception {
        StringBuilder sb = new StringBuilder();
        try (var printer = CSVFormat.RFC4180.builder()
                .setHeader("series_key", "period", "value", "qualifier", "source_file", "passage", "note").get()
                .print(sb)) {
            for (String[] r : rows) {
                printer.printRecord((Object[]) r);
            }
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    long observations() {
        return jdbc.sql("SELECT count(*) FROM observation").query(Long.class).single();
    }

    long auditRows() {
        return jdbc.sql("SELECT count(*) FROM audit_log").query(Long.class).single();
    }

    @Test
    void validFileIsImportedWithAnAuditRowPerObservation() throws Exception {
        long before = observations();
        long audit = auditRows();
        ImportResult result = imports.importObservations(new ByteArrayInputStream(csv(validRows())),
                ImportService.Progress.NONE, true); // counts 1001–2100 read as years to the passage check
        assertThat(result.inserted()).isEqualTo(ROWS);
        assertThat(observations()).isEqualTo(before + ROWS);
        assertThat(auditRows()).isEqualTo(audit + ROWS);
        assertThat(jdbc.sql("""
                SELECT count(*) FROM observation o JOIN series s ON s.id = o.series_id
                WHERE s.series_key = ? AND o.origin = 'user' AND o.created_by = 'importer'""")
                .param(SERIES).query(Long.class).single()).isEqualTo(ROWS);
        // importing the same file again: every row is a duplicate, nothing is written
        assertThatThrownBy(() -> imports.importObservations(new ByteArrayInputStream(csv(validRows())),
                ImportService.Progress.NONE))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> {
                    assertThat(e.total()).isEqualTo(ROWS);
                    assertThat(e.problems().getFirst().message()).contains("already recorded as #");
                });
        assertThat(observations()).isEqualTo(before + ROWS);
        jdbc.sql("DELETE FROM observation o USING series s WHERE s.id = o.series_id AND s.series_key = ?")
                .param(SERIES).update();
    }

    @Test
    void threeBadLinesAmongAThousandAreAllReportedAndNothingIsWritten() throws Exception {
        List<String[]> rows = validRows();
        rows.get(15)[2] = "12abc";                      // line 17 (header is line 1)
        rows.get(498)[5] = "A passage that is not in the source.";  // line 500
        rows.get(899)[1] = "2024-13";                   // line 901
        long before = observations();
        long audit = auditRows();
        List<Long> progress = new ArrayList<>();

        assertThatThrownBy(() -> imports.importObservations(new ByteArrayInputStream(csv(rows)), progress::add))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> {
                    assertThat(e.total()).isEqualTo(3);
                    assertThat(e.problems()).extracting(ImportProblem::line).containsExactly(17L, 500L, 901L);
                    assertThat(e.problems()).extracting(ImportProblem::column)
                            .containsExactly("value", "passage", "period");
                    assertThat(e.problems().getFirst().toString())
                            .startsWith("line 17, column value: '12abc' is not a number");
                });
        assertThat(observations()).isEqualTo(before);
        assertThat(auditRows()).isEqualTo(audit);
    }

    @Test
    void exportThenImportIntoAnEmptyDatabaseGivesTheSameData() throws Exception {
        ByteArrayOutputStream original = new ByteArrayOutputStream();
        export.writeObservations(ObservationFilter.ALL, CsvDialect.DATA, original);
        List<List<String>> before = content(original.toByteArray());
        assertThat(before).hasSizeGreaterThan(100);

        jdbc.sql("DELETE FROM observation").update();
        ImportResult result = imports.importObservations(new ByteArrayInputStream(original.toByteArray()),
                ImportService.Progress.NONE, true); // some seeded figures are not in their passage: saved anyway
        assertThat(result.inserted()).isEqualTo(before.size());

        ByteArrayOutputStream again = new ByteArrayOutputStream();
        export.writeObservations(ObservationFilter.ALL, CsvDialect.DATA, again);
        assertThat(content(again.toByteArray())).containsExactlyInAnyOrderElementsOf(before);
    }

    /** The data columns of an export (not ids, versions, timestamps or origin, which describe the row's life). */
    static List<List<String>> content(byte[] csv) throws Exception {
        List<String> columns = List.of("series_key", "series_name", "period", "period_start", "period_end",
                "precision", "value", "unit", "qualifier", "source_file", "source_title", "passage", "passage_start",
                "passage_end", "note");
        List<List<String>> rows = new ArrayList<>();
        for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(new String(csv, StandardCharsets.UTF_8)))) {
            rows.add(columns.stream().map(r::get).toList());
        }
        return rows;
    }

    @Test
    void aPassageNotInItsSourceIsRejected() throws Exception {
        List<String[]> rows = validRows().subList(0, 1);
        rows.getFirst()[5] = "Report number 1 counted 8 shipments.";
        assertThatThrownBy(() -> imports.importObservations(new ByteArrayInputStream(csv(rows)),
                ImportService.Progress.NONE))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.problems().getFirst())
                        .satisfies(p -> {
                            assertThat(p.line()).isEqualTo(2);
                            assertThat(p.column()).isEqualTo("passage");
                            assertThat(p.message()).contains("not in the source text");
                        }));
    }

    @Test
    void brokenFilesGetAClearError() {
        long before = observations();
        String header = "series_key,period,value,qualifier,source_file,passage,note\n";
        // unbalanced quote
        assertThatThrownBy(() -> imports.importObservations(bytes(header + SERIES + ",2001-01-02,7,exact," + SOURCE
                + ",\"Report number 1 counted 7 shipments.,oops\n"), ImportService.Progress.NONE))
                .isInstanceOf(ImportRejectedException.class).hasMessageContaining("line 2")
                .hasMessageContaining("not valid CSV");
        // wrong header
        assertThatThrownBy(() -> imports.importObservations(bytes("series,when,value\nx,2001,1\n"),
                ImportService.Progress.NONE))
                .isInstanceOf(ImportRejectedException.class)
                .hasMessageContaining("line 1, column series_key: the header has no column 'series_key'")
                .hasMessageContaining("unknown column 'when'");
        // wrong encoding (Latin-1 é)
        byte[] latin1 = (header + SERIES + ",2001-01-02,7,exact," + SOURCE + ",Caf\u00e9,x\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> imports.importObservations(new ByteArrayInputStream(latin1),
                ImportService.Progress.NONE))
                .isInstanceOf(ImportRejectedException.class).hasMessageContaining("not UTF-8");
        // header only
        assertThatThrownBy(() -> imports.importObservations(bytes(header), ImportService.Progress.NONE))
                .isInstanceOf(ImportRejectedException.class).hasMessageContaining("no rows");
        assertThat(observations()).isEqualTo(before);
    }

    @Test
    void anOversizeHeaderARepeatedColumnAndALongUnknownNameGetShortClearMessages() {
        String row = "\n" + SERIES + ",2001-01-02,7,exact," + SOURCE + ",Report number 1 counted 7 shipments.\n";
        for (int length : new int[] {40_000, 60_000, 200_000}) {
            String header = "series_key,period,value,qualifier,source_file,passage," + "x".repeat(length);
            assertThatThrownBy(() -> imports.importObservations(bytes(header + row), ImportService.Progress.NONE))
                    .as(length + " characters").isInstanceOfSatisfying(ImportRejectedException.class, e ->
                            assertThat(e.getMessage()).contains("line 1").contains("header line is longer than 10000")
                                    .hasSizeLessThan(300));
        }
        String repeated = "series_key,period,value,value,source_file,passage";
        assertThatThrownBy(() -> imports.importObservations(bytes(repeated + row), ImportService.Progress.NONE))
                .isInstanceOf(ImportRejectedException.class)
                .hasMessageContaining("column 'value' appears more than once in the header");
        String unknown = "series_key,period,value,source_file,passage," + "y".repeat(9_000);
        assertThatThrownBy(() -> imports.importObservations(bytes(unknown + row), ImportService.Progress.NONE))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.getMessage())
                        .contains("unknown column 'yyyy").contains("…'").doesNotContain("y".repeat(100)));
    }

    @Test
    void rowsRepeatingEachOtherAreReportedWithTheFirstLine() throws Exception {
        List<String[]> rows = new ArrayList<>(validRows().subList(0, 3));
        rows.add(rows.get(1).clone());
        assertThatThrownBy(() -> imports.importObservations(new ByteArrayInputStream(csv(rows)),
                ImportService.Progress.NONE))
                .isInstanceOf(ImportRejectedException.class).hasMessageContaining("line 5, column passage: repeats line 3");
    }

    @Test
    void ofTwoIdenticalImportsAtOnceOneWinsAndTheOtherGetsItsLinesListed() throws Exception {
        byte[] file = csv(validRows().subList(0, 20));
        long before = observations();
        CyclicBarrier bothStaged = new CyclicBarrier(2); // both inside their transaction, rows staged, not checked
        Callable<Object> run = () -> {
            try {
                return imports.importObservations(new ByteArrayInputStream(file), lines -> await(bothStaged));
            } catch (RuntimeException e) {
                return e;
            }
        };
        ExecutorService pool = new DelegatingSecurityContextExecutorService(Executors.newFixedThreadPool(2));
        List<Object> outcomes = pool.invokeAll(List.of(run, run), 60, TimeUnit.SECONDS).stream()
                .map(f -> f.resultNow()).toList();
        pool.shutdown();
        assertThat(outcomes).filteredOn(ImportResult.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn(ImportRejectedException.class::isInstance).singleElement()
                .satisfies(e -> assertThat(((ImportRejectedException) e).problems()).hasSize(20).first()
                        .hasToString("line 2, column passage: this observation is already recorded as #"
                                + jdbc.sql("SELECT min(id) FROM observation WHERE created_by = 'importer'")
                                .query(Long.class).single() + " (same series, period, source and passage)"));
        assertThat(observations()).isEqualTo(before + 20);
        jdbc.sql("DELETE FROM observation o USING series s WHERE s.id = o.series_id AND s.series_key = ?")
                .param(SERIES).update();
    }

    static void await(CyclicBarrier barrier) {
        try {
            barrier.await(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    @WithMockUser(username = "reader", roles = "VIEWER")
    void viewersCannotImport() {
        assertThatThrownBy(() -> imports.importObservations(bytes("x"), ImportService.Progress.NONE))
                .isInstanceOf(AccessDeniedException.class);
    }

    static ByteArrayInputStream bytes(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }
}
