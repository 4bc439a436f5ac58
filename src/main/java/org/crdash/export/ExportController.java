package org.crdash.export;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.crdash.base.api.Params;
import org.crdash.event.EventFilter;
import org.crdash.event.api.EventFilterParams;
import org.crdash.series.ObservationFilter;
import org.crdash.series.api.ObservationFilterParams;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * CSV downloads of observations and events and the data package, streamed straight from the database to the
 * response. Filters are query parameters; a bad one gives a 400 problem naming it. If the database fails midway
 * the exception propagates after the response was committed, so the container aborts the connection instead of
 * ending the chunked body: a client never mistakes a cut-off file for a complete one.
 */
@RestController
@RequestMapping("/api/export")
class ExportController {

    private static final Set<String> OBSERVATION_PARAMS = CsvDownloads.withDialect(ObservationFilterParams.NAMES);
    private static final Set<String> EVENT_PARAMS = CsvDownloads.withDialect(EventFilterParams.NAMES);

    private final ExportService export;
    private final CsvDownloads downloads;
    private final ObservationFilterParams observationParams;
    private final EventFilterParams eventParams;

    ExportController(ExportService export, CsvDownloads downloads, ObservationFilterParams observationParams,
                     EventFilterParams eventParams) {
        this.export = export;
        this.downloads = downloads;
        this.observationParams = observationParams;
        this.eventParams = eventParams;
    }

    /**
     * Observations as CSV. {@code series} may repeat; {@code from}/{@code to} (YYYY, YYYY-Qn, YYYY-MM or
     * YYYY-MM-DD) select periods overlapping [from, to]; {@code excel=true} gives the spreadsheet variant (BOM,
     * formula-like cells neutralised) with {@code decimal=comma} (';', the default) or {@code decimal=point} (',').
     */
    @GetMapping("/observations.csv")
    void observations(HttpServletRequest request, HttpServletResponse response,
            @RequestParam(required = false) List<String> series,
            @RequestParam(required = false) String source,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String origin,
            @RequestParam(required = false) String review,
            @RequestParam(required = false) String includeDeleted,
            @RequestParam(required = false) String excel,
            @RequestParam(required = false) String decimal) throws IOException {
        ObservationFilter filter = observationParams.parse(request, OBSERVATION_PARAMS);
        downloads.send(request, response, ExportTables.OBSERVATIONS, filter.where());
    }

    /** Events as CSV, with the same {@code source}, {@code from}/{@code to}, {@code origin} filters and {@code category}. */
    @GetMapping("/events.csv")
    void events(HttpServletRequest request, HttpServletResponse response,
            @RequestParam(required = false) String category,
            @RequestParam(required = false) String source,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String origin,
            @RequestParam(required = false) String review,
            @RequestParam(required = false) String includeDeleted,
            @RequestParam(required = false) String excel,
            @RequestParam(required = false) String decimal) throws IOException {
        EventFilter filter = eventParams.parse(request, EVENT_PARAMS);
        downloads.send(request, response, ExportTables.EVENTS, filter.where());
    }

    /**
     * Every live row as a Frictionless Tabular Data Package: datapackage.json with a Table Schema per CSV,
     * observations.csv, events.csv, series.csv, sources.csv (and other features' tables), and the source texts.
     */
    @GetMapping("/datapackage.zip")
    void dataPackage(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Params.onlyKnown(request.getParameterMap().keySet(), Set.of());
        CsvDownloads.startDownload(response, "application/zip", export.dataPackageFileName());
        export.writeDataPackage(response.getOutputStream());
    }
}
