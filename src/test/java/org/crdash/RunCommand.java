package org.crdash;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The README's run command, {@code ./mvnw spring-boot:run}, started in a checkout on a free port and stopped the
 * way a terminal's Ctrl-C stops it (SIGINT to the whole process group), so the test sees what a user sees.
 */
final class RunCommand {

    /** A cold nested build on a busy 2-core machine takes minutes; a healthy start answers well within this. */
    static final Duration START_TIMEOUT = Duration.ofMinutes(10);
    static final Duration STOP_TIMEOUT = Duration.ofSeconds(90);
    private static final boolean SETSID = Files.isExecutable(Path.of("/usr/bin/setsid"));
    private static int runs;

    private final Process maven;
    private final Path log;
    private final int port;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private RunCommand(Process maven, Path log, int port) {
        this.maven = maven;
        this.log = log;
        this.port = port;
    }

    /** Starts the run command in {@code checkout} and waits until {@code /} answers (any status). */
    static RunCommand start(Path checkout, String adminUser, String adminPassword) throws Exception {
        int port = freePort();
        Path log = checkout.resolve("run-" + (++runs) + ".log");
        List<String> command = SETSID ? List.of("/usr/bin/setsid", "./mvnw", "-B", "-ntp", "spring-boot:run")
                : List.of("./mvnw", "-B", "-ntp", "spring-boot:run");
        ProcessBuilder builder = new ProcessBuilder(command).directory(checkout.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        List.of("SPRING_DATASOURCE_URL", "SPRING_DATASOURCE_USERNAME", "SPRING_DATASOURCE_PASSWORD", "APP_DATA_DIR",
                "MAVEN_ARGS", "SERVER_PORT").forEach(env::remove);
        String javaHome = System.getProperty("java.home");
        env.put("JAVA_HOME", javaHome);
        env.put("PATH", javaHome + "/bin:" + env.getOrDefault("PATH", "/usr/bin:/bin"));
        env.put("PORT", Integer.toString(port));
        env.put("APP_ADMIN_USER", adminUser);
        env.put("APP_ADMIN_PASSWORD", adminPassword);
        System.out.println("[fresh clone] " + String.join(" ", command) + " in " + checkout + " on port " + port);
        RunCommand run = new RunCommand(builder.start(), log, port);
        run.awaitFirstAnswer();
        return run;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private void awaitFirstAnswer() throws Exception {
        long started = System.nanoTime();
        long deadline = started + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!maven.isAlive()) {
                throw new IllegalStateException("the run command exited (" + maven.exitValue() + ") before serving: "
                        + describe());
            }
            try {
                get("/");
                System.out.printf("[fresh clone] first answer after %.1f s%n", (System.nanoTime() - started) / 1e9);
                return;
            } catch (IOException notYet) {
                Thread.sleep(1_000);
            }
        }
        throw new IllegalStateException("no answer on port " + port + " within " + START_TIMEOUT + ": " + describe());
    }

    /** Ctrl-C: SIGINT to the run command's process group (Maven, the forked app and its database). */
    void stop() throws Exception {
        if (!maven.isAlive()) {
            return;
        }
        List<ProcessHandle> tree = maven.descendants().toList();
        if (SETSID) {
            new ProcessBuilder("kill", "-INT", "--", "-" + maven.pid()).inheritIO().start().waitFor();
        } else {
            tree.forEach(ProcessHandle::destroy);
            maven.destroy();
        }
        boolean stopped = maven.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        for (ProcessHandle p : tree) {
            try {
                p.onExit().get(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            } catch (java.util.concurrent.TimeoutException lingering) {
                // reported by the caller's check for processes left behind, with their command lines
            }
        }
        if (!stopped) {
            maven.destroyForcibly();
            throw new IllegalStateException("the run command did not stop within " + STOP_TIMEOUT + ": " + describe());
        }
        System.out.println("[fresh clone] stopped (exit " + maven.exitValue() + ")");
    }

    /** The last lines of the run's log, for failure messages. */
    String describe() {
        try {
            List<String> lines = Files.readAllLines(log);
            return "log " + log + ":\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "log " + log + " unreadable: " + e.getMessage();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
