package org.crdash.series.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Set;
import org.crdash.base.NotFoundException;
import org.crdash.base.api.PageResponse;
import org.crdash.base.api.Params;
import org.crdash.series.ObservationFilter;
import org.crdash.series.SeriesService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Read-only REST API for series and their observations. */
@RestController
@RequestMapping("/api")
class SeriesApiController {

    private static final Set<String> OBSERVATION_PARAMS;

    static {
        var names = new java.util.HashSet<>(ObservationFilterParams.NAMES);
        names.add("page");
        names.add("size");
        OBSERVATION_PARAMS = Set.copyOf(names);
    }

    private final SeriesService seriesService;
    private final ObservationFilterParams filterParams;

    SeriesApiController(SeriesService series, ObservationFilterParams filterParams) {
        this.seriesService = series;
        this.filterParams = filterParams;
    }

    /** Every series with its counts, by category. */
    @GetMapping("/series")
    List<SeriesJson> allSeries() {
        return seriesService.summaries().stream().map(SeriesJson::of).toList();
    }

    @GetMapping("/series/{key}")
    SeriesJson oneSeries(@PathVariable String key) {
        return seriesService.summary(key).map(SeriesJson::of)
                .orElseThrow(() -> new NotFoundException("there is no series with key '" + key + "'"));
    }

    /**
     * Observations, filtered and paginated. {@code series} may repeat; {@code from}/{@code to} select periods
     * that overlap [from, to] and take YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD; {@code page} is zero-based;
     * {@code size} is at most 500.
     */
    @GetMapping("/observations")
    PageResponse<ObservationJson> observations(HttpServletRequest request,
            @RequestParam(required = false) List<String> series,
            @RequestParam(required = false) String source,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String origin,
            @RequestParam(required = false) String includeDeleted,
            @RequestParam(required = false) String page,
            @RequestParam(required = false) String size) {
        ObservationFilter filter = filterParams.parse(request, OBSERVATION_PARAMS);
        int pageNumber = Params.page(page);
        int pageSize = Params.size(size);
        long total = seriesService.countObservations(filter);
        return PageResponse.of(seriesService.findObservations(filter, pageNumber, pageSize), pageNumber, pageSize, total,
                ObservationJson::of);
    }

    @GetMapping("/observations/{id}")
    ObservationJson observation(@PathVariable long id) {
        return seriesService.findObservation(id).map(ObservationJson::of)
                .orElseThrow(() -> new NotFoundException("there is no observation with id " + id));
    }
}
