package org.crdash.importer.api;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.crdash.base.api.ApiDocs;
import org.crdash.importer.ImportRejectedException;
import org.crdash.importer.ImportResult;
import org.crdash.importer.ImportService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/import/observations} with a {@code text/csv} body: the same all-or-nothing import as the
 * Import view. 200 with the count, or 422 with every problem (line, column, message).
 */
@RestController
@RequestMapping("/api/import")
class ImportApiController {

    static final URI REJECTED = URI.create("urn:crdash:problem:import-rejected");

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
    @PostMapping(path = "/observations", consumes = "text/csv")
    Map<String, Object> importObservations(HttpServletRequest request) throws IOException {
        ImportResult r = imports.importObservations(request.getInputStream(), ImportService.Progress.NONE);
        return Map.of("inserted", r.inserted(), "skippedDeleted", r.skippedDeleted());
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
