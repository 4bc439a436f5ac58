package org.crdash.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 16, item 3: the embedded PostgreSQL was superuser for anyone on the machine without a password. Now it
 * takes SCRAM passwords only, over loopback only, with the secret in the data directory (0600); a data directory
 * from before is migrated at its next start, its data kept.
 */
class EmbeddedPostgresLockdownTest {

    @TempDir
    Path tmp;

    private EmbeddedPostgres start(Path dataDir) throws Exception {
        return new EmbeddedPostgresConfiguration()
                .embeddedPostgres(new EmbeddedPostgresProperties(dataDir, 0, false, Duration.ofSeconds(60)));
    }

    private static void connect(int port, String host, String password) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", "postgres");
        if (password != null) {
            p.setProperty("password", password);
        }
        p.setProperty("connectTimeout", "5");
        DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port + "/postgres", p).close();
    }

    private static void assertLockedDown(EmbeddedPostgres pg, Path dataDir) throws Exception {
        Path secretFile = dataDir.resolve("crdash-db-password");
        assertThat(secretFile).exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secretFile))).isEqualTo("rw-------");
        String secret = Files.readString(secretFile).strip();
        assertThat(secret).hasSizeGreaterThanOrEqualTo(40);

        assertThatThrownBy(() -> connect(pg.getPort(), "127.0.0.1", null)).as("no password")
                .isInstanceOf(SQLException.class).hasMessageContaining("password");
        assertThatThrownBy(() -> connect(pg.getPort(), "127.0.0.1", "postgres")).as("a wrong password")
                .isInstanceOf(SQLException.class).hasMessageContaining("password authentication failed");
        connect(pg.getPort(), "127.0.0.1", secret);

        JdbcClient jdbc = JdbcClient.create(pg.getPostgresDatabase());
        assertThat(jdbc.sql("SHOW listen_addresses").query(String.class).single()).isEqualTo("localhost");
        assertThat(jdbc.sql("SHOW unix_socket_directories").query(String.class).single()).isEmpty();
        assertThat(jdbc.sql("SELECT rolpassword FROM pg_authid WHERE rolname = 'postgres'").query(String.class)
                .single()).startsWith("SCRAM-SHA-256$");
        assertThat(jdbc.sql("SELECT count(*) FROM pg_hba_file_rules WHERE auth_method <> 'scram-sha-256'")
                .query(Long.class).single()).as("no trust lines").isZero();
        assertThat(Files.readString(dataDir.resolve("pg_hba.conf"))).doesNotContain("trust");
        assertThat(dataDir.resolve("crdash-db-password.new")).doesNotExist();
    }

    @Test
    void aNewDataDirectoryTakesOnlyTheGeneratedPasswordOverLoopback() throws Exception {
        Path dataDir = tmp.resolve("data");
        String secret;
        try (EmbeddedPostgres pg = start(dataDir)) {
            assertLockedDown(pg, dataDir);
            secret = Files.readString(dataDir.resolve("crdash-db-password")).strip();
            JdbcClient.create(pg.getPostgresDatabase()).sql("CREATE TABLE kept (note text)").update();
        }
        try (EmbeddedPostgres pg = start(dataDir)) {
            assertLockedDown(pg, dataDir);
            assertThat(Files.readString(dataDir.resolve("crdash-db-password")).strip()).as("kept").isEqualTo(secret);
            assertThat(JdbcClient.create(pg.getPostgresDatabase()).sql("SELECT count(*) FROM kept")
                    .query(Long.class).single()).isZero();
        }
    }

    @Test
    void aDataDirectoryFromBeforeTheLockdownIsMigratedAtItsNextStartWithItsData() throws Exception {
        Path dataDir = tmp.resolve("old");
        // what earlier versions left: zonky's initdb, trusting every local connection, no password
        try (EmbeddedPostgres old = EmbeddedPostgres.builder().setDataDirectory(dataDir)
                .setCleanDataDirectory(false).start()) {
            connect(old.getPort(), "127.0.0.1", null);
            JdbcClient.create(old.getPostgresDatabase()).sql("CREATE TABLE kept AS SELECT 42 AS answer").update();
        }
        assertThat(Files.readString(dataDir.resolve("pg_hba.conf"))).contains("trust");

        try (EmbeddedPostgres pg = start(dataDir)) {
            assertLockedDown(pg, dataDir);
            assertThat(JdbcClient.create(pg.getPostgresDatabase()).sql("SELECT answer FROM kept")
                    .query(Integer.class).single()).isEqualTo(42);
        }
    }

    @Test
    void aTamperedAccessFileIsLockedAgainAtTheNextStartAndALooseSecretFileTightened() throws Exception {
        Path dataDir = tmp.resolve("data");
        try (EmbeddedPostgres pg = start(dataDir)) {
            assertLockedDown(pg, dataDir);
        }
        Files.writeString(dataDir.resolve("pg_hba.conf"), "host all all 0.0.0.0/0 trust\n");
        Files.setPosixFilePermissions(dataDir.resolve("crdash-db-password"),
                PosixFilePermissions.fromString("rw-r--r--"));
        try (EmbeddedPostgres pg = start(dataDir)) {
            assertLockedDown(pg, dataDir);
        }
    }
}
