package org.crdash.series.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Set;
import org.crdash.base.NotFoundException;
import org.crdash.base.api.ApiDocs;
import org.crdash.base.api.PageResponse;
import org.crdash.base.Keyset;
import org.crdash.base.api.Params;
import org.crdash.base.api.RequestBodies;
import org.crdash.base.api.VersionedEndpoints;
import org.crdash.base.api.Versions;
import org.crdash.series.Observation;
import org.crdash.series.ObservationFilter;
import org.crdash.series.ObservationService;
import org.crdash.series.Series;
import org.crdash.series.SeriesService;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * REST API for series and their observations: reading is public; creating a series and adding, changing,
 * deleting (softly) and restoring observations needs an editor (HTTP Basic). An observation's ETag is its version; changes
 * name the version they are based on ({@code If-Match} or a {@code version} field), so nobody overwrites
 * someone else's change unseen.
 */
@RestController
@RequestMapping("/api")
class SeriesApiController {

    private static final Set<String> OBSERVATION_PARAMS;

    static {
        var names = new java.util.HashSet<>(ObservationFilterParams.NAMES);
        names.add("page");
        names.add("size");
        names.add(Keyset.PARAMETER);
        OBSERVATION_PARAMS = Set.copyOf(names);
    }

    private final SeriesService seriesService;
    private final ObservationService observations;
    private final ObservationFilterParams filterParams;
    private final VersionedEndpoints<Observation, ObservationJson> endpoints =
            new VersionedEndpoints<>(Observation::version, ObservationJson::of);
    private final VersionedEndpoints<Series, SeriesJson> seriesEndpoints;

