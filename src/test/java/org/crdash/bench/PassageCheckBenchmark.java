package org.crdash.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;

/**
 * The passage-check trigger against the length of the article a row quotes ({@code ./mvnw -Pbench verify
 * -Dit.test=PassageCheckBenchmark}, see bench/README.md). A scratch embedded PostgreSQL with the app's settings
 * (fsync on) and every migration; three synthetic sources of 55,000, 500,000 and 2,000,000 characters (ASCII with
 * '—' and '𝑥', so multi-byte and astral); for each, {@code bench.passageRows} rows quoting 200-character passages
 * spread over the whole text (so also near its end) are inserted with one {@code INSERT … SELECT} from a staging
 * table, alternately with the trigger on and disabled, median of {@code bench.passageRuns}. The passages are
 * computed in Java and staged first, so the insert times only the insert and the check. Writes its section of
 * bench/RESULTS.md.
 */
class PassageCheckBenchmark {

    static final int ROWS = Integer.getInteger("bench.passageRows", 20_000);
    static final int RUNS = Integer.getInteger("bench.passageRuns", 3);
    static final int[] LENGTHS = {55_000, 500_000, 2_000_000};
    static final Path RESULTS = Path.of(System.getProperty("bench.results", "bench/RESULTS.md"));
    /** The trigger that checks inserted rows' passages (V202: once per statement). */
    static final String INSERT_CHECK = "observation_inserted_passages_check";

