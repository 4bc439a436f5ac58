package org.crdash.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;

/**
 * A bounded loopback load test of the API lists ({@code ./mvnw -Pbench verify -Dit.test=ApiLoadBenchmark}): the app
 * in this JVM on a random port with the rate limits off, a scratch embedded PostgreSQL; 10,000 then 50,000 synthetic
 * observations (and as many events); at each size, {@value #CONCURRENCY} client threads (HTTP/1.1 keep-alive, same
 * JVM, same 2 cores) send one kind of request for {@code bench.apiSeconds} each, the kinds alternating, two rounds:
 * the default page of each list, a deep page by keyset ({@code after=}) and by offset ({@code page=}), and
 * {@code /actuator/health} as the floor of what one request costs here. Writes its section of bench/RESULTS.md.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "app.db.embedded.data-dir=target/bench-api-postgres", "app.db.embedded.clean=true",
        "logging.level.io.zonky=warn", "app.db.statement-timeout=0", "app.rate-limit.enabled=false"})
@DirtiesContext
class ApiLoadBenchmark {

    static final int CONCURRENCY = 20;
    static final int SECONDS = Integer.getInteger("bench.apiSeconds", 10);
    static final Path RESULTS = Path.of(System.getProperty("bench.results", "bench/RESULTS.md"));

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void listsServeTheirDefaultPageAtAConstantCost() throws Exception {
        long wall = System.nanoTime();
        String loadBefore = ResultsSection.loadAverage();
        List<String> rows = new ArrayList<>();
        int loaded = 0;
        for (int size : new int[] {10_000, 50_000}) {
            insert(loaded, size);
            loaded = size;
            Map<String, String> kinds = new LinkedHashMap<>();
            kinds.put("`/api/observations` (default page, 50)", "/api/observations");
            kinds.put("`/api/events` (default page, 50)", "/api/events");
            kinds.put("`/api/observations?after=…` (page 3/4 deep)", "/api/observations?after=" + token(size));
            kinds.put("`/api/observations?page=…` (the same depth by offset)", "/api/observations?page="
                    + (size * 3 / 4 / 50));
            kinds.put("`/actuator/health` (floor)", "/actuator/health");
            Map<String, List<Result>> results = new LinkedHashMap<>();
            kinds.keySet().forEach(k -> results.put(k, new ArrayList<>()));
            for (int round = 0; round < 2; round++) {
                for (Map.Entry<String, String> kind : kinds.entrySet()) {
                    results.get(kind.getKey()).add(load(kind.getValue()));
                }
            }
            double floor = best(results.get("`/actuator/health` (floor)")).perSecond();
            for (Map.Entry<String, List<Result>> r : results.entrySet()) {
                Result b = best(r.getValue());
                rows.add(String.format(Locale.ROOT, "| %,d | %s | **%,.0f** | %.1f ms | %.1f ms | %d | %.2f× |", size,
                        r.getKey(), b.perSecond(), b.p50(), b.p99(), b.errors(), floor / b.perSecond()));
            }
        }
        String md = String.format(Locale.ROOT, """
                ## API lists under load (`ApiLoadBenchmark`)

                `./mvnw -Pbench verify -Dit.test=ApiLoadBenchmark` on %s, %d s, load average %s at start, %s at end \
                (2 cores, shared with other work). The app in the benchmark's JVM (rate limits off), %d client threads \
                in the same JVM over loopback, HTTP/1.1 keep-alive, %d s per kind, kinds alternating, two rounds (the \
                better one shown); observations and as many events, synthetic, plus the seed.

                | observations | request | requests/s | p50 | p99 | non-200 | health ÷ this |
                |---|---|---|---|---|---|---|
                %s
                """, Instant.now(), (System.nanoTime() - wall) / 1_000_000_000, loadBefore,
                ResultsSection.loadAverage(), CONCURRENCY, SECONDS, String.join("\n", rows));
        ResultsSection.write(RESULTS, "api-load", md);
        System.out.println(md);
    }

    record Result(double perSecond, double p50, double p99, int errors) {
    }

    private static Result best(List<Result> results) {
        return results.stream().max((a, b) -> Double.compare(a.perSecond(), b.perSecond())).orElseThrow();
    }

    /** The after token of the page starting 3/4 into the observation list. */
    private String token(int size) throws Exception {
        String body = get("/api/observations?size=500&page=" + (size * 3 / 4 / 500)).body();
        return JsonPath.read(body, "$.page.next");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private Result load(String path) throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(SECONDS).toNanos();
        AtomicInteger errors = new AtomicInteger();
        List<List<Long>> latencies = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < CONCURRENCY; t++) {
            List<Long> mine = new ArrayList<>();
            latencies.add(mine);
            threads.add(Thread.ofPlatform().start(() -> {
                while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    try {
                        if (get(path).statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    mine.add(System.nanoTime() - t0);
                }
            }));
        }
        long started = System.nanoTime();
        for (Thread t : threads) {
            t.join();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        List<Long> all = latencies.stream().flatMap(List::stream).sorted().toList();
        assertThat(all).isNotEmpty();
        return new Result(all.size() / seconds, all.get(all.size() / 2) / 1e6, all.get((int) (all.size() * 0.99)) / 1e6,
                errors.get());
    }

    /** Observations and events from {@code from} to {@code to} (exclusive), one day each, then ANALYZE. */
    private void insert(int from, int to) {
        if (from == 0) {
            String text = "Synthetic source for the API load benchmark: trade grew to 240.1 billion dollars.";
            jdbc.sql("""
                    INSERT INTO source (source_key, title, full_text, sha256, origin, created_at, created_by,
                                        updated_at, updated_by)
                    VALUES ('bench-api.txt', 'Bench', ?, encode(sha256(convert_to(?, 'UTF8')), 'hex'), 'user', now(),
                            'b', now(), 'b')""").params(text, text).update();
            jdbc.sql("""
                    INSERT INTO series (series_key, name, unit, category, origin, created_at, created_by, updated_at,
                                        updated_by)
                    VALUES ('bench_api', 'Bench', 'USD bn', 'other', 'user', now(), 'b', now(), 'b')""").update();
        }
        jdbc.sql("""
                INSERT INTO observation (series_id, period_label, period_start, period_end, precision, value,
                        qualifier, source_id, passage, passage_start, passage_end, origin, created_at, created_by,
                        updated_at, updated_by)
                SELECT se.id, to_char(DATE '1900-01-01' + n, 'YYYY-MM-DD'), DATE '1900-01-01' + n,
                       DATE '1900-01-01' + n, 'day', n, 'exact', so.id, so.full_text, 0, char_length(so.full_text),
                       'user', now(), 'b', now(), 'b'
                FROM series se, source so, generate_series(?, ?) n
                WHERE se.series_key = 'bench_api' AND so.source_key = 'bench-api.txt'""").params(from, to - 1)
                .update();
        jdbc.sql("""
                INSERT INTO event (date_label, date_start, date_end, precision, date_text, title, category, source_id,
                        passage, passage_start, passage_end, origin, created_at, created_by, updated_at, updated_by)
                SELECT to_char(DATE '1900-01-01' + n, 'YYYY-MM-DD'), DATE '1900-01-01' + n, DATE '1900-01-01' + n,
                       'day', 'day ' || n, 'Event ' || n, 'summit', so.id, so.full_text, 0,
                       char_length(so.full_text), 'user', now(), 'b', now(), 'b'
                FROM source so, generate_series(?, ?) n WHERE so.source_key = 'bench-api.txt'""").params(from, to - 1)
                .update();
        jdbc.sql("VACUUM ANALYZE observation").update();
        jdbc.sql("VACUUM ANALYZE event").update();
    }
}
