package org.crdash.chart;

/**
 * Picks which points of a long series to draw, so a chart stays interactive: the result is the indices of the
 * kept points, ascending, so the caller keeps whatever identity each point has (an observation id).
 *
 * <p>Both methods take the points ordered by x (equal x values are allowed) and return every index when there
 * are no more points than the threshold. Otherwise the first and the last point are always kept and the result
 * has at most {@code threshold} indices.
 * <ul>
 *   <li>{@link #minMax} keeps, per bucket of consecutive points, the lowest and the highest value, so the
 *       global minimum and maximum always survive (what a chart of sourced observations must never hide).</li>
 *   <li>{@link #lttb} (largest-triangle-three-buckets, Steinarsson 2013) keeps one point per bucket, the one
 *       that spans the largest triangle with its neighbours: the visual shape, including clear spikes.</li>
 * </ul>
 */
public final class Downsampler {

    private Downsampler() {
    }

    /**
     * Min/max per bucket: the first and last point, then for each of {@code (threshold - 2) / 2} buckets of
     * consecutive points the lowest and the highest (the earlier one on ties; once if they are the same point).
     *
     * @param threshold at least 4 (so a bucket fits between the first and the last point)
     */
    public static int[] minMax(double[] x, double[] y, int threshold) {
        int n = check(x, y);
        if (threshold < 4) {
            throw new IllegalArgumentException("min/max downsampling needs a threshold of at least 4, not " + threshold);
        }
        if (n <= threshold) {
            return identity(n);
        }
        int buckets = (threshold - 2) / 2;
        int inner = n - 2;
        int[] out = new int[2 + 2 * buckets];
        int size = 0;
        out[size++] = 0;
        for (int b = 0; b < buckets; b++) {
            int from = 1 + (int) ((long) b * inner / buckets);
            int to = 1 + (int) ((long) (b + 1) * inner / buckets);
            if (from >= to) {
                continue;
            }
            int min = from;
            int max = from;
            for (int i = from + 1; i < to; i++) {
                if (y[i] < y[min]) {
                    min = i;
                }
                if (y[i] > y[max]) {
                    max = i;
                }
            }
            out[size++] = Math.min(min, max);
            if (min != max) {
                out[size++] = Math.max(min, max);
            }
        }
        out[size++] = n - 1;
        return java.util.Arrays.copyOf(out, size);
    }

    /**
     * Largest-triangle-three-buckets: exactly {@code threshold} points when the input is longer.
     *
     * @param threshold at least 3 (the first point, one bucket, the last point)
     */
    public static int[] lttb(double[] x, double[] y, int threshold) {
        int n = check(x, y);
        if (threshold < 3) {
            throw new IllegalArgumentException("LTTB needs a threshold of at least 3, not " + threshold);
        }
        if (n <= threshold) {
            return identity(n);
        }
        int[] out = new int[threshold];
        int size = 0;
        double every = (double) (n - 2) / (threshold - 2);
        int a = 0;
        out[size++] = a;
        for (int i = 0; i < threshold - 2; i++) {
            // the average of the next bucket is the triangle's third corner
            int avgFrom = (int) Math.floor((i + 1) * every) + 1;
            int avgTo = Math.min((int) Math.floor((i + 2) * every) + 1, n);
            double avgX = 0;
            double avgY = 0;
            for (int j = avgFrom; j < avgTo; j++) {
                avgX += x[j];
                avgY += y[j];
            }
            int count = avgTo - avgFrom;
            avgX /= count;
            avgY /= count;

            int from = (int) Math.floor(i * every) + 1;
            int to = (int) Math.floor((i + 1) * every) + 1;
            double ax = x[a];
            double ay = y[a];
            double maxArea = -1;
            int chosen = from;
            for (int j = from; j < to; j++) {
                double area = Math.abs((ax - avgX) * (y[j] - ay) - (ax - x[j]) * (avgY - ay));
                if (area > maxArea) {
                    maxArea = area;
                    chosen = j;
                }
            }
            out[size++] = chosen;
            a = chosen;
        }
        out[size++] = n - 1;
        return out;
    }

    private static int check(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("x has " + x.length + " values but y has " + y.length);
        }
        for (int i = 0; i < x.length; i++) {
            if (Double.isNaN(x[i]) || Double.isNaN(y[i])) {
                throw new IllegalArgumentException("point " + i + " is not a number");
            }
            if (i > 0 && x[i] < x[i - 1]) {
                throw new IllegalArgumentException("points must be ordered by x; point " + i + " comes before point "
                        + (i - 1));
            }
        }
        return x.length;
    }

    private static int[] identity(int n) {
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        return all;
    }
}
