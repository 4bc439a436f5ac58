package org.crdash.checks.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import org.crdash.checks.Checked;
import org.crdash.checks.Finding;
import org.crdash.checks.ReviewChange;

/** A finding as the API shows it: codes instead of enum names, with its review. */
record FindingJson(String key, String kind, String kindLabel, String verdict, String severity, String title,
                   List<String> seriesKeys, List<String> periods, List<Finding.Involved> observations,
                   List<Finding.Figure> numbers, String formula, String result, List<Finding.Event> events,
                   ReviewJson review) {

    /** {@code version} -1: nobody has reviewed it (then comment, updatedAt and updatedBy are null). */
    record ReviewJson(String status, @Schema(types = {"string", "null"}) String comment, int version,
                      @Schema(types = {"string", "null"}, format = "date-time") Instant updatedAt,
                      @Schema(types = {"string", "null"}) String updatedBy) {
    }

    /** One change of a finding's review, statuses as codes; {@code oldStatus} is null for the first. */
    record ReviewChangeJson(Instant occurredAt, String actor, @Schema(types = {"string", "null"},
            description = "open, explained or error_in_source; null for the first review") String oldStatus,
                            @Schema(allowableValues = {"open", "explained", "error_in_source"}) String newStatus,
                            @Schema(types = {"string", "null"}) String comment) {

        static ReviewChangeJson of(ReviewChange c) {
            return new ReviewChangeJson(c.occurredAt(), c.actor(), c.oldStatus() == null ? null : c.oldStatus().code(),
                    c.newStatus().code(), c.comment());
        }
    }

    static FindingJson of(Checked c) {
        Finding f = c.finding();
        return new FindingJson(f.key(), f.kind().code(), f.kind().label(), f.verdict().code(), f.severity().code(),
                f.title(), f.seriesKeys(), f.periods(), f.observations(), f.numbers(), f.formula(), f.result(),
                f.events(),
                new ReviewJson(c.review().status().code(), c.review().comment(), c.review().version(),
                        c.review().updatedAt(), c.review().updatedBy()));
    }
}
