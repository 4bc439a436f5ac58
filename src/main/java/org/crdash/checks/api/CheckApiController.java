package org.crdash.checks.api;

import io.swagger.v3.oas.annotations.Operation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crdash.base.InvalidParameterException;
import org.crdash.base.NotFoundException;
import org.crdash.checks.CheckFilter;
import org.crdash.checks.CheckKind;
import org.crdash.checks.CheckService;
import org.crdash.checks.Finding;
import org.crdash.checks.Severity;
import org.crdash.checks.Verdict;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The claim checker's findings as JSON: public, like every other read. */
@RestController
@RequestMapping("/api/checks")
class CheckApiController {

    private final CheckService checks;

    CheckApiController(CheckService checks) {
        this.checks = checks;
    }

    /** Every finding, most severe first; filters {@code kind}, {@code verdict}, {@code severity}, {@code series}, {@code source}. */
    @GetMapping
    @Operation(summary = "Findings of the claim checker")
    Map<String, Object> findings(@RequestParam(required = false) String kind,
                                 @RequestParam(required = false) String verdict,
                                 @RequestParam(required = false) String severity,
                                 @RequestParam(required = false) String series,
                                 @RequestParam(required = false) String source) {
        List<Finding> found = checks.findings(filter(kind, verdict, severity, series, source));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("total", found.size());
        body.put("findings", found.stream().map(FindingJson::of).toList());
        return body;
    }

    /** How many findings of each kind have each verdict, with the same filters. */
    @GetMapping("/counts")
    @Operation(summary = "Counts of findings per kind and verdict")
    Map<String, Object> counts(@RequestParam(required = false) String kind,
                               @RequestParam(required = false) String verdict,
                               @RequestParam(required = false) String severity,
                               @RequestParam(required = false) String series,
                               @RequestParam(required = false) String source) {
        Map<String, Object> byKind = new LinkedHashMap<>();
        long total = 0;
        for (var e : checks.counts(filter(kind, verdict, severity, series, source)).entrySet()) {
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

    @GetMapping("/{key}")
    @Operation(summary = "One finding by its key")
    FindingJson finding(@PathVariable String key) {
        return checks.finding(key).map(FindingJson::of)
                .orElseThrow(() -> new NotFoundException("No finding with key '" + key + "' (the data it compared "
                        + "may have changed)."));
    }

    static CheckFilter filter(String kind, String verdict, String severity, String series, String source) {
        return new CheckFilter(parse("kind", kind, CheckKind::ofCode), parse("verdict", verdict, Verdict::ofCode),
                parse("severity", severity, Severity::ofCode), series, source);
    }

    private static <T> T parse(String name, String value, java.util.function.Function<String, T> of) {
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
