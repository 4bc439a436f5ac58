package org.crdash.event.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.crdash.base.NotFoundException;
import org.crdash.base.api.PageResponse;
import org.crdash.base.api.Params;
import org.crdash.event.EventFilter;
import org.crdash.event.EventService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Read-only REST API for events. */
@RestController
@RequestMapping("/api/events")
class EventApiController {

    private static final Set<String> LIST_PARAMS;

    static {
        var names = new java.util.HashSet<>(EventFilterParams.NAMES);
        names.add("page");
        names.add("size");
        LIST_PARAMS = Set.copyOf(names);
    }

    private final EventService events;
    private final EventFilterParams filterParams;

    EventApiController(EventService events, EventFilterParams filterParams) {
        this.events = events;
        this.filterParams = filterParams;
    }

    /**
     * Events in date order (undated last), filtered and paginated. {@code from}/{@code to} select events whose
     * dates overlap [from, to]; {@code page} is zero-based; {@code size} is at most 500.
     */
    @GetMapping
    PageResponse<EventJson> list(HttpServletRequest request,
            @RequestParam(required = false) String category,
            @RequestParam(required = false) String source,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String origin,
            @RequestParam(required = false) String includeDeleted,
            @RequestParam(required = false) String page,
            @RequestParam(required = false) String size) {
        EventFilter filter = filterParams.parse(request, LIST_PARAMS);
        int pageNumber = Params.page(page);
        int pageSize = Params.size(size);
        return PageResponse.of(events.find(filter, pageNumber, pageSize), pageNumber, pageSize, events.count(filter),
                EventJson::of);
    }

    @GetMapping("/{id}")
    EventJson one(@PathVariable long id) {
        return events.findById(id).map(EventJson::of)
                .orElseThrow(() -> new NotFoundException("there is no event with id " + id));
    }
}
