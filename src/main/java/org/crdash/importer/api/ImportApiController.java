package org.crdash.importer.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.crdash.base.api.ApiDocs;
import org.crdash.base.api.Params;
import org.crdash.importer.ImportRejectedException;
import org.crdash.importer.ImportResult;
import org.crdash.importer.ImportService;
import org.crdash.importer.ImportWarningsException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/import/observations} with a {@code text/csv} body: the same all-or-nothing import as the
 * Import view. 200 with the count, 422 with every problem (line, column, message), or 409 with every warning
 * (line, column, code, message) unless {@code acknowledgeWarnings=true}.
 */
@RestController
@RequestMapping("/api/import")
class ImportApiController {

    static final URI REJECTED = URI.create("urn:crdash:problem:import-rejected");
    static final URI WARNINGS = URI.create("urn:crdash:problem:import-warnings");

    private final ImportService imports;

    ImportApiController(ImportService imports) {
        this.imports = imports;
    }

    @Operation(summary = "Import observations from CSV (the export's columns), all or nothing")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, description = "The CSV file (UTF-8, "
            + "',' or ';', the export's columns; at least series_key, period, value, source_file, passage)",
            content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "text/csv",
                    schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string")))
    @ApiDocs.Write
    @ApiDocs.Warned
    @PostMapping(path = "/observations", consumes = "text/csv")
    Map<String, Object> importObservations(HttpServletRequest request, @Parameter(description = "true: import "
            + "also rows the claim checks warn of (the value is not in its passage, it duplicates a stored figure, "
            + "it conflicts with other sources); each audit row records its row's warnings. Without it such a "
            + "file answers 409 with each warning in 'warnings' (line, column, code, message) and nothing is "
            + "imported.", schema = @Schema(type = "boolean", defaultValue = "false"))
            @RequestParam(required = false) String acknowledgeWarnings) throws IOException {
        ImportResult r = imports.importObservations(request.getInputStream(), ImportService.Progress.NONE,
                Params.acknowledgeWarnings(acknowledgeWarnings));
        return Map.of("inserted", r.inserted(), "skippedDeleted", r.skippedDeleted());
    }

    @ExceptionHandler(ImportWarningsException.class)
    ProblemDetail warned(ImportWarningsException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "Nothing was imported: "
                + e.total() + (e.total() == 1 ? " warning" : " warnings") + " to acknowledge"
                + (e.total() > e.warnings().size() ? "; the first " + e.warnings().size() + " are listed" : "")
                + ". Check the rows, or send the file again with " + Params.ACKNOWLEDGE_WARNINGS
                + "=true to import it anyway.");
        problem.setType(WARNINGS);
        problem.setTitle("Warnings to acknowledge");
        problem.setProperty("total", e.total());
        problem.setProperty("warnings", e.warnings().stream().map(w -> Map.<String, Object>of("line", w.line(),
                "column", w.column(), "code", w.code(), "message", w.message())).toList());
        return problem;
    }

    @ExceptionHandler(ImportRejectedException.class)
    ProblemDetail rejected(ImportRejectedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                "Nothing was imported: " + e.total() + (e.total() == 1 ? " problem" : " problems") + " found"
                        + (e.total() > e.problems().size() ? "; the first " + e.problems().size() + " are listed" : "")
                        + ".");
        problem.setType(REJECTED);
        problem.setTitle("Import rejected");
        problem.setProperty("total", e.total());
        List<Map<String, Object>> errors = e.problems().stream().map(p -> Map.<String, Object>of("line", p.line(),
                "column", p.column() == null ? "" : p.column(), "message", p.message())).toList();
        problem.setProperty("errors", errors);
        return problem;
    }
}
