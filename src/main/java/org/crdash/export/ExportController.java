package org.crdash.export;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.crdash.base.api.Params;
import org.crdash.event.EventFilter;
import org.crdash.event.api.EventFilterParams;
import org.crdash.series.ObservationFilter;
import org.crdash.series.api.ObservationFilterParams;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * CSV downloads of observations and events (UTF-8, RFC 4180, header row), streamed straight from the database
 * to the response. Filters are query parameters; a bad one gives a 400 problem naming it. If the database fails
 * midway the exception propagates after the response was committed, so the container aborts the connection
 * instead of ending the chunked body: a client never mistakes a cut-off file for a complete one.
 */
@RestController
@RequestMapping("/api/export")
class ExportController {

    static final String EXCEL = "excel";
    static final String CONTENT_TYPE = "text/csv;charset=UTF-8";

    private static final Set<String> OBSERVATION_PARAMS = with(ObservationFilterParams.NAMES, EXCEL);
    private static final Set<String> EVENT_PARAMS = with(EventFilterParams.NAMES, EXCEL);

    private final ExportService export;
    private final ObservationFilterParams observationParams;
    private final EventFilterParams eventParams;

    ExportController(ExportService export, ObservationFilterParams observationParams, EventFilterParams eventParams) {
        this.export = export;
        this.observationParams = observationParams;
        this.eventParams = eventParams;
    }

    /**
     * Observations as CSV. {@code series} may repeat; {@code from}/{@code to} (YYYY, YYYY-Qn, YYYY-MM or
     * YYYY-MM-DD) select periods overlapping [from, to]; {@code excel=true} adds a UTF-8 BOM and uses ';'.
     */
    @GetMapping("/observations.csv")
    void observations(HttpServletRequest request, HttpServletResponse response,
            @RequestParam(required = false) List<String> series,
            @RequestParam(required = false) String source,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String origin,
            @RequestParam(required = false) String includeDeleted,
            @RequestParam(required = false) String excel) throws IOException {
        ObservationFilter filter = observationParams.parse(request, OBSERVATION_PARAMS);
        CsvDialect dialect = CsvDialect.of(Params.bool(EXCEL, excel, false));
        startDownload(response, export.fileName("observations"));
        export.writeObservations(filter, dialect, response.getOutputStream());
    }

    /** Events as CSV, with the same {@code source}, {@code from}/{@code to}, {@code origin} filters and {@code category}. */
    @GetMapping("/events.csv")
    void events(HttpServletRequest request, HttpServletResponse response,
            @RequestParam(required = false) String category,
            @RequestParam(required = false) String source,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String origin,
            @RequestParam(required = false) String includeDeleted,
            @RequestParam(required = false) String excel) throws IOException {
        EventFilter filter = eventParams.parse(request, EVENT_PARAMS);
        CsvDialect dialect = CsvDialect.of(Params.bool(EXCEL, excel, false));
        startDownload(response, export.fileName("events"));
        export.writeEvents(filter, dialect, response.getOutputStream());
    }

    private static void startDownload(HttpServletResponse response, String fileName) {
        response.setContentType(CONTENT_TYPE);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(fileName).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    private static Set<String> with(Set<String> names, String extra) {
        Set<String> all = new HashSet<>(names);
        all.add(extra);
        return Set.copyOf(all);
    }
}
