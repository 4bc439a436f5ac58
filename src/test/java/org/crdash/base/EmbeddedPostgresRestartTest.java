package org.crdash.base;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The embedded database keeps its data across restarts when the data directory is not cleaned. */
class EmbeddedPostgresRestartTest {

    @TempDir
    Path tmp;

    private EmbeddedPostgres start(Path dataDir) throws Exception {
        return new EmbeddedPostgresConfiguration()
                .embeddedPostgres(new EmbeddedPostgresProperties(dataDir, 0, false, Duration.ofSeconds(60)));
    }

    private static JdbcClient jdbc(EmbeddedPostgres pg) {
        DataSource ds = pg.getPostgresDatabase();
        return JdbcClient.create(ds);
    }

    @Test
    void dataSurvivesARestartOnTheSameDirectory() throws Exception {
        Path dataDir = tmp.resolve("data");

        int firstPort;
        try (EmbeddedPostgres pg = start(dataDir)) {
            firstPort = pg.getPort();
            JdbcClient jdbc = jdbc(pg);
            jdbc.sql("CREATE TABLE kept (id int PRIMARY KEY, note text NOT NULL)").update();
            jdbc.sql("INSERT INTO kept VALUES (1, 'written before the restart')").update();
            assertThat(dataDir.resolve("postmaster.pid")).exists();
        }
        assertThat(dataDir.resolve("postmaster.pid")).as("server stopped cleanly").doesNotExist();
        assertThat(dataDir.resolve("PG_VERSION")).exists();

        try (EmbeddedPostgres pg = start(dataDir)) {
            assertThat(jdbc(pg).sql("SELECT note FROM kept WHERE id = 1").query(String.class).single())
                    .isEqualTo("written before the restart");
            assertThat(jdbc(pg).sql("SELECT current_setting('data_directory')").query(String.class).single())
                    .isEqualTo(dataDir.toRealPath().toString());
            assertThat(jdbc(pg).sql("SELECT current_setting('fsync')").query(String.class).single())
                    .as("the app's embedded server is configured for durability").isEqualTo("on");
        }
        assertThat(firstPort).isPositive();
    }

    @Test
    void cleanTrueWipesTheDirectory() throws Exception {
        Path dataDir = tmp.resolve("data");
        try (EmbeddedPostgres pg = start(dataDir)) {
            jdbc(pg).sql("CREATE TABLE wiped (id int)").update();
        }
        try (EmbeddedPostgres pg = new EmbeddedPostgresConfiguration()
                .embeddedPostgres(new EmbeddedPostgresProperties(dataDir, 0, true, Duration.ofSeconds(60)))) {
            assertThat(jdbc(pg).sql("SELECT to_regclass('public.wiped') IS NULL").query(Boolean.class).single())
                    .isTrue();
        }
        assertThat(Files.exists(dataDir)).isFalse();
    }
}
