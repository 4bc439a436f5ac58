package org.crdash.checks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Runs every check over the data: plain functions of {@link CheckData}, so they are tested without a database. */
public final class CheckEngine {

    /** Most severe first, then by kind, series and key. */
    static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity).reversed()
            .thenComparing(Finding::kind).thenComparing(f -> f.seriesKeys().isEmpty() ? "" : f.seriesKeys().getFirst()).thenComparing(Finding::key);

    private CheckEngine() {
    }

    public static List<Finding> run(CheckData data) {
        List<Finding> all = new ArrayList<>();
        all.addAll(ValueConflicts.find(data));
        all.addAll(PassageCheck.find(data));
        all.addAll(arithmetic(data));
        all.sort(ORDER);
        return List.copyOf(all);
    }

    /** The checks that compare series through their relations (growth, chains, units, parts, targets). */
    static List<Finding> arithmetic(CheckData data) {
        List<Finding> all = new ArrayList<>();
        all.addAll(GrowthChecks.find(data));
        all.addAll(GrowthChain.find(data));
        all.addAll(SameQuantity.find(data));
        all.addAll(PartsAndTotal.find(data));
        all.addAll(TargetCheck.find(data));
        return all;
    }
}
