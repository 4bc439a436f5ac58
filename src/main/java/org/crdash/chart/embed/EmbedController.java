package org.crdash.chart.embed;

import com.vaadin.flow.router.QueryParameters;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashSet;
import java.util.Set;
import org.crdash.chart.ChartService;
import org.crdash.chart.SeriesChart;
import org.crdash.chart.ui.ViewState;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code GET /embed/<series key>?from=2019&to=2025&hide=<series key>:<source key>&nolines=<series key>}: one chart for other sites to frame
 * (or {@code /embed/a+b}: series a and b of one unit compared on one chart, as the dashboard's {@code cards=a+b}) — title, key, chart, a
 * table of its values, the source line and a link back. A plain page, not a Vaadin view: a Vaadin UI in a
 * cross-site frame would need third-party session cookies, which browsers withhold. It is the only page other
 * origins may frame (see {@code base/security/SecurityConfiguration}).
 */
@Controller
class EmbedController {

    private static final MediaType HTML = new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8);

    private final ChartService charts;

    EmbedController(ChartService charts) {
        this.charts = charts;
    }

    @GetMapping(value = "/embed/{key}", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> embed(@PathVariable String key, HttpServletRequest request) {
        String ctx = request.getContextPath();
        // the permalink's parameters, read as the dashboard reads them: from, to, hide=key:source, nolines=key
        ViewState state = ViewState.parse(QueryParameters.full(request.getParameterMap()));
        java.util.List<String> parts = ViewState.parts(key);
        Set<String> hidden = state.hiddenIn(parts.isEmpty() ? key : parts.getFirst());
        boolean lines = !state.noLines().contains(parts.isEmpty() ? key : parts.getFirst());
        if (parts.size() > 1) {
            // several series on one chart (/embed/a+b), as the dashboard's compared card
            org.crdash.chart.ChartComparison c = charts.compare(parts, state.from(), state.to(),
                    new LinkedHashSet<>(charts.eventCategories()));
            if (!c.parts().isEmpty()) {
                return ResponseEntity.ok().contentType(HTML).body(EmbedPage.compared(c, ctx, hidden, lines));
            }
        }
        return charts.chart(key, state.from(), state.to(), new LinkedHashSet<>(charts.eventCategories()))
                .map((SeriesChart c) -> ResponseEntity.ok().contentType(HTML)
                        .body(EmbedPage.html(c, ctx, hidden, lines)))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(HTML)
                        .body(EmbedPage.missing(key, ctx)));
    }
}
