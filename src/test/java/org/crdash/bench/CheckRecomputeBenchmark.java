package org.crdash.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.crdash.checks.CheckService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * How long the claim checker takes to bring its findings up to date with {@code bench.checkRows} observations
 * (default 200,000): from scratch, after one changed figure, and when nothing changed (what every read pays). Not a
 * test and not in the build: {@code ./mvnw -B -ntp test -Dtest=CheckRecomputeBenchmark [-Dbench.checkRows=…]
 * [-Dbench.label=…] [-Dbench.timeoutSeconds=600]}; appends one line to {@code target/check-recompute.md}. Uses only
 * {@link CheckService#refresh()} and {@code check_state}, so the same class measures the code before and after.
 *
 * <p>Data: 4 series × (rows / 4) consecutive days from one synthetic source, whose passage states none of the values
 * (every row is a "not in passage" finding), and in the first series every 10th day is quoted from a second source
 * for the day before with another value (a conflict for each). Like {@code ExportStreamingTest}'s data.
 */
@SpringBootTest(properties = "app.checks.refresh-ms=86400000")
@ActiveProfiles("test")
class CheckRecomputeBenchmark {

    static final String PASSAGE = "In 2024, trade between China and Russia reached \"$244.8 billion\", an all-time "
            + "high; exports of cars, machinery and electronics rose sharply.";

    @Autowired
    CheckService checks;

    @Autowired
    JdbcClient jdbc;

    @Test
    void recompute() throws Exception {
        int rows = Integer.getInteger("bench.checkRows", 200_000);
        long timeout = Long.getLong("bench.timeoutSeconds", 600);
        String label = System.getProperty("bench.label", "current");
        insert(rows);
        long total = jdbc.sql("SELECT count(*) FROM observation WHERE deleted_at IS NULL").query(Long.class).single();

        jdbc.sql("DELETE FROM check_state").update(); // as after an upgrade: everything is computed again
        String full = timed(timeout);
        long findings = jdbc.sql("SELECT count(*) FROM check_finding").query(Long.class).single();
        String changed = "–";
        String nothing = "–";
        if (!full.startsWith(">")) {
            // one figure changed, with the audit row the app's write path appends (what the old checker watched)
            long id = jdbc.sql("""
                    UPDATE observation SET value = value + 1 WHERE id = (SELECT min(o.id) FROM observation o
                        JOIN series se ON se.id = o.series_id WHERE se.series_key = 'check_bench_1') RETURNING id""")
                    .query(Long.class).single();
            jdbc.sql("""
                    INSERT INTO audit_log (occurred_at, actor, action, entity_type, entity_id, old_value, new_value)
                    VALUES (now(), 'bench', 'update', 'observation', ?, '{}', '{}')""").param(id).update();
            changed = timed(timeout);
            nothing = timed(timeout);
        }
        String line = "| " + label + " | " + total + " | " + full + " | " + changed + " | " + nothing + " | "
                + findings + " | " + Instant.now() + " |\n";
        System.out.println("[check bench] " + line);
        Path out = Path.of("target", "check-recompute.md");
        Files.writeString(out, line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    /** Seconds one refresh takes, or "> N s" when it does not end in time. */
    private String timed(long timeoutSeconds) throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        long started = System.nanoTime();
        Future<?> run = pool.submit(() -> checks.refresh());
        try {
            run.get(timeoutSeconds, TimeUnit.SECONDS);
            return String.format("%.3f s", (System.nanoTime() - started) / 1e9);
        } catch (TimeoutException e) {
            run.cancel(true);
            return "> " + timeoutSeconds + " s (stopped)";
        } finally {
            pool.shutdownNow();
        }
    }

    private void insert(int rows) {
        for (String key : new String[] {"check-bench-a.txt", "check-bench-b.txt"}) {
            jdbc.sql("""
                    INSERT INTO source (source_key, title, full_text, sha256, origin, created_at, created_by,
                                        updated_at, updated_by)
                    VALUES (?, 'Synthetic source for the checks benchmark', ?,
                            encode(sha256(convert_to(?, 'UTF8')), 'hex'), 'user', now(), 'bench', now(), 'bench')""")
                    .params(key, PASSAGE + " " + key, PASSAGE + " " + key).update();
        }
        jdbc.sql("""
                INSERT INTO series (series_key, name, unit, category, origin, created_at, created_by, updated_at,
                                    updated_by)
                SELECT 'check_bench_' || i, 'Checks benchmark ' || i, 'USD bn', 'other', 'user', now(), 'bench',
                       now(), 'bench'
                FROM generate_series(1, 4) i""").update();
        jdbc.sql("""
                INSERT INTO observation (series_id, period_label, period_start, period_end, precision, value,
                                         qualifier, source_id, passage, passage_start, passage_end, origin,
                                         created_at, created_by, updated_at, updated_by)
                SELECT se.id, to_char(d, 'YYYY-MM-DD'), d, d, 'day', n * 1.5 - 1000 + (CASE WHEN b THEN 7 ELSE 0 END),
                       'approx', so.id, so.full_text, 0, char_length(so.full_text), 'user', now(), 'bench', now(),
                       'bench'
                FROM generate_series(0, ? - 1) n
                CROSS JOIN generate_series(1, 4) i
                CROSS JOIN LATERAL (SELECT i = 1 AND n % 10 = 0 AND n > 0 AS b) x
                CROSS JOIN LATERAL (SELECT DATE '1900-01-01' + (CASE WHEN x.b THEN n - 1 ELSE n END) AS d) y
                JOIN series se ON se.series_key = 'check_bench_' || i
                JOIN source so ON so.source_key = CASE WHEN x.b THEN 'check-bench-b.txt' ELSE 'check-bench-a.txt' END
                """).param(rows / 4).update();
        jdbc.sql("ANALYZE observation").update();
    }
}
