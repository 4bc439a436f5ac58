package org.crdash.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DownsamplerTest {

    interface Method {
        int[] apply(double[] x, double[] y, int threshold);
    }

    static final Method MIN_MAX = Downsampler::minMax;
    static final Method LTTB = Downsampler::lttb;

    /** A noisy wave with a few clear spikes (one up, one down) away from the ends. */
    static double[][] noisyWithSpikes(int n, long seed, int upAt, int downAt) {
        Random r = new Random(seed);
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i * 86_400.0;
            y[i] = 100 + 20 * Math.sin(i / 500.0) + r.nextDouble() * 5;
        }
        y[upAt] = 1_000;
        y[downAt] = -1_000;
        return new double[][] {x, y};
    }

    static int argMin(double[] y) {
        int m = 0;
        for (int i = 1; i < y.length; i++) {
            if (y[i] < y[m]) {
                m = i;
            }
        }
        return m;
    }

    static int argMax(double[] y) {
        int m = 0;
        for (int i = 1; i < y.length; i++) {
            if (y[i] > y[m]) {
                m = i;
            }
        }
        return m;
    }

    static void assertStrictlyAscendingWithin(int[] kept, int n) {
        for (int i = 0; i < kept.length; i++) {
            assertThat(kept[i]).isBetween(0, n - 1);
            if (i > 0) {
                assertThat(kept[i]).isGreaterThan(kept[i - 1]);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"minMax", "lttb"})
    void identityWhenThereAreNoMorePointsThanTheThreshold(String name) {
        Method m = name.equals("lttb") ? LTTB : MIN_MAX;
        double[][] p = noisyWithSpikes(100, 1, 10, 20);
        assertThat(m.apply(p[0], p[1], 100)).containsExactly(range(100));
        assertThat(m.apply(p[0], p[1], 1000)).containsExactly(range(100));
        assertThat(m.apply(new double[0], new double[0], 10)).isEmpty();
        assertThat(m.apply(new double[] {1}, new double[] {5}, 10)).containsExactly(0);
    }

    @ParameterizedTest
    @ValueSource(ints = {4, 5, 10, 101, 2000})
    void minMaxKeepsEndsAndGlobalExtremesWithinTheThreshold(int threshold) {
        int n = 100_000;
        double[][] p = noisyWithSpikes(n, 7, 31_337, 77_777);
        int[] kept = Downsampler.minMax(p[0], p[1], threshold);
        assertThat(kept.length).isLessThanOrEqualTo(threshold);
        assertStrictlyAscendingWithin(kept, n);
        assertThat(kept[0]).isZero();
        assertThat(kept[kept.length - 1]).isEqualTo(n - 1);
        assertThat(kept).contains(31_337, 77_777);
    }

    @Test
    void minMaxKeepsTheExtremesOfEveryBucket() {
        // values that fall and rise inside each bucket: every bucket's own min and max must be kept
        int n = 1_002;
        double[] x = new double[n];
        double[] y = new double[n];
        Random r = new Random(3);
        for (int i = 0; i < n; i++) {
            x[i] = i;
            y[i] = r.nextGaussian();
        }
        int threshold = 22; // 10 buckets of 100 inner points
        int[] kept = Downsampler.minMax(x, y, threshold);
        for (int b = 0; b < 10; b++) {
            int from = 1 + b * 100;
            double[] bucket = Arrays.copyOfRange(y, from, from + 100);
            assertThat(kept).contains(from + argMin(bucket), from + argMax(bucket));
        }
        assertThat(kept).hasSize(22);
    }

    @Test
    void minMaxRandomSeriesAlwaysKeepTheGlobalExtremes() {
        Random r = new Random(11);
        for (int round = 0; round < 200; round++) {
            int n = 5 + r.nextInt(3_000);
            double[] x = new double[n];
            double[] y = new double[n];
            double t = 0;
            for (int i = 0; i < n; i++) {
                t += r.nextInt(3); // equal x values included
                x[i] = t;
                y[i] = r.nextInt(50) - 25; // many duplicate values
            }
            int threshold = 4 + r.nextInt(200);
            int[] kept = Downsampler.minMax(x, y, threshold);
            assertThat(kept.length).isLessThanOrEqualTo(threshold);
            assertStrictlyAscendingWithin(kept, n);
            assertThat(kept[0]).isZero();
            assertThat(kept[kept.length - 1]).isEqualTo(n - 1);
            double min = Arrays.stream(y).min().orElseThrow();
            double max = Arrays.stream(y).max().orElseThrow();
            assertThat(Arrays.stream(kept).mapToDouble(i -> y[i])).contains(min, max);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 4, 50, 500, 2000})
    void lttbKeepsEndsAndReturnsExactlyTheThreshold(int threshold) {
        int n = 100_000;
        double[][] p = noisyWithSpikes(n, 5, 12_345, 54_321);
        int[] kept = Downsampler.lttb(p[0], p[1], threshold);
        assertThat(kept).hasSize(threshold);
        assertStrictlyAscendingWithin(kept, n);
        assertThat(kept[0]).isZero();
        assertThat(kept[kept.length - 1]).isEqualTo(n - 1);
    }

    @ParameterizedTest
    @ValueSource(ints = {50, 500, 2000})
    void lttbKeepsClearSpikes(int threshold) {
        int n = 100_000;
        double[][] p = noisyWithSpikes(n, 5, 12_345, 54_321);
        int[] kept = Downsampler.lttb(p[0], p[1], threshold);
        assertThat(kept).contains(12_345, 54_321);
        assertThat(kept).contains(argMax(p[1]), argMin(p[1]));
    }

    @ParameterizedTest
    @ValueSource(strings = {"minMax", "lttb"})
    void equalXAndDuplicatePointsAreHandled(String name) {
        Method m = name.equals("lttb") ? LTTB : MIN_MAX;
        // every x repeated 5 times, and long runs of identical points
        int n = 10_000;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i / 5;
            y[i] = (i / 1000) % 2 == 0 ? 7 : 3;
        }
        y[4_321] = 99;
        int[] kept = m.apply(x, y, 100);
        assertThat(kept.length).isLessThanOrEqualTo(100);
        assertStrictlyAscendingWithin(kept, n);
        assertThat(kept[0]).isZero();
        assertThat(kept[kept.length - 1]).isEqualTo(n - 1);
        assertThat(kept).contains(4_321);

        // all points the same
        double[] same = new double[n];
        Arrays.fill(same, 1.5);
        int[] flat = m.apply(same, same, 10);
        assertThat(flat.length).isBetween(2, 10);
        assertStrictlyAscendingWithin(flat, n);
        assertThat(flat[0]).isZero();
        assertThat(flat[flat.length - 1]).isEqualTo(n - 1);
    }

    @Test
    void rejectsBadInput() {
        double[] x = {1, 2, 3, 4, 5, 6};
        double[] y = {1, 2, 3, 4, 5, 6};
        assertThatThrownBy(() -> Downsampler.minMax(x, y, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Downsampler.lttb(x, y, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Downsampler.lttb(x, new double[5], 4)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("x has 6 values but y has 5");
        assertThatThrownBy(() -> Downsampler.minMax(new double[] {1, 3, 2, 4, 5}, new double[5], 4))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ordered by x");
        assertThatThrownBy(() -> Downsampler.lttb(x, new double[] {1, 2, Double.NaN, 4, 5, 6}, 4))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a number");
    }

    static int[] range(int n) {
        return IntStream.range(0, n).toArray();
    }
}
