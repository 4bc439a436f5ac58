package org.crdash.extraction.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import org.crdash.base.InvalidParameterException;
import org.crdash.base.api.ApiDocs;
import org.crdash.base.api.Versions;
import org.crdash.extraction.ReviewService;
import org.crdash.base.ReviewStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Review status of observations and events (editors): {@code POST /api/observations/{id}/review} with
 * {@code {"status": "reviewed"}} or {@code {"status": "disputed", "reason": "…"}} and the version loaded (If-Match
 * or {@code "version"}); 204 with the new ETag.
 */
@RestController
class ReviewApiController {

    private final ReviewService reviews;

    ReviewApiController(ReviewService reviews) {
        this.reviews = reviews;
    }

    record Review(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"extracted", "reviewed",
            "disputed"}) String status, String reason,
            @Schema(types = "integer", description = "the version you loaded (or send it as If-Match)") String version) {
    }

    @PostMapping("/api/observations/{id}/review")
    @ApiDocs.Write
    @ApiDocs.Versioned
    @Operation(summary = "Set an observation's review status (editors)", description = "reviewed (only by an editor "
            + "other than the one who added it), disputed (with a reason) or extracted (withdraws either). Audited.")
    ResponseEntity<Void> observation(@PathVariable long id, @Parameter(hidden = true)
            @RequestHeader(name = Versions.IF_MATCH, required = false) String ifMatch, @RequestBody Review body) {
        return review(ReviewService.Target.OBSERVATION, id, ifMatch, body, "observation #" + id);
    }

    @PostMapping("/api/events/{id}/review")
    @ApiDocs.Write
    @ApiDocs.Versioned
    @Operation(summary = "Set an event's review status (editors)", description = "As for observations.")
    ResponseEntity<Void> event(@PathVariable long id, @Parameter(hidden = true)
            @RequestHeader(name = Versions.IF_MATCH, required = false) String ifMatch, @RequestBody Review body) {
        return review(ReviewService.Target.EVENT, id, ifMatch, body, "event #" + id);
    }

    private ResponseEntity<Void> review(ReviewService.Target target, long id, String ifMatch, Review body,
            String what) {
        int version = Versions.expected(ifMatch, body.version(), what);
        ReviewStatus status;
        try {
            status = ReviewStatus.ofCode(body.status() == null ? "" : body.status());
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException("status", e.getMessage());
        }
        boolean changed = reviews.review(target, id, version, status, body.reason());
        return ResponseEntity.noContent().eTag(Versions.etag(changed ? version + 1 : version)).build();
    }
}
