package org.crdash.chart;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crdash.series.Observation;
import org.crdash.series.ObservationBucket;
import org.crdash.series.ObservationService;
import org.crdash.series.Series;

/** Which real values of a long series a chart draws (see {@link #downsample}). */
final class Downsampling {

    private Downsampling() {
    }

    record Downsampled(List<Observation> shown, long total) {
    }

    /**
     * At most {@value ChartService#MAX_POINTS} real values of [from, to] that keep the shape of the series: the database
     * cuts the range into time buckets and returns per bucket the rows with the lowest and the highest value
     * (per source when there are few sources, so each keeps its colour and extremes; over all sources
     * otherwise), plus the first and last value; {@link Downsampler#minMax} then holds these candidates to the
     * budget, again keeping the extremes, the first and the last. Only those rows are read.
     */
    static Downsampled downsample(ObservationService observations, Series s, LocalDate from, LocalDate to) {
        int sources = observations.countSources(s.id(), ChartService.PER_SOURCE_UP_TO + 1);
        boolean perSource = sources <= ChartService.PER_SOURCE_UP_TO;
        int groups = perSource ? Math.max(1, sources) : 1;
        // two values per bucket and the first and last of each group fit the budget
        int buckets = Math.max(1, (ChartService.MAX_POINTS - 2 * groups) / (2 * groups));
        List<ObservationBucket> found = observations.buckets(s.id(), from, to, buckets, perSource);
        long total = found.stream().mapToLong(ObservationBucket::count).sum();
        Set<Long> ids = new LinkedHashSet<>(observations.firstAndLast(s.id(), from, to, perSource));
        for (ObservationBucket bucket : found) {
            ids.add(bucket.minId());
            ids.add(bucket.maxId());
        }
        ids.remove(0L); // no row (cannot happen within one statement's snapshot; never drawn anyway)
        Map<Long, List<Observation>> byGroup = new LinkedHashMap<>();
        for (Observation o : observations.byIds(ids)) {
            if (!o.deleted()) {
                byGroup.computeIfAbsent(perSource ? o.sourceId() : 0L, k -> new ArrayList<>()).add(o);
            }
        }
        int quota = Math.max(4, ChartService.MAX_POINTS / Math.max(1, byGroup.size()));
        List<Observation> shown = new ArrayList<>();
        for (List<Observation> candidates : byGroup.values()) {
            // by period start, as the first and last value are chosen
            candidates.sort(Comparator.comparing((Observation o) -> o.period().start())
                    .thenComparingLong(Observation::id));
            double[] x = new double[candidates.size()];
            double[] y = new double[candidates.size()];
            for (int i = 0; i < x.length; i++) {
                x[i] = candidates.get(i).period().start().toEpochDay();
                y[i] = candidates.get(i).value().doubleValue();
            }
            for (int i : Downsampler.minMax(x, y, quota)) {
                shown.add(candidates.get(i));
            }
        }
        shown.sort(Comparator.comparing((Observation o) -> o.period().start()).thenComparing(o -> o.period().end())
                .thenComparing(Observation::sourceKey).thenComparingLong(Observation::id));
        return new Downsampled(shown, total);
    }
}
