package org.crdash.base.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.crdash.base.DatabaseTimeouts;
import org.crdash.base.EmbeddedPostgresProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 16, item 7: with PostgreSQL stopped the API answers 503 problem details and health 503 within seconds (not
 * after 30 s), and both recover by themselves once it is back. Also the statement timeout and its lifting.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"app.db.connect-timeout=3s", "app.db.statement-timeout=3s"})
@ActiveProfiles("test")
@DirtiesContext
class DatabaseOutageTest {

    @Autowired
    WebServerApplicationContext context;
    @Autowired
    EmbeddedPostgresProperties postgres;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void aStatementRunsAtMostTheStatementTimeoutUnlessItsTransactionLiftsIt() {
        long start = System.nanoTime();
        assertThatThrownBy(() -> jdbc.sql("SELECT pg_sleep(10)").query(String.class).single())
                .isInstanceOf(QueryTimeoutException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(6));

        transactions.executeWithoutResult(status -> {
            jdbc.sql(DatabaseTimeouts.UNBOUNDED).update();
            jdbc.sql("SELECT pg_sleep(3.5)").query(String.class).single();
        });
    }

    @Test
    void withTheDatabaseStoppedTheApiAndHealthAnswer503FastAndRecoverWhenItIsBack() throws Exception {
        Loopback client = Loopback.cookieLess(context.getWebServer().getPort(), 21);
        assertThat(client.get("/api/series").statusCode()).isEqualTo(200);
        HttpResponse<String> health = client.get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).as("anonymous: the status only").isEqualTo("{\"status\":\"UP\"}");

        Path dataDir = postgres.dataDir().toAbsolutePath();
        ProcessHandle postmaster = postmaster(dataDir);
        // started again as zonky starts it: pg_ctl with the same options, in a user namespace (unshare -U) when
        // running as root, which PostgreSQL refuses
        Path bin = Path.of(postmaster.info().command().orElseThrow()).getParent();
        List<String> options = new ArrayList<>(List.of(postmaster.info().arguments().orElseThrow()));
        int d = options.indexOf("-D");
        options.subList(d, d + 2).clear();
        List<String> command = new ArrayList<>();
        if (new ProcessBuilder("unshare", "-U", "true").start().waitFor() == 0) {
            command.addAll(List.of("unshare", "-U"));
        }
        command.addAll(List.of(bin.resolve("pg_ctl").toString(), "-D", dataDir.toString(),
                "-o", String.join(" ", options), "-w", "start"));
        // SIGINT: PostgreSQL's "fast" shutdown (SIGTERM would wait for the pool's connections to close)
        assertThat(new ProcessBuilder("kill", "-INT", Long.toString(postmaster.pid())).start().waitFor()).isZero();
        postmaster.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
        try {
            long start = System.nanoTime();
            HttpResponse<String> api = client.get("/api/series");
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertThat(api.statusCode()).as(api.body()).isEqualTo(503);
            assertThat(api.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
            assertThat(api.body()).contains("urn:crdash:problem:database-unavailable");
            assertThat(api.headers().firstValue("Retry-After")).isPresent();
            assertThat(took).as("answered within the connect timeout").isLessThan(Duration.ofSeconds(8));

            start = System.nanoTime();
            health = client.get("/actuator/health");
            assertThat(health.statusCode()).isEqualTo(503);
            assertThat(health.body()).isEqualTo("{\"status\":\"DOWN\"}");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(8));
        } finally {
            new ProcessBuilder(command).directory(dataDir.toFile()).redirectErrorStream(true)
                    .redirectOutput(dataDir.resolveSibling(dataDir.getFileName() + ".restart.log").toFile()).start();
            assertThat(statusOnceUp(client, "/api/series")).as("recovered by itself").isEqualTo(200);
        }
        assertThat(client.get("/actuator/health").statusCode()).isEqualTo(200);
    }

    private static int statusOnceUp(Loopback client, String path) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        int status;
        do {
            Thread.sleep(250);
            status = client.get(path).statusCode();
        } while (status != 200 && System.nanoTime() < deadline);
        return status;
    }

    private static ProcessHandle postmaster(Path dataDir) throws Exception {
        long pid = Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).getFirst().trim());
        return ProcessHandle.of(pid).orElseThrow();
    }
}
