package org.crdash.base;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.Set;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Locks the embedded PostgreSQL down: the superuser has a generated password, kept in
 * {@code <data dir>/crdash-db-password} (mode 0600, like the data directory itself), and {@code pg_hba.conf}
 * allows only SCRAM password sign-in over loopback TCP (the server listens on {@code localhost} only and opens no
 * Unix socket). zonky's {@code initdb} trusts every local connection; this replaces that at every start.
 *
 * <p>The password can only be set on a running server, so the first start of a new data directory — or of one from
 * before this lock-down, which is how existing directories are migrated — trusts loopback connections of the
 * {@code postgres} role until the app has set the password and reloaded the locked configuration (well under a
 * second after the server is up). The secret is first written to {@code crdash-db-password.new} and only renamed
 * once the password is set, so a crash in between is repaired at the next start. Deleting the file makes the next
 * start pick a new password the same way (whoever can write the data directory controls the server anyway).
 */
final class EmbeddedPostgresLockdown {

    static final String SECRET_FILE = "crdash-db-password";
    static final String USER = "postgres";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresLockdown.class);
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final String LOCKED_HBA = """
            # Written by the app at every start (base/EmbeddedPostgresLockdown): password (SCRAM) over loopback only.
            host    all    all    127.0.0.1/32    scram-sha-256
            host    all    all    ::1/128         scram-sha-256
            """;
    private static final String FIRST_START_HBA = """
            # First start after initdb or from an older data directory: the app sets the password, then locks this.
            host    all    postgres    127.0.0.1/32    trust
            host    all    postgres    ::1/128         trust
            """;

    private final Path dataDir;
    private final String secret;
    private final boolean passwordSet;

    private EmbeddedPostgresLockdown(Path dataDir, String secret, boolean passwordSet) {
        this.dataDir = dataDir;
        this.secret = secret;
        this.passwordSet = passwordSet;
    }

    /** The secret of this data directory: the stored one, or a new one to be set at this start. */
    static EmbeddedPostgresLockdown of(Path dataDir) throws IOException {
        Path stored = dataDir.resolve(SECRET_FILE);
        if (Files.isRegularFile(stored)) {
            ownerOnly(stored);
            return new EmbeddedPostgresLockdown(dataDir, read(stored), true);
        }
        Path pending = dataDir.resolve(SECRET_FILE + ".new");
        if (!Files.isRegularFile(pending)) {
            // not written into the directory yet: initdb needs it empty; see beforeStart
            return new EmbeddedPostgresLockdown(dataDir, generate(), false);
        }
        return new EmbeddedPostgresLockdown(dataDir, read(pending), false);
    }

    String secret() {
        return secret;
    }

    /** In zonky's data-directory customizer: after initdb, before the server starts. */
    void beforeStart() {
        try {
            if (!passwordSet) {
                Path pending = dataDir.resolve(SECRET_FILE + ".new");
                if (!Files.isRegularFile(pending)) {
                    writeOwnerOnly(pending, secret);
                }
                log.info("Embedded PostgreSQL in {} has no password yet: setting one at this start", dataDir);
            }
            Files.writeString(dataDir.resolve("pg_hba.conf"), passwordSet ? LOCKED_HBA : FIRST_START_HBA,
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write the access rules of the embedded PostgreSQL in " + dataDir, e);
        }
    }

    /** Right after the server is up: set the password (first start only) and allow nothing but it. */
    void afterStart(EmbeddedPostgres pg) throws IOException {
        if (passwordSet) {
            return;
        }
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            // the SCRAM verifier is computed here; the password itself never reaches the server or its log
            c.unwrap(PGConnection.class).alterUserPassword(USER, secret.toCharArray(), "scram-sha-256");
            Files.writeString(dataDir.resolve("pg_hba.conf"), LOCKED_HBA, StandardCharsets.UTF_8);
            s.execute("SELECT pg_reload_conf()");
        } catch (SQLException e) {
            throw new IOException("Could not set the password of the embedded PostgreSQL in " + dataDir, e);
        }
        Files.move(dataDir.resolve(SECRET_FILE + ".new"), dataDir.resolve(SECRET_FILE),
                StandardCopyOption.ATOMIC_MOVE);
        log.info("Embedded PostgreSQL locked down: password sign-in only, secret in {}", dataDir.resolve(SECRET_FILE));
    }

    private static String generate() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String read(Path file) throws IOException {
        String s = Files.readString(file, StandardCharsets.UTF_8).strip();
        if (s.isEmpty()) {
            throw new IOException(file + " is empty; delete it to have a new database password set at the next start");
        }
        return s;
    }

    private static void writeOwnerOnly(Path file, String content) throws IOException {
        if (posix()) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        }
        Files.writeString(file, content + "\n", StandardCharsets.UTF_8);
    }

    private static void ownerOnly(Path file) throws IOException {
        if (posix() && !Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
            log.warn("{} was readable by others; made it readable by its owner only (0600)", file);
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
