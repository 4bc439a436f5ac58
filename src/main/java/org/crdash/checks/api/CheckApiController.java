package org.crdash.checks.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crdash.base.FieldError;
import org.crdash.base.InvalidParameterException;
import org.crdash.base.NotFoundException;
import org.crdash.base.ValidationException;
import org.crdash.base.api.ApiDocs;
import org.crdash.base.api.RequestBodies;
import org.crdash.checks.CheckExport;
import org.crdash.checks.CheckFilter;
import org.crdash.checks.CheckKind;
import org.crdash.checks.CheckService;
import org.crdash.checks.ReviewStatus;
import org.crdash.checks.Severity;
import org.crdash.checks.Verdict;
import org.crdash.export.CsvDownloads;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The claim checker's findings as JSON and CSV: public, like every other read. Editors record their conclusion
 * about a finding with {@code PUT /api/checks/{key}/review}.
 */
@RestController
@RequestMapping("/api")
class CheckApiController {

    private static final String KIND = "check: value_conflict, period_overlap, not_in_passage, growth_vs_levels, "
            + "growth_chain, same_quantity, parts_and_total, target";
    private static final String VERDICT = "consistent, agrees_after_rounding or conflict";
    private static final String SEVERITY = "none, low, medium or high";
    private static final String SERIES = "a series key the finding involves";
    private static final String SOURCE = "a source key of one of its observations";
    private static final String REVIEW = "open, explained or error_in_source";

    static final Set<String> FILTERS = Set.of("kind", "verdict", "severity", "series", "source", "review");

    private final CheckService checks;
    private final CsvDownloads downloads;

    CheckApiController(CheckService checks, CsvDownloads downloads) {
        this.checks = checks;
        this.downloads = downloads;
    }

    /** Every finding, most severe first, filtered by check, verdict, severity, series, source and review. */
    @GetMapping("/checks")
    @Operation(summary = "Findings of the claim checker")
    Map<String, Object> findings(HttpServletRequest request,
            @RequestParam(required = false) @Parameter(description = KIND) String kind,
            @RequestParam(required = false) @Parameter(description = VERDICT) String verdict,
            @RequestParam(required = false) @Parameter(description = SEVERITY) String severity,
            @RequestParam(required = false) @Parameter(description = SERIES) String series,
            @RequestParam(required = false) @Parameter(description = SOURCE) String source,
            @RequestParam(required = false) @Parameter(description = REVIEW) String review) {
        List<FindingJson> found = checks.findings(filter(request, FILTERS)).stream().map(FindingJson::of).toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("total", found.size());
        body.put("findings", found);
        return body;
    }

