package org.crdash.base;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After a {@code kill -9} of the JVM the embedded postgres it started keeps running and holds the data
 * directory's lock. This finds it through {@code postmaster.pid} and asks it to shut down (SIGTERM, then
 * SIGQUIT-equivalent force after a grace period), so the next start can take the directory over.
 */
final class OrphanedPostgres {

    private static final Logger log = LoggerFactory.getLogger(OrphanedPostgres.class);
    private static final Duration GRACE = Duration.ofSeconds(20);

    private OrphanedPostgres() {
    }

    static void stopIfRunning(Path dataDir) throws IOException {
        Optional<ProcessHandle> orphan = find(dataDir);
        if (orphan.isEmpty()) {
            return;
        }
        ProcessHandle ph = orphan.get();
        log.warn("An orphaned PostgreSQL (pid {}) still holds {}; stopping it before starting a new one",
                ph.pid(), dataDir);
        ph.destroy();
        Instant deadline = Instant.now().plus(GRACE);
        while (ph.isAlive() && Instant.now().isBefore(deadline)) {
            sleep();
        }
        if (ph.isAlive()) {
            log.warn("PostgreSQL pid {} did not stop within {}s; forcing it", ph.pid(), GRACE.toSeconds());
            ph.destroyForcibly();
            while (ph.isAlive()) {
                sleep();
            }
        }
    }

    /**
     * The postmaster named in postmaster.pid, if that process is alive, really is a postgres, and serves this
     * data directory. A stale pid file can name a pid that now belongs to another PostgreSQL (pids are reused
     * after a reboot, or the directory was copied from another cluster); that server must never be stopped.
     */
    static Optional<ProcessHandle> find(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        long pid;
        try {
            pid = Long.parseLong(lines.getFirst().trim());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false))
                .filter(p -> servesDataDirectory(p, dataDir));
    }

    /** True if the process was started with {@code -D dataDir}, or (Linux) its working directory is dataDir. */
    private static boolean servesDataDirectory(ProcessHandle process, Path dataDir) {
        String[] args = process.info().arguments().orElse(new String[0]);
        for (int i = 0; i < args.length; i++) {
            String dir = null;
            if (args[i].equals("-D") && i + 1 < args.length) {
                dir = args[i + 1];
            } else if (args[i].startsWith("-D") && args[i].length() > 2) {
                dir = args[i].substring(2);
            }
            if (dir != null && sameDirectory(Path.of(dir), dataDir)) {
                return true;
            }
        }
        // the postmaster changes into its data directory
        Path cwd = Path.of("/proc", String.valueOf(process.pid()), "cwd");
        return Files.exists(cwd) && sameDirectory(cwd, dataDir);
    }

    private static boolean sameDirectory(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException | SecurityException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while stopping orphaned PostgreSQL", e);
        }
    }
}
