package org.crdash.base;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding the postgres that a postmaster.pid names, and only when it really is the one serving that directory. */
class OrphanedPostgresTest {

    @TempDir
    Path tmp;

    /** Writes a postmaster.pid like PostgreSQL does: pid, data directory, start time, port, ... */
    private Path pidFile(Path dataDir, long pid) throws IOException {
        Files.createDirectories(dataDir);
        return Files.write(dataDir.resolve("postmaster.pid"),
                List.of(String.valueOf(pid), dataDir.toString(), "1700000000", "5432", "/tmp", "localhost"));
    }

    private static EmbeddedPostgres startEmbedded(Path dataDir) throws IOException {
        return EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(true).start();
    }

    @Test
    void noPidFileMeansNoOrphan() throws IOException {
        assertThat(OrphanedPostgres.find(tmp)).isEmpty();
    }

    @Test
    void unreadablePidFileMeansNoOrphan() throws IOException {
        Files.writeString(tmp.resolve("postmaster.pid"), "");
        assertThat(OrphanedPostgres.find(tmp)).isEmpty();
        Files.writeString(tmp.resolve("postmaster.pid"), "not-a-pid\n" + tmp + "\n");
        assertThat(OrphanedPostgres.find(tmp)).isEmpty();
    }

    @Test
    void stalePidFileOfADeadProcessIsIgnored() throws Exception {
        Process p = new ProcessBuilder("true").start();
        assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(ProcessHandle.of(p.pid()).filter(ProcessHandle::isAlive)).isEmpty();
        pidFile(tmp, p.pid());

        assertThat(OrphanedPostgres.find(tmp)).isEmpty();
    }

    @Test
    void stalePidFileNamingAnotherProgramIsIgnored() throws Exception {
        Process sleep = new ProcessBuilder("sleep", "60").start();
        try {
            assertThat(sleep.isAlive()).isTrue();
            pidFile(tmp, sleep.pid());

            assertThat(OrphanedPostgres.find(tmp)).isEmpty();
            OrphanedPostgres.stopIfRunning(tmp);
            assertThat(sleep.isAlive()).as("an unrelated process is never stopped").isTrue();
        } finally {
            sleep.destroy();
        }
    }

    @Test
    void stalePidFileNamingThisJvmIsIgnored() throws Exception {
        pidFile(tmp, ProcessHandle.current().pid());
        assertThat(OrphanedPostgres.find(tmp)).isEmpty();
    }

    @Test
    void liveEmbeddedPostgresIsFoundThroughItsPidFile() throws Exception {
        Path dataDir = tmp.resolve("live");
        try (EmbeddedPostgres pg = startEmbedded(dataDir)) {
            long pid = Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).getFirst().trim());

            Optional<ProcessHandle> found = OrphanedPostgres.find(dataDir);

            assertThat(found).isPresent();
            assertThat(found.get().pid()).isEqualTo(pid);
            assertThat(found.get().isAlive()).isTrue();
            assertThat(found.get().info().command()).hasValueSatisfying(c -> assertThat(c).contains("postgres"));
            try (var connection = pg.getPostgresDatabase().getConnection()) {
                assertThat(connection.isValid(5)).isTrue();
            }
        }
    }

    /**
     * A stale pid file can name a pid that now belongs to a different PostgreSQL (pids are reused after a
     * reboot, or the directory is a copy of another cluster's). Stopping that server would take down someone
     * else's database, so only a postgres serving this very directory counts as our orphan.
     */
    @Test
    void postgresServingAnotherDirectoryIsNotOurOrphan() throws Exception {
        Path other = tmp.resolve("other");
        try (EmbeddedPostgres pg = startEmbedded(other)) {
            long pid = Long.parseLong(Files.readAllLines(other.resolve("postmaster.pid")).getFirst().trim());
            Path ours = tmp.resolve("ours");
            pidFile(ours, pid);

            assertThat(OrphanedPostgres.find(ours)).isEmpty();
            OrphanedPostgres.stopIfRunning(ours);
            assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive)).contains(true);
            try (var connection = pg.getPostgresDatabase().getConnection()) {
                assertThat(connection.isValid(5)).isTrue();
            }
        }
    }
}
