package org.crdash.event.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.crdash.base.NotFoundException;
import org.crdash.base.api.ApiDocs;
import org.crdash.base.api.PageResponse;
import org.crdash.base.Keyset;
import org.crdash.base.api.Params;
import org.crdash.base.api.RequestBodies;
import org.crdash.base.api.VersionedEndpoints;
import org.crdash.base.api.Versions;
import org.crdash.event.Event;
import org.crdash.event.EventFilter;
import org.crdash.event.EventService;
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
 * REST API for events: reading is public; adding, changing, deleting (softly) and restoring needs an editor
 * (HTTP Basic). An event's ETag is its version; changes name the version they are based on.
 */
@RestController
@RequestMapping("/api/events")
class EventApiController {

    private static final Set<String> LIST_PARAMS;

    static {
        var names = new java.util.HashSet<>(EventFilterParams.NAMES);
        names.add("page");
        names.add("size");
        names.add(Keyset.PARAMETER);
        LIST_PARAMS = Set.copyOf(names);
    }

    private final EventService events;
    private final EventFilterParams filterParams;
    private final VersionedEndpoints<Event, EventJson> endpoints = new VersionedEndpoints<>(Event::version,
            EventJson::of);

    EventApiController(EventService events, EventFilterParams filterParams) {
        this.events = events;
        this.filterParams = filterParams;
    }

    /**
     * Events in date order (undated last), filtered and paginated. {@code from}/{@code to} select events whose
     * dates overlap [from, to]; {@code page} is zero-based; {@code size} is at most 500; {@code after} (the
     * previous page's {@code page.next}) walks the list at a constant cost per page.
     */
    @GetMapping
    PageResponse<EventJson> list(HttpServletRequest request,
            @RequestParam(required = false) String category,
            @RequestParam(required = false) String source,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String origin,
            @RequestParam(required = false) String review,
            @RequestParam(required = false) String includeDeleted,
            @RequestParam(required = false) String page,
            @RequestParam(required = false) String size,
            @Parameter(description = Params.AFTER) @RequestParam(required = false) String after) {
        EventFilter filter = filterParams.parse(request, LIST_PARAMS);
        return PageResponse.read(after, page, size, 4, (start, offset, limit) -> events.find(filter, start, offset,
                limit), () -> events.total(filter), EventService::keyOf, EventJson::of);
    }

    /** One event (also a deleted one), with its version as ETag. */
    @ApiDocs.ETagged
    @GetMapping("/{id}")
    ResponseEntity<EventJson> one(@PathVariable long id) {
        return withVersion(ResponseEntity.ok(), events.findById(id)
                .orElseThrow(() -> new NotFoundException("there is no event with id " + id)));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Add an event (editors)", description = "The passage must occur verbatim in the source's "
            + "text. 201 with the event, its Location and ETag; 422 lists every problem with the input; 409 lists "
            + "the claim checks' warnings (another source dates the same event differently) unless "
            + "acknowledgeWarnings=true.")
    @ApiDocs.Write
    @ApiDocs.Created
    @ApiDocs.Warned
    ResponseEntity<EventJson> add(@RequestBody EventRequest body,
            @Parameter(description = Params.ACKNOWLEDGE_WARNINGS_DOC, schema = @Schema(type = "boolean",
                    defaultValue = "false")) @RequestParam(required = false) String acknowledgeWarnings) {
        Event e = events.add(body.toInput(), Params.acknowledgeWarnings(acknowledgeWarnings));
        return withVersion(ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/events/{id}").buildAndExpand(e.id()).toUri()), e);
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Change an event (editors)", description = "Send the whole event and the version you "
            + "loaded (If-Match: \"3\" or a version field). 200 with the new version; 409 if someone else changed "
            + "or deleted it since, or (with the warnings) if the claim checks warn of the new state unless "
            + "acknowledgeWarnings=true; 428 without a version.")
    @ApiDocs.Write
    @ApiDocs.Versioned
    @ApiDocs.Warned
    ResponseEntity<EventJson> update(@PathVariable long id,
            @Parameter(hidden = true) @RequestHeader(name = Versions.IF_MATCH, required = false) String ifMatch,
            @RequestBody EventRequest body,
            @Parameter(description = Params.ACKNOWLEDGE_WARNINGS_DOC, schema = @Schema(type = "boolean",
                    defaultValue = "false")) @RequestParam(required = false) String acknowledgeWarnings) {
        boolean saveAnyway = Params.acknowledgeWarnings(acknowledgeWarnings);
        return endpoints.change("event #" + id, ifMatch, body.version(),
                v -> events.update(id, v, body.toInput(), saveAnyway));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete an event (editors)", description = "A soft delete: the event disappears from "
            + "charts, lists and exports but can be restored. Needs If-Match with the version you loaded. 204 with "
            + "the deleted event's new ETag.")
    @ApiDocs.Write
    @ApiDocs.Versioned
    ResponseEntity<Void> delete(@PathVariable long id,
            @Parameter(hidden = true) @RequestHeader(name = Versions.IF_MATCH, required = false) String ifMatch) {
        return endpoints.delete("event #" + id, ifMatch, v -> events.delete(id, v));
    }

    @PostMapping("/{id}/restore")
    @Operation(summary = "Restore a deleted event (editors)", description = "Needs the deleted event's version "
            + "(If-Match or a JSON body {\"version\": 4}). 200 with the event.")
    @ApiDocs.Write
    @ApiDocs.Versioned
    ResponseEntity<EventJson> restore(@PathVariable long id,
            @Parameter(hidden = true) @RequestHeader(name = Versions.IF_MATCH, required = false) String ifMatch,
            @RequestBody(required = false) ApiDocs.VersionBody body) {
        return endpoints.restore("event #" + id, ifMatch, body, v -> events.restore(id, v));
    }

    private static ResponseEntity<EventJson> withVersion(ResponseEntity.BodyBuilder response, Event e) {
        return response.eTag(Versions.etag(e.version())).body(EventJson.of(e));
    }
}
