package org.crdash.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.crdash.Application;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.env.MockEnvironment;

/** An unusable database stops startup with one line naming the URL and what to do, not just a stack trace. */
@ExtendWith(OutputCaptureExtension.class)
class DatabaseFailureAnalyzerTest {

    private static Throwable startFailing(String url) {
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        assertThatThrownBy(() -> new SpringApplicationBuilder(Application.class)
                // command-line arguments: they override application.properties (server.port=${PORT:8080})
                .run("--spring.datasource.url=" + url,
                        "--spring.datasource.username=postgres",
                        "--spring.datasource.password=",
                        "--spring.datasource.hikari.connection-timeout=3000",
                        "--server.port=0",
                        "--spring.main.banner-mode=off").close())
                .satisfies(thrown::set);
        return thrown.get();
    }

    private static FailureAnalysis analyze(Throwable failure, String url) {
        MockEnvironment env = new MockEnvironment();
        if (url != null) {
            env.setProperty("spring.datasource.url", url);
        }
        return new DatabaseFailureAnalyzer(env).analyze(failure);
    }

    @Test
    void closedPortIsReportedWithTheUrlAndHowToFixIt(CapturedOutput output) {
        String url = "jdbc:postgresql://127.0.0.1:1/nope";

        Throwable failure = startFailing(url);
        FailureAnalysis analysis = analyze(failure, url);

        assertThat(analysis).as("analysed as a database problem: " + failure).isNotNull();
        assertThat(analysis.getDescription())
                .startsWith("Cannot use the database at " + url + ": ")
                .contains("Connection to 127.0.0.1:1 refused")
                .endsWith("(SQLState 08001)")
                .doesNotContain("\n");
        assertThat(analysis.getAction())
                .contains("Check that PostgreSQL is running at " + url)
                .contains("SPRING_DATASOURCE_USERNAME")
                .contains("unset SPRING_DATASOURCE_URL to use the embedded database");
        assertThat(analysis.getCause()).isInstanceOf(SQLException.class);

        // Spring Boot found the analyzer through META-INF/spring.factories and printed its report
        assertThat(output).contains("APPLICATION FAILED TO START");
        assertThat(output).contains(analysis.getDescription());
        assertThat(output).contains(analysis.getAction());
    }

    @Test
    void missingDatabaseOnTheExternalServerIsReported(CapturedOutput output) {
        try (var c = ExternalPostgresTest.admin()) {
            // reachable: the failure below is about the database name only
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
        String url = ExternalPostgresTest.SERVER + "crdash_missing_" + UUID.randomUUID().toString().replace("-", "");

        FailureAnalysis analysis = analyze(startFailing(url), url);

        assertThat(analysis).isNotNull();
        assertThat(analysis.getDescription())
                .startsWith("Cannot use the database at " + url + ": ")
                .contains("does not exist")
                .endsWith("(SQLState 3D000)");
        assertThat(output).contains(analysis.getDescription());
    }

    @Test
    void embeddedDatabaseProblemsPointAtTheDataDirectory() {
        FailureAnalysis analysis = analyze(new IllegalStateException("wrapped",
                new SQLException("Connection refused", "08001")), null);

        assertThat(analysis.getDescription())
                .isEqualTo("Cannot use the database at the embedded PostgreSQL: Connection refused (SQLState 08001)");
        assertThat(analysis.getAction()).contains("app.db.embedded.data-dir");
    }

    @Test
    void otherFailuresAreLeftToOtherAnalyzers() {
        assertThat(analyze(new IllegalStateException("no database involved"), null)).isNull();
        assertThat(analyze(new RuntimeException(new SQLException("duplicate key", "23505")),
                "jdbc:postgresql://x/y")).isNull();
        assertThat(analyze(new RuntimeException(new SQLException("no state")), "jdbc:postgresql://x/y")).isNull();
    }
}
