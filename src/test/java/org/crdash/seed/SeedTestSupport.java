package org.crdash.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Copies of seed-data/ to edit, and fingerprints of the database to prove nothing changed. */
final class SeedTestSupport {

    private SeedTestSupport() {
    }

    /** Copies the repo's seed-data/ into {@code target} and returns it. */
    static Path copySeedData(Path target) {
        try (Stream<Path> files = Files.walk(SeedFiles.REPO_SEED_DATA)) {
            for (Path p : files.toList()) {
                Path dest = target.resolve(SeedFiles.REPO_SEED_DATA.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest);
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String location(Path dir) {
        return "file:" + dir.toAbsolutePath() + "/";
    }

    static List<String> lines(Path file) {
        try {
            return new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(Path file, List<String> lines) {
        try {
            Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Index (0-based) of the physical line of the CSV row with this id; the file's line number is this + 1. */
    static int lineIndexOf(List<String> lines, String id) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(id + ",")) {
                return i;
            }
        }
        throw new AssertionError("no row " + id);
    }

    /** Replaces the first occurrence of {@code old} in the line, which must contain it. */
    static String replaceOnce(String line, String old, String replacement) {
        int at = line.indexOf(old);
        assertThat(at).as("'" + old + "' in " + line).isNotNegative();
        return line.substring(0, at) + replacement + line.substring(at + old.length());
    }

    /** Row count and an md5 over every row of each table, plus the audit log size. */
    static Map<String, String> fingerprint(JdbcClient jdbc) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String table : List.of("source", "series", "observation", "event", "audit_log")) {
            out.put(table, jdbc.sql("SELECT count(*) || ':' || coalesce(md5(string_agg(to_jsonb(t)::text, '|' "
                    + "ORDER BY t.id)), '') FROM " + table + " t").query(String.class).single());
        }
        return out;
    }

    static long count(JdbcClient jdbc, String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }
}
