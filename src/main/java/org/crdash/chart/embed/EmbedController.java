package org.crdash.chart.embed;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import org.crdash.chart.ChartService;
import org.crdash.chart.SeriesChart;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code GET /embed/<series key>?from=2019&to=2025}: one chart for other sites to frame — title, key, chart, a
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
    ResponseEntity<String> embed(@PathVariable String key, @RequestParam(required = false) String from,
                                 @RequestParam(required = false) String to, HttpServletRequest request) {
        String ctx = request.getContextPath();
        return charts.chart(key, year(from, true), year(to, false), new LinkedHashSet<>(charts.eventCategories()))
                .map((SeriesChart c) -> ResponseEntity.ok().contentType(HTML)
                        .body(EmbedPage.html(c, ctx)))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(HTML)
                        .body(EmbedPage.missing(key, ctx)));
    }

    /** "2019" (the start or end of that year) or an ISO date; anything else means "fit the data". */
    static LocalDate year(String s, boolean start) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            if (s.matches("\\d{4}")) {
                int y = Integer.parseInt(s);
                return start ? LocalDate.of(y, 1, 1) : LocalDate.of(y, 12, 31);
            }
            return LocalDate.parse(s);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