    @Test
    void insertRateDoesNotDependOnTheArticlesLength() throws Exception {
        Path dir = Path.of("target", "bench-passage-postgres");
        FileSystemUtils.deleteRecursively(dir);
        Files.createDirectories(dir);
        long wall = System.nanoTime();
        String loadBefore = ResultsSection.loadAverage();
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(true)
                .setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on").start()) {
            DataSource ds = pg.getPostgresDatabase();
            Flyway.configure().dataSource(ds).locations("filesystem:db/migration").load().migrate();
            JdbcClient jdbc = JdbcClient.create(ds);
            jdbc.sql("""
                    INSERT INTO series (series_key, name, unit, category, origin, created_at, created_by, updated_at,
                                        updated_by)
                    VALUES ('bench_passages', 'Bench', 'USD bn', 'other', 'user', now(), 'b', now(), 'b')""").update();
            List<String> rows = new ArrayList<>();
            for (int length : LENGTHS) {
                String text = text(length);
                long t0 = System.nanoTime();
                long source = jdbc.sql("""
                        INSERT INTO source (source_key, title, full_text, sha256, origin, created_at, created_by,
                                            updated_at, updated_by)
                        VALUES (?, 'Bench', ?, encode(sha256(convert_to(?, 'UTF8')), 'hex'), 'user', now(), 'b',
                                now(), 'b') RETURNING id""")
                        .params("bench-" + length + ".txt", text, text).query(Long.class).single();
                double storeSeconds = (System.nanoTime() - t0) / 1e9;
                stage(ds, jdbc, text, source);
                List<Double> on = new ArrayList<>();
                List<Double> off = new ArrayList<>();
                for (int run = 0; run < RUNS; run++) {
                    on.add(insert(jdbc, true));
                    off.add(insert(jdbc, false));
                }
                double onMedian = median(on);
                double offMedian = median(off);
                rows.add(String.format(Locale.ROOT, "| %,d | %,d | %.2f s | **%,.0f** | %.2f s | %,.0f | %.0f µs | "
                                + "%.2f s |", length, ROWS, onMedian, ROWS / onMedian, offMedian, ROWS / offMedian,
                        (onMedian - offMedian) / ROWS * 1e6, storeSeconds));
                System.out.printf("[passage bench] %,d chars: trigger on %s s, off %s s%n", length, on, off);
            }
            String version = jdbc.sql("SELECT version()").query(String.class).single();
            String md = String.format(Locale.ROOT, """
                    ## Passage check vs article length (`PassageCheckBenchmark`)

                    `./mvnw -Pbench verify -Dit.test=PassageCheckBenchmark` on %s, %d s, load average %s at start, \
                    %s at end (2 cores, shared). %s, embedded, fsync on. Per source %,d rows, each quoting a \
                    200-character passage at a position spread over the whole text, inserted with one `INSERT … SELECT` \
                    from a staging table; the check (`check_inserted_passages()`, once per statement since V202) on and disabled \
                    alternately, median of %d.

                    | source length (code points) | rows | trigger on | rows/s | trigger disabled | rows/s | check per row \
                    | storing the source (its pieces) |
                    |---|---|---|---|---|---|---|---|
                    %s

                    Before V200 (issue 17): ≈ 6,000 rows/s at 55,000 characters, ≈ 180 rows/s at 2,000,000. With V200's per-row \
                    trigger (this benchmark, 2026-12-01 18:19 UTC, load ≈ 23): 4,634 / 4,773 / 3,386 rows/s at 55,000 / \
                    500,000 / 2,000,000 code points, 80–150 µs a row against 6,858–8,051 rows/s without it.
                    """, Instant.now(), (System.nanoTime() - wall) / 1_000_000_000, loadBefore,
                    ResultsSection.loadAverage(), version.split(",")[0], ROWS, RUNS,
                    String.join("\n", rows));
            ResultsSection.write(RESULTS, "passage-check", md);
            System.out.println(md);
        }
    }

    /** ASCII words with an em dash every 50 characters and an astral '𝑥' every 997, {@code length} code points. */
    static String text(int length) {
        StringBuilder b = new StringBuilder();
        int n = 0;
        while (n < length) {
            if (n % 997 == 0) {
                b.append("𝑥");
            } else if (n % 50 == 0) {
                b.append('—');
            } else {
                b.append((char) ('a' + (n * 31 % 26)));
            }
            n++;
        }
        return b.toString();
    }

    /** The rows to insert, computed here (code-point offsets) and copied into an unlogged staging table. */
    private static void stage(DataSource ds, JdbcClient jdbc, String text, long source) throws Exception {
        jdbc.sql("DROP TABLE IF EXISTS bench_stage").update();
        jdbc.sql("CREATE UNLOGGED TABLE bench_stage (n int, source_id bigint, passage text, s int, e int)").update();
        int[] cps = text.codePoints().toArray();
        int length = cps.length;
        StringBuilder csv = new StringBuilder();
        for (int n = 0; n < ROWS; n++) {
            int start = (int) ((long) n * (length - 200) / ROWS);
            String passage = new String(cps, start, 200);
            csv.append(n).append(',').append(source).append(",\"").append(passage.replace("\"", "\"\"")).append("\",")
                    .append(start).append(',').append(start + 200).append('\n');
        }
        try (Connection c = ds.getConnection()) {
            c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY bench_stage FROM STDIN (FORMAT csv)",
                    new java.io.StringReader(csv.toString()));
        }
        jdbc.sql("ANALYZE bench_stage").update();
    }

    /** Seconds to insert the staged rows with the trigger on or disabled; the rows are deleted afterwards. */
    private static double insert(JdbcClient jdbc, boolean trigger) {
        jdbc.sql("ALTER TABLE observation " + (trigger ? "ENABLE" : "DISABLE") + " TRIGGER " + INSERT_CHECK)
                .update();
        long t0 = System.nanoTime();
        int inserted = jdbc.sql("""
                INSERT INTO observation (series_id, period_label, period_start, period_end, precision, value,
                        qualifier, source_id, passage, passage_start, passage_end, origin, created_at, created_by,
                        updated_at, updated_by)
                SELECT se.id, to_char(DATE '1900-01-01' + b.n, 'YYYY-MM-DD'), DATE '1900-01-01' + b.n,
                       DATE '1900-01-01' + b.n, 'day', b.n, 'exact', b.source_id, b.passage, b.s, b.e, 'user',
                       now(), 'b', now(), 'b'
                FROM bench_stage b, series se WHERE se.series_key = 'bench_passages'""").update();
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertThat(inserted).isEqualTo(ROWS);
        jdbc.sql("ALTER TABLE observation ENABLE TRIGGER " + INSERT_CHECK).update();
        jdbc.sql("DELETE FROM observation WHERE series_id = (SELECT id FROM series WHERE series_key = "
                + "'bench_passages')").update();
        jdbc.sql("VACUUM observation").update();
        return seconds;
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
