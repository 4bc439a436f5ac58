package org.crdash.event.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.crdash.base.InvalidParameterException;
import org.crdash.base.api.Params;
import org.crdash.event.EventFilter;
import org.crdash.event.EventService;
import org.crdash.source.SourceService;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/** The query parameters that filter events, shared by {@code /api/events} and the CSV export. */
@NamedInterface("api")
@Component
public class EventFilterParams {

    public static final String CATEGORY = "category";
    public static final String SOURCE = "source";
    public static final String FROM = "from";
    public static final String TO = "to";
    public static final String ORIGIN = "origin";
    public static final String REVIEW = "review";
    public static final String INCLUDE_DELETED = "includeDeleted";
    public static final Set<String> NAMES = Set.of(CATEGORY, SOURCE, FROM, TO, ORIGIN, REVIEW, INCLUDE_DELETED);

    private final SourceService sources;
    private final EventService events;

    EventFilterParams(SourceService sources, EventService events) {
        this.sources = sources;
        this.events = events;
    }

    /** Reads the filter; bad values and parameters not in {@code allowed} give an {@link InvalidParameterException}. */
    public EventFilter parse(HttpServletRequest request, Set<String> allowed) {
        Params.onlyKnown(request.getParameterMap().keySet(), allowed);
        String source = request.getParameter(SOURCE);
        if (source != null && !source.isBlank() && !sources.sourceExists(source.strip())) {
            throw new InvalidParameterException(SOURCE, "unknown source '" + source + "'");
        }
        String category = request.getParameter(CATEGORY);
        if (category != null && !category.isBlank() && !events.categories().contains(category)) {
            throw new InvalidParameterException(CATEGORY, "unknown event category '" + category
                    + "'; expected one of " + String.join(", ", events.categories()));
        }
        return new EventFilter(category, source == null ? null : source.strip(),
                Params.from(request.getParameter(FROM)), Params.to(request.getParameter(TO)),
                Params.origin(request.getParameter(ORIGIN)), Params.review(request.getParameter(REVIEW)),
                Params.bool(INCLUDE_DELETED, request.getParameter(INCLUDE_DELETED), false));
    }
}
