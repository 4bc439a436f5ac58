package org.crdash.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.crdash.Application;
import org.crdash.seed.SeedFiles;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * With spring.datasource.url set, the app runs on that server: Flyway migrates it, the seed is loaded, and no
 * embedded PostgreSQL is started. Needs the PostgreSQL at 127.0.0.1:5432 (trust auth, user postgres); CI has
 * it, so its absence is a failure, not a skip.
 */
class ExternalPostgresTest {

    static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";

    static Connection admin() {
        try {
            return DriverManager.getConnection(SERVER + "postgres", "postgres", "");
        } catch (SQLException e) {
            return fail("This test needs the external PostgreSQL at 127.0.0.1:5432 (user postgres, trust auth), "
                    + "which CI provides; connecting failed: " + e.getMessage(), e);
        }
    }

    @Test
    void appMigratesAndSeedsAnExternalDatabaseWithoutStartingAnEmbeddedOne() throws Exception {
        String database = "crdash_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        String url = SERVER + database;
        Path unusedEmbeddedDir = Path.of("target", "external-test-unused", database);
        try (Connection c = admin(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + database);
        }
        try {
            try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(Application.class)
                    .run("--spring.datasource.url=" + url,
                            "--spring.datasource.username=postgres",
                            "--spring.datasource.password=",
                            "--app.db.embedded.data-dir=" + unusedEmbeddedDir,
                            "--server.port=0",
                            "--spring.main.banner-mode=off")) {

                assertThat(ctx.getBeansOfType(EmbeddedPostgres.class)).isEmpty();
                assertThat(Files.exists(unusedEmbeddedDir)).isFalse();
                DataSource ds = ctx.getBean(DataSource.class);
                assertThat(ds).isInstanceOf(HikariDataSource.class);
                assertThat(((HikariDataSource) ds).getJdbcUrl()).isEqualTo(url);

                JdbcClient jdbc = JdbcClient.create(ds);
                assertThat(jdbc.sql("SELECT current_database()").query(String.class).single()).isEqualTo(database);
                assertThat(jdbc.sql("SELECT inet_server_port()").query(Integer.class).single()).isEqualTo(5432);

                List<String> files = MigrationsTest.migrationFileVersions();
                assertThat(jdbc.sql("SELECT count(*) FROM flyway_schema_history WHERE version IS NOT NULL")
                        .query(Long.class).single()).isEqualTo(files.size());
                assertThat(jdbc.sql("SELECT count(*) FROM flyway_schema_history WHERE NOT success")
                        .query(Long.class).single()).isZero();
                assertThat(jdbc.sql("SELECT version FROM flyway_schema_history WHERE version IS NOT NULL "
                        + "ORDER BY installed_rank").query(String.class).list()).containsExactlyElementsOf(files);

                SeedFiles seed = SeedFiles.onDisk();
                assertThat(count(jdbc, "source")).isEqualTo(seed.sources());
                assertThat(count(jdbc, "series")).isEqualTo(seed.series());
                assertThat(count(jdbc, "observation")).isEqualTo(seed.observations());
                assertThat(count(jdbc, "event")).isEqualTo(seed.events());
                assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE actor = 'seed' AND action = 'create'")
                        .query(Long.class).single())
                        .isEqualTo(seed.sources() + seed.series() + seed.observations() + seed.events());
            }
        } finally {
            try (Connection c = admin(); Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            }
        }
        try (Connection c = admin()) {
            assertThat(JdbcClient.create(new org.springframework.jdbc.datasource.SingleConnectionDataSource(c, true))
                    .sql("SELECT count(*) FROM pg_database WHERE datname = ?").param(database)
                    .query(Long.class).single()).isZero();
        }
    }

    private static long count(JdbcClient jdbc, String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }
}
