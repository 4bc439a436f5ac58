package org.crdash.extraction.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.crdash.base.api.ApiDocs;
import org.crdash.extraction.ExtractionService;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The extraction assistant for scripts: a source's candidates, and rejecting one so it is not proposed again.
 * Editors only (HTTP Basic), as every non-GET API call.
 */
@RestController
@RequestMapping("/api/sources/{key}/candidates")
class ExtractionApiController {

    private final ExtractionService extraction;

    ExtractionApiController(ExtractionService extraction) {
        this.extraction = extraction;
    }

    record Rejection(String reason) {
    }

    @PostMapping
    @ApiDocs.Write
    @Operation(summary = "Propose the observations and events a source states",
            description = "Every number (value, unit, qualifier, period, suggested or proposed series) and every "
                    + "dated event (date, precision, date wording, title, category) of the source's text, each with "
                    + "its sentence as the passage and a status: open, added (the source already has it) or "
                    + "rejected (left out unless includeRejected). Nothing is written.")
    CandidatesJson candidates(@PathVariable String key,
            @Parameter(description = "also list rejected candidates") @RequestParam(defaultValue = "false")
            boolean includeRejected) {
        return CandidatesJson.of(extraction.candidates(key), includeRejected);
    }

    @PostMapping("/{id}/rejection")
    @ApiDocs.Write
    @Operation(summary = "Reject a candidate", description = "It is not proposed again; 404 for an id the source's "
            + "candidates do not have.")
    ResponseEntity<Void> reject(@PathVariable String key, @PathVariable String id,
            @RequestBody(required = false) Rejection body) {
        extraction.reject(key, id, body == null ? null : body.reason());
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/{id}/rejection")
    @ApiDocs.Write
    @Operation(summary = "Propose a rejected candidate again")
    ResponseEntity<Void> unreject(@PathVariable String key, @PathVariable String id) {
        extraction.unreject(key, id);
        return ResponseEntity.noContent().build();
    }
}
