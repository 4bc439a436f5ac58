package org.crdash.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** Timing, medians and the log line of the scale benchmark's parts. */
final class BenchTiming {

    static final long MB = 1024 * 1024;

    private BenchTiming() {
    }

    /** A step's name and its median time in ms over 5 runs after a warm-up. */
    static String[] step(String name, Callable<?> work) {
        try {
            return new String[] {name, String.valueOf(Math.round(median(times(work, 5)) * 1000))};
        } catch (Exception e) {
            throw new IllegalStateException(name, e);
        }
    }

    static double time(Callable<?> work) throws Exception {
        long t = System.nanoTime();
        work.call();
        return seconds(t);
    }

    /** {@code runs} timings after one warm-up. */
    static List<Double> times(Callable<?> work, int runs) throws Exception {
        List<Double> times = new ArrayList<>();
        time(work);
        for (int i = 0; i < runs; i++) {
            times.add(time(work));
        }
        return times;
    }

    static double median(List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    static String millis(List<Double> values) {
        return values.stream().map(v -> String.valueOf(Math.round(v * 1000))).collect(Collectors.joining(", "));
    }

    static String quarter(long bytes) {
        return bytes < 0 ? "no GC" : String.valueOf(bytes / MB);
    }

    static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    static double seconds(Instant start) {
        return Duration.between(start, Instant.now()).toMillis() / 1000.0;
    }

    static void log(String format, Object... args) {
        System.out.printf(Locale.ROOT, "[bench] " + format + "%n", args);
    }
}
