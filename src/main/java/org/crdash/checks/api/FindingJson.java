package org.crdash.checks.api;

import java.time.Instant;
import java.util.List;
import org.crdash.checks.Checked;
import org.crdash.checks.Finding;

/** A finding as the API shows it: codes instead of enum names, with its review. */
record FindingJson(String key, String kind, String kindLabel, String verdict, String severity, String title,
                   List<String> seriesKeys, List<String> periods, List<Finding.Involved> observations,
                   List<Finding.Figure> numbers, String formula, String result, ReviewJson review) {

    /** {@code version} -1: nobody has reviewed it. */
    record ReviewJson(String status, String comment, int version, Instant updatedAt, String updatedBy) {
    }

    static FindingJson of(Checked c) {
        Finding f = c.finding();
        return new FindingJson(f.key(), f.kind().code(), f.kind().label(), f.verdict().code(), f.severity().code(),
                f.title(), f.seriesKeys(), f.periods(), f.observations(), f.numbers(), f.formula(), f.result(),
                new ReviewJson(c.review().status().code(), c.review().comment(), c.review().version(),
                        c.review().updatedAt(), c.review().updatedBy()));
    }
}