    SeriesApiController(SeriesService series, ObservationService observations,
                        ObservationFilterParams filterParams) {
        this.seriesEndpoints = new VersionedEndpoints<>(Series::version,
                se -> SeriesJson.of(series.summary(se.key()).orElseThrow()));
        this.seriesService = series;
        this.observations = observations;
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
     * {@code size} is at most 500; {@code after} (the previous page's {@code page.next}) walks the list at a
     * constant cost per page, as {@code page} cannot deep in a long list.
     */
    @GetMapping("/observations")
    PageResponse<ObservationJson> observations(HttpServletRequest request,
            @RequestParam(required = false) List<String> series,
            @RequestParam(required = false) String source,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String origin,
            @RequestParam(required = false) String review,
            @RequestParam(required = false) String includeDeleted,
            @RequestParam(required = false) String page,
            @RequestParam(required = false) String size,
            @Parameter(description = Params.AFTER) @RequestParam(required = false) String after) {
        ObservationFilter filter = filterParams.parse(request, OBSERVATION_PARAMS);
        return PageResponse.read(after, page, size, 5, (start, offset, limit) -> observations.find(filter, start,
                offset, limit), () -> observations.total(filter), ObservationService::keyOf, ObservationJson::of);
    }

    /** One observation (also a deleted one), with its version as ETag. */
    @ApiDocs.ETagged
    @GetMapping("/observations/{id}")
    ResponseEntity<ObservationJson> observation(@PathVariable long id) {
        return withVersion(ResponseEntity.ok(), observations.findById(id)
                .orElseThrow(() -> new NotFoundException("there is no observation with id " + id)));
    }

    @PostMapping(path = "/series", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Create a series (editors)", description = "201 with the series and its Location; 422 "
            + "lists every problem with the input.")
    @ApiDocs.Write
    @ApiDocs.Created
    ResponseEntity<SeriesJson> createSeries(@RequestBody SeriesRequest body) {
        Series s = seriesService.add(body.toInput());
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/series/{key}")
                        .buildAndExpand(s.key()).toUri())
                .eTag(Versions.etag(s.version()))
                .body(SeriesJson.of(seriesService.summary(s.key()).orElseThrow()));
    }

    @PutMapping(path = "/series/{key}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Change a series (editors)", description = "Name, unit, category and description; the key "
            + "never changes, the unit only while no live observation is in it. Needs the version you loaded "
            + "(If-Match or a version field). 200; 409 if someone else changed it since; 422 with every problem.")
    @ApiDocs.Write
    @ApiDocs.Versioned
    ResponseEntity<SeriesJson> updateSeries(@PathVariable String key,
            @Parameter(hidden = true) @RequestHeader(name = Versions.IF_MATCH, required = false) String ifMatch,
            @RequestBody SeriesRequest body) {
        long id = seriesId(key);
        return seriesEndpoints.change("series " + key, ifMatch, body.version(),
                v -> seriesService.update(id, v, body.toInput()));
    }

    @DeleteMapping("/series/{key}")
    @Operation(summary = "Delete a series (editors)", description = "A soft delete. Refused (409, with the count) "
            + "while live observations belong to it, unless withObservations=true: then they are deleted with it, "
            + "each audited. Needs If-Match. 204 with the new ETag.")
    @ApiDocs.Write
    @ApiDocs.Versioned
    ResponseEntity<Void> deleteSeries(@PathVariable String key,
            @Parameter(hidden = true) @RequestHeader(name = Versions.IF_MATCH, required = false) String ifMatch,
            @RequestParam(defaultValue = "false") boolean withObservations) {
        long id = seriesId(key);
        return seriesEndpoints.delete("series " + key, ifMatch, v -> withObservations
                ? seriesService.deleteTogether(id, v) : seriesService.delete(id, v));
    }

    @PostMapping("/series/{key}/restore")
    @Operation(summary = "Restore a deleted series (editors)", description = "Needs its version (If-Match or "
            + "{\"version\": 4}). Observations deleted with it are restored one by one.")
    @ApiDocs.Write
    @ApiDocs.Versioned
    ResponseEntity<SeriesJson> restoreSeries(@PathVariable String key,
            @Parameter(hidden = true) @RequestHeader(name = Versions.IF_MATCH, required = false) String ifMatch,
            @RequestBody(required = false) ApiDocs.VersionBody body) {
        long id = seriesId(key);
        return seriesEndpoints.restore("series " + key, ifMatch, body, v -> seriesService.restore(id, v));
    }

    private long seriesId(String key) {
        return seriesService.findByKey(key).map(Series::id)
                .orElseThrow(() -> new NotFoundException("there is no series with key '" + key + "'"));
    }

    @PostMapping(path = "/observations", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Add an observation (editors)", description = "The passage must occur verbatim in the source's "
            + "text. 201 with the observation, its Location and ETag; 422 lists every problem with the input; 409 "
            + "lists the claim checks' warnings unless acknowledgeWarnings=true.")
    @ApiDocs.Write
    @ApiDocs.Created
    @ApiDocs.Warned
    ResponseEntity<ObservationJson> addObservation(@RequestBody ObservationRequest body,
            @Parameter(description = Params.ACKNOWLEDGE_WARNINGS_DOC, schema = @Schema(type = "boolean",
                    defaultValue = "false")) @RequestParam(required = false) String acknowledgeWarnings) {
        Observation o = observations.add(body.toInput(), Params.acknowledgeWarnings(acknowledgeWarnings));
        return withVersion(ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/observations/{id}").buildAndExpand(o.id()).toUri()), o);
    }

    @PutMapping(path = "/observations/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Change an observation (editors)", description = "Send the whole observation and the version you "
            + "loaded (If-Match: \"3\" or a version field). 200 with the new version; 409 if someone else changed "
            + "or deleted it since, or (with the warnings) if the claim checks warn of the new state unless "
            + "acknowledgeWarnings=true; 428 without a version.")
    @ApiDocs.Write
    @ApiDocs.Versioned
    @ApiDocs.Warned
    ResponseEntity<ObservationJson> updateObservation(@PathVariable long id,
            @Parameter(hidden = true) @RequestHeader(name = Versions.IF_MATCH, required = false) String ifMatch,
            @RequestBody ObservationRequest body,
            @Parameter(description = Params.ACKNOWLEDGE_WARNINGS_DOC, schema = @Schema(type = "boolean",
                    defaultValue = "false")) @RequestParam(required = false) String acknowledgeWarnings) {
        boolean saveAnyway = Params.acknowledgeWarnings(acknowledgeWarnings);
        return endpoints.change("observation #" + id, ifMatch, body.version(),
                v -> observations.update(id, v, body.toInput(), saveAnyway));
    }

    @DeleteMapping("/observations/{id}")
    @Operation(summary = "Delete an observation (editors)", description = "A soft delete: the observation disappears from "
            + "charts, lists and exports but can be restored. Needs If-Match with the version you loaded. 204 with "
            + "the deleted observation's new ETag.")
    @ApiDocs.Write
    @ApiDocs.Versioned
    ResponseEntity<Void> deleteObservation(@PathVariable long id,
            @Parameter(hidden = true) @RequestHeader(name = Versions.IF_MATCH, required = false) String ifMatch) {
        return endpoints.delete("observation #" + id, ifMatch, v -> observations.delete(id, v));
    }

    @PostMapping("/observations/{id}/restore")
    @Operation(summary = "Restore a deleted observation (editors)", description = "Needs the deleted observation's version "
            + "(If-Match or a JSON body {\"version\": 4}). 200 with the observation.")
    @ApiDocs.Write
    @ApiDocs.Versioned
    ResponseEntity<ObservationJson> restoreObservation(@PathVariable long id,
            @Parameter(hidden = true) @RequestHeader(name = Versions.IF_MATCH, required = false) String ifMatch,
            @RequestBody(required = false) ApiDocs.VersionBody body) {
        return endpoints.restore("observation #" + id, ifMatch, body, v -> observations.restore(id, v));
    }

    private static ResponseEntity<ObservationJson> withVersion(ResponseEntity.BodyBuilder response, Observation o) {
        return response.eTag(Versions.etag(o.version())).body(ObservationJson.of(o));
    }
}
