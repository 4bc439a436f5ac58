package org.crdash.series.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Set;
import org.crdash.base.InvalidParameterException;
import org.crdash.base.api.Params;
import org.crdash.series.ObservationFilter;
import org.crdash.series.SeriesService;
import org.crdash.source.SourceService;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/**
 * The query parameters that filter observations, shared by {@code /api/observations} and the CSV export
 * (and by the links that build export URLs), so both read the same filter the same way.
 */
@NamedInterface("api")
@Component
public class ObservationFilterParams {

    public static final String SERIES = "series";
    public static final String SOURCE = "source";
    public static final String FROM = "from";
    public static final String TO = "to";
    public static final String ORIGIN = "origin";
    public static final String REVIEW = "review";
    public static final String INCLUDE_DELETED = "includeDeleted";
    public static final Set<String> NAMES = Set.of(SERIES, SOURCE, FROM, TO, ORIGIN, REVIEW, INCLUDE_DELETED);

    private final SeriesService series;
    private final SourceService sources;

    ObservationFilterParams(SeriesService series, SourceService sources) {
        this.series = series;
        this.sources = sources;
    }

    /**
     * Reads the filter from the request's parameters; unknown series or source keys, malformed dates and
     * parameters not in {@code allowed} are rejected with an {@link InvalidParameterException}.
     */
    public ObservationFilter parse(HttpServletRequest request, Set<String> allowed) {
        Params.onlyKnown(request.getParameterMap().keySet(), allowed);
        String[] seriesValues = request.getParameterValues(SERIES);
        List<String> keys = seriesValues == null ? List.of() : java.util.Arrays.stream(seriesValues)
                .flatMap(v -> java.util.Arrays.stream(v.split(",")))
                .map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        for (String key : keys) {
            if (!series.exists(key)) {
                throw new InvalidParameterException(SERIES, "unknown series '" + key + "'");
            }
        }
        String source = request.getParameter(SOURCE);
        if (source != null && !source.isBlank() && !sources.sourceExists(source.strip())) {
            throw new InvalidParameterException(SOURCE, "unknown source '" + source + "'");
        }
        return new ObservationFilter(keys, source == null ? null : source.strip(),
                Params.from(request.getParameter(FROM)), Params.to(request.getParameter(TO)),
                Params.origin(request.getParameter(ORIGIN)), Params.review(request.getParameter(REVIEW)),
                Params.bool(INCLUDE_DELETED, request.getParameter(INCLUDE_DELETED), false));
    }
}
