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
    static String loadAverage() throws IOException {
        String[] fields = Files.readString(Path.of("/proc/loadavg")).strip().split(" ");
        return fields[0] + " " + fields[1] + " " + fields[2];
    }

    static void write(Path results, String name, String markdown) throws IOException {
        String begin = "<!-- begin " + name + " -->";
        String end = "<!-- end " + name + " -->";
        String text = Files.exists(results) ? Files.readString(results) : "";
        String section = begin + "\n" + markdown.strip() + "\n" + end;
        int from = text.indexOf(begin);
        int to = text.indexOf(end);
        String updated = from >= 0 && to > from ? text.substring(0, from) + section + text.substring(to + end.length())
                : text.stripTrailing() + "\n\n" + section + "\n";
        Files.createDirectories(results.toAbsolutePath().getParent());
        Files.writeString(results, updated);
    }
}
