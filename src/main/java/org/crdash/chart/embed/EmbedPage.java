package org.crdash.chart.embed;

import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.crdash.base.Html;
import org.crdash.chart.ChartSource;
import org.crdash.chart.EChart;
import org.crdash.chart.SeriesChart;
import org.crdash.series.Observation;
import org.crdash.series.ValueFormat;

/**
 * The HTML of an embedded chart. No inline script: the option travels as a JSON data block that
 * {@code scripts/embed.js} draws with ECharts, so a strict Content-Security-Policy holds.
 */
final class EmbedPage {

    private EmbedPage() {
    }

    /**
     * @param hiddenSourceKeys sources left out of the chart, as the permalink's {@code hide} asks
     * @param lines            whether each source's values are joined ({@code nolines} switches them off)
     */
    static String html(SeriesChart c, String ctx, Set<String> hiddenSourceKeys, boolean lines) {
        Set<Long> hidden = c.sources().stream().filter(s -> hiddenSourceKeys.contains(s.sourceKey()))
                .map(ChartSource::sourceId).collect(Collectors.toSet());
        String key = c.series().key();
        String name = Html.escape(c.series().name());
        StringBuilder sb = head(name, ctx);
        sb.append("<main class='embed'><header><h1>").append(name).append(" <span class='unit-badge'>")
                .append(Html.escape(c.series().unit())).append("</span></h1>");
        if (c.series().description() != null) {
            sb.append("<p class='card-subtitle'>").append(Html.escape(c.series().description())).append("</p>");
        }
        sb.append("</header><ul class='chart-legend' aria-label='Sources'>");
        for (ChartSource s : c.sources()) {
            boolean off = hidden.contains(s.sourceId());
            sb.append("<li class='legend-key").append(off ? " off" : "").append("' data-source='")
                    .append(Html.escape(s.sourceKey())).append("' data-hidden='").append(off).append("'")
                    .append(off ? " title='Hidden in this chart'>" : ">")
                    .append("<span class='legend-marker' aria-hidden='true' style=\"background:").append(s.color())
                    .append(";clip-path:path('").append(s.shape()).append("')\"></span><span>")
                    .append(Html.escape(s.label())).append("</span></li>");
        }
        sb.append("</ul><div id='chart' class='echart' role='img' data-series='").append(ctx).append("/series/")
                .append(Html.escape(key)).append("' aria-label='").append(Html.escape(c.option()
                        .path("crdashDescription").asString(""))).append("'></div>");
        sb.append("<p class='source-line'>").append(c.sources().size() == 1 ? "Source: " : "Sources: ")
                .append(Html.escape(c.sources().stream().map(ChartSource::citation).collect(Collectors.joining("; "))))
                .append(".</p><p class='card-caption'>").append(c.observations().size()).append(" values from ")
                .append(c.sources().size()).append(c.sources().size() == 1 ? " source" : " sources");
        c.spreads().forEach(s -> sb.append(" · ").append(Html.escape(s.sentence(c.series().unit()))));
        sb.append("</p>");
        table(sb, c);
        sb.append("<p><a id='embed-back' href='").append(ctx).append("/series/").append(Html.escape(key))
                .append("' target='_blank' rel='noopener'>Open in the China–Russia dashboard, every number with its "
                        + "source ↗</a></p>");
        // "<" escaped so no text in the data can end the block
        sb.append("<script type='application/json' id='chart-option'>")
                .append(c.option(hidden, lines).toString().replace("<", "\\u003c"))
                .append("</script></main></body></html>");
        return sb.toString();
    }

    private static void table(StringBuilder sb, SeriesChart c) {
        Map<Long, String> labels = c.sources().stream()
                .collect(Collectors.toMap(ChartSource::sourceId, ChartSource::label));
        sb.append("<details><summary>Table of the values</summary><table><thead><tr><th scope='col'>Period</th>"
                + "<th scope='col'>Value</th><th scope='col'>Source</th></tr></thead><tbody>");
        c.observations().stream().sorted(Comparator.comparing((Observation o) -> o.period().start())
                .thenComparing(Observation::value)).limit(500).forEach(o -> sb.append("<tr><td>")
                .append(Html.escape(o.period().display())).append("</td><td>")
                .append(Html.escape(ValueFormat.qualified(o.value(), c.series().unit(), o.qualifier())))
                .append("</td><td>").append(Html.escape(labels.getOrDefault(o.sourceId(), o.sourceKey())))
                .append("</td></tr>"));
        sb.append("</tbody></table></details>");
    }

    static String missing(String key, String ctx) {
        return head("Unknown series", ctx) + "<main class='embed'><p>There is no series with the key '"
                + Html.escape(key) + "'.</p></main></body></html>";
    }

    private static StringBuilder head(String title, String ctx) {
        return new StringBuilder("<!doctype html><html lang='en'><head><meta charset='utf-8'>"
                + "<meta name='viewport' content='width=device-width, initial-scale=1'><title>").append(title)
                .append(" · China–Russia dashboard</title><link rel='icon' href='").append(ctx)
                .append("/icons/favicon.svg' type='image/svg+xml'><link rel='stylesheet' href='").append(ctx)
                .append("/styles/embed.css'><script src='").append(ctx).append('/').append(EChart.ECHARTS)
                .append("' defer></script><script src='").append(ctx)
                .append("/scripts/embed.js' defer></script></head><body>");
    }
}
