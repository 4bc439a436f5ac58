package org.crdash.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A benchmark's own section of bench/RESULTS.md, between {@code <!-- begin NAME -->} and {@code <!-- end NAME -->}:
 * replaced when the benchmark runs again, appended the first time; the rest of the file is left as it is.
 */
final class ResultsSection {

    private ResultsSection() {
    }

    /** The 1, 5 and 15 minute load averages, e.g. {@code 1.74 2.64 3.95}. */
    static String loadAverage() {
        return BenchMachine.loadAverage();
    }

    /** What stands between the section's markers (without them), or "" where the file or the section is missing. */
    static String read(Path results, String name) throws IOException {
        String text = Files.exists(results) ? Files.readString(results) : "";
        int[] span = span(text, name);
        return span == null ? "" : text.substring(span[0] + begin(name).length(), span[1]).strip();
    }

    static void write(Path results, String name, String markdown) throws IOException {
        String text = Files.exists(results) ? Files.readString(results) : "";
        String section = begin(name) + "\n" + markdown.strip() + "\n" + end(name);
        int[] span = span(text, name);
        String updated = span != null
                ? text.substring(0, span[0]) + section + text.substring(span[1] + end(name).length())
                : text.isBlank() ? section + "\n" : text.stripTrailing() + "\n\n" + section + "\n";
        Files.createDirectories(results.toAbsolutePath().getParent());
        Files.writeString(results, updated);
    }

    /** Where the begin marker starts and the end marker after it starts, or null. */
    private static int[] span(String text, String name) {
        int from = text.indexOf(begin(name));
        int to = from < 0 ? -1 : text.indexOf(end(name), from + begin(name).length());
        return to < 0 ? null : new int[] {from, to};
    }

    private static String begin(String name) {
        return "<!-- begin " + name + " -->";
    }

    private static String end(String name) {
        return "<!-- end " + name + " -->";
    }
}
