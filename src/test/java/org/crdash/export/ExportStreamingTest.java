package org.crdash.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Iterator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The export streams: 200 000 observations (~85 MB of CSV) go through a real HTTP server while the test
 * measures the heap's live set, and a database failure midway makes the download fail instead of ending early.
 */
// The claim checks recompute in the background after writes, over every observation held in memory; with this
// test's 200 000 rows that recompute would run during the export and be measured as the export's heap (and it takes
// minutes at this size — a known scale limit of the checker). Here it waits a day, so the heap is the export's alone.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "app.checks.refresh-ms=86400000")
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportStreamingTest {

    static final int ROWS = 200_000;
    static final String SOURCE_KEY = "streaming-test.txt";
    /** A realistic ~200-character passage with commas and quotes; the source's whole text, so the trigger passes. */
    static final String PASSAGE = "In 2024, trade between China and Russia reached \"$244.8 billion\", an all-time "
            + "high; exports of cars, machinery and electronics rose sharply, while Russian oil and gas flowed east "
            + "at discounted prices.";
    static final long MB = 1024 * 1024;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    void insertObservations() {
        long started = System.nanoTime();
        jdbc.sql("""
                INSERT INTO source (source_key, title, full_text, sha256, origin, created_at, created_by, updated_at,
                                    updated_by)
                VALUES (?, 'Synthetic source for the streaming test', ?, encode(sha256(convert_to(?, 'UTF8')), 'hex'),
                        'user', now(), 'test', now(), 'test')""")
                .params(SOURCE_KEY, PASSAGE, PASSAGE).update();
        jdbc.sql("""
                INSERT INTO series (series_key, name, unit, category, origin, created_at, created_by, updated_at,
                                    updated_by)
                SELECT 'streaming_test_' || i, 'Streaming test ' || i, 'USD bn', 'other', 'user', now(), 'test', now(),
                       'test'
                FROM generate_series(1, 4) i""").update();
        // 4 series x 50 000 consecutive days; the passage trigger checks every row against the source text
        int inserted = jdbc.sql("""
                INSERT INTO observation (series_id, period_label, period_start, period_end, precision, value, qualifier,
                                         source_id, passage, passage_start, passage_end, note, origin, created_at,
                                         created_by, updated_at, updated_by)
                SELECT se.id, to_char(DATE '1900-01-01' + n, 'YYYY-MM-DD'), DATE '1900-01-01' + n,
                       DATE '1900-01-01' + n, 'day', n * 1.5 - 1000, 'approx', so.id, so.full_text, 0,
                       char_length(so.full_text), 'synthetic row ' || n, 'user', now(), 'test', now(), 'test'
                FROM source so, series se, generate_series(0, 49999) n
                WHERE so.source_key = ? AND se.series_key LIKE 'streaming\\_test\\_%'""")
                .param(SOURCE_KEY).update();
        assertThat(inserted).isEqualTo(ROWS);
        System.out.printf("[streaming test] inserted %d observations in %d ms%n", inserted,
                (System.nanoTime() - started) / 1_000_000);
    }

    @AfterAll
    void deleteObservations() {
        jdbc.sql("DELETE FROM observation WHERE source_id = (SELECT id FROM source WHERE source_key = ?)")
                .param(SOURCE_KEY).update();
        jdbc.sql("DELETE FROM series WHERE series_key LIKE 'streaming\\_test\\_%'").update();
        jdbc.sql("DELETE FROM source WHERE source_key = ?").param(SOURCE_KEY).update();
    }

    @Test
    void exportsAllRowsWithALiveHeapFarBelowTheFileSize() throws Exception {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long baseline = memory.getHeapMemoryUsage().getUsed();
        long started = System.nanoTime();

        HttpResponse<InputStream> response = send();
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Length")).isEmpty(); // chunked, not buffered
        CountingStream bytes = new CountingStream(response.body());
        long rows = 0;
        long maxLiveGrowth = 0;
        long negative = 0;
        try (CSVParser csv = format().parse(new InputStreamReader(bytes, StandardCharsets.UTF_8))) {
            for (CSVRecord record : csv) {
                rows++;
                if (!record.get("passage").equals(PASSAGE) || !record.get("source_file").equals(SOURCE_KEY)) {
                    throw new AssertionError("row " + rows + " is not a streaming-test row: " + record);
                }
                if (record.get("value").startsWith("-")) {
                    negative++;
                }
                if (rows % 20_000 == 0) {
                    // after a full GC, "used" is what is still reachable: the export's working set
                    System.gc();
                    maxLiveGrowth = Math.max(maxLiveGrowth, memory.getHeapMemoryUsage().getUsed() - baseline);
                }
            }
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("[streaming test] %d rows, %.1f MB of CSV in %d ms; live heap before %.1f MB, "
                        + "largest live-heap growth while streaming %.1f MB (max heap %.0f MB)%n",
                rows, bytes.count / (double) MB, millis, baseline / (double) MB, maxLiveGrowth / (double) MB,
                memory.getHeapMemoryUsage().getMax() / (double) MB);

        assertThat(rows).isEqualTo(ROWS);
        assertThat(negative).as("values below zero are written as numbers, e.g. -1000").isEqualTo(4 * 667);
        assertThat(bytes.count).isGreaterThan(70 * MB);
        // holding the rows (as records, result set or text) would need at least the file's size
        assertThat(maxLiveGrowth).isLessThan(bytes.count / 8).isLessThan(16 * MB);
    }

    @Test
    void aDatabaseFailureMidwayAbortsTheDownload() throws Exception {
        HttpResponse<InputStream> response = send();
        assertThat(response.statusCode()).isEqualTo(200);
        CSVParser csv = format().parse(new InputStreamReader(response.body(), StandardCharsets.UTF_8));
        Iterator<CSVRecord> records = csv.iterator();
        long rows = 0;
        while (rows < 1000) {
            records.next();
            rows++;
        }
        // the server is now blocked writing (this client stopped reading) with its COPY running: kill its backend
        int terminated = 0;
        for (int attempt = 0; attempt < 50 && terminated == 0; attempt++) {
            terminated = jdbc.sql("""
                    SELECT count(*) FILTER (WHERE pg_terminate_backend(pid)) FROM pg_stat_activity
                    WHERE query LIKE '%crdash-export:observations%' AND query NOT LIKE '%pg_stat_activity%'
                      AND pid <> pg_backend_pid()""").query(Integer.class).single();
            if (terminated == 0) {
                Thread.sleep(100);
            }
        }
        assertThat(terminated).as("export backends terminated").isEqualTo(1);

        long before = rows;
        Throwable failure = catchThrowable(() -> {
            long n = before;
            while (records.hasNext()) {
                records.next();
                n++;
            }
            throw new AssertionError("the download ended normally after " + n + " of " + ROWS + " rows");
        });
        assertThat(failure).isInstanceOfAny(UncheckedIOException.class, IOException.class);
        csv.close();
    }

    private HttpResponse<InputStream> send() throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/api/export/observations.csv?source=" + SOURCE_KEY)).timeout(Duration.ofSeconds(120)).build();
        return client.send(request, HttpResponse.BodyHandlers.ofInputStream());
    }

    private static CSVFormat format() {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    }

    private static final class CountingStream extends FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