    /** How many findings of each kind have each verdict, with the same filters. */
    @GetMapping("/checks/counts")
    @Operation(summary = "Counts of findings per kind and verdict")
    Map<String, Object> counts(HttpServletRequest request,
            @RequestParam(required = false) @Parameter(description = KIND) String kind,
            @RequestParam(required = false) @Parameter(description = VERDICT) String verdict,
            @RequestParam(required = false) @Parameter(description = SEVERITY) String severity,
            @RequestParam(required = false) @Parameter(description = SERIES) String series,
            @RequestParam(required = false) @Parameter(description = SOURCE) String source,
            @RequestParam(required = false) @Parameter(description = REVIEW) String review) {
        Map<String, Object> byKind = new LinkedHashMap<>();
        long total = 0;
        for (var e : checks.counts(filter(request, FILTERS)).entrySet()) {
            Map<String, Long> byVerdict = new LinkedHashMap<>();
            e.getValue().forEach((v, n) -> byVerdict.put(v.code(), n));
            total += byVerdict.values().stream().mapToLong(Long::longValue).sum();
            byKind.put(e.getKey().code(), byVerdict);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("total", total);
        body.put("byKind", byKind);
        return body;
    }

    @GetMapping("/checks/{key}")
    @Operation(summary = "One finding by its key")
    FindingJson finding(@PathVariable String key) {
        return checks.finding(key).map(FindingJson::of).orElseThrow(() -> notFound(key));
    }

    record ReviewRequest(String status, String comment,
            @Schema(types = "integer", description = "the review's version you saw, -1 when it had none") String version) {
    }

    /**
     * Records what an editor concluded: {@code {"status": "explained", "comment": "…", "version": -1}} where
     * version is the review's version the editor saw (-1 when nobody had reviewed it). 409 if someone else
     * reviewed it since.
     */
    @PutMapping("/checks/{key}/review")
    @Operation(summary = "Review a finding (editors): open, explained or error_in_source")
    @ApiDocs.Write
    FindingJson review(@PathVariable String key, @RequestBody ReviewRequest body) {
        if (body.status() == null || body.status().isBlank()) {
            throw new ValidationException("status", "Say what you concluded: open, explained or error_in_source.");
        }
        List<FieldError> errors = new ArrayList<>();
        Integer version = RequestBodies.integer("version", body.version(), errors);
        RequestBodies.check(errors);
        if (version == null) {
            throw new ValidationException("version", "Name the version of the review you saw (-1 when it had none).");
        }
        ReviewStatus status;
        try {
            status = ReviewStatus.ofCode(body.status().strip());
        } catch (IllegalArgumentException e) {
            throw new ValidationException("status", e.getMessage());
        }
        checks.review(key, status, body.comment(), version);
        return finding(key);
    }

    @GetMapping("/checks/{key}/review/history")
    @Operation(summary = "Who reviewed a finding and how, oldest first")
    List<FindingJson.ReviewChangeJson> reviewHistory(@PathVariable String key) {
        return checks.reviewHistory(key).stream().map(FindingJson.ReviewChangeJson::of).toList();
    }

    /** The findings as CSV, with the same filters and the export's dialects ({@code excel}, {@code decimal}). */
    @GetMapping("/export/checks.csv")
    @Operation(summary = "Findings of the claim checker as CSV")
    void csv(HttpServletRequest request, HttpServletResponse response,
            @RequestParam(required = false) @Parameter(description = KIND) String kind,
            @RequestParam(required = false) @Parameter(description = VERDICT) String verdict,
            @RequestParam(required = false) @Parameter(description = SEVERITY) String severity,
            @RequestParam(required = false) @Parameter(description = SERIES) String series,
            @RequestParam(required = false) @Parameter(description = SOURCE) String source,
            @RequestParam(required = false) @Parameter(description = REVIEW) String review,
            @Parameter(description = "true: the spreadsheet variant") String excel,
            @Parameter(description = "comma (default) or point, with excel=true") String decimal)
            throws IOException {
        CheckFilter filter = filter(request, CsvDownloads.withDialect(FILTERS));
        checks.refresh();
        downloads.send(request, response, CheckExport.TABLE, filter.where());
    }

    private static NotFoundException notFound(String key) {
        return new NotFoundException("No finding with key '" + key + "' (the data it compared may have changed).");
    }

    static CheckFilter filter(HttpServletRequest request, Set<String> allowed) {
        for (String name : request.getParameterMap().keySet()) {
            if (!allowed.contains(name)) {
                throw new InvalidParameterException(name, "unknown parameter '" + name + "'; allowed: "
                        + String.join(", ", new java.util.TreeSet<>(allowed)));
            }
        }
        return new CheckFilter(parse(request, "kind", CheckKind::ofCode), parse(request, "verdict", Verdict::ofCode),
                parse(request, "severity", Severity::ofCode), request.getParameter("series"),
                request.getParameter("source"), parse(request, "review", ReviewStatus::ofCode));
    }

    private static <T> T parse(HttpServletRequest request, String name, java.util.function.Function<String, T> of) {
        String value = request.getParameter(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return of.apply(value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException(name, "'" + name + "': " + e.getMessage());
        }
    }
}
