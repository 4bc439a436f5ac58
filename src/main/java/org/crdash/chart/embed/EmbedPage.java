package org.crdash.chart.embed;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.crdash.base.Html;
import org.crdash.chart.ChartComparison;
import org.crdash.chart.ChartSource;
import org.crdash.chart.CompareOptions;
import org.crdash.chart.EChart;
import org.crdash.chart.SeriesChart;
import org.crdash.series.Observation;
import org.crdash.series.ValueFormat;
import tools.jackson.databind.node.ObjectNode;

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
        Set<Long> hidden = ids(c.sources(), hiddenSourceKeys);
        StringBuilder caption = new StringBuilder(counts(c));
        c.spreads().forEach(s -> caption.append(" · ").append(s.sentence(c.series().unit())));
        return page(ctx, c.series().name(), c.series().unit(), c.series().description(), "", c.sources(), hidden,
                c.option(hidden, lines), ctx + "/series/" + c.series().key(), caption.toString(), List.of(c));
    }

    /** Several series of one unit on one chart ({@code /embed/a+b}): a key per series, then per source. */
    static String compared(ChartComparison c, String ctx, Set<String> hiddenSourceKeys, boolean lines) {
        Set<Long> hidden = ids(c.sources(), hiddenSourceKeys);
        StringBuilder keys = new StringBuilder("<ul class='compare-keys' aria-label='Series'>");
        for (int i = 0; i < c.parts().size(); i++) {
            keys.append("<li class='compare-key' data-series='").append(c.parts().get(i).series().key())
                    .append("'>").append(CompareOptions.lineSwatch(i)).append("<span>")
                    .append(Html.escape(c.parts().get(i).series().name())).append("</span></li>");
        }
        keys.append("</ul>");
        if (c.refusal() != null) {
            keys.append("<p class='compare-refusal'>").append(Html.escape(c.refusal())).append("</p>");
        }
        String caption = c.parts().stream().map(p -> p.series().name() + ": " + counts(p) + p.spreads().stream()
                .map(s -> " · " + s.sentence(p.series().unit())).collect(Collectors.joining()))
                .collect(Collectors.joining(" — "));
        String title = c.parts().stream().map(p -> p.series().name()).collect(Collectors.joining(" · "));
        return page(ctx, title, c.unit(), "Compared on one chart: colour and line = series, marker = source", keys.toString(),
                c.sources(), hidden, c.option(hidden, lines, null), ctx + "/?cards=" + c.key().replace("+", "%2B"),
                caption, c.parts());
    }

    private static Set<Long> ids(List<ChartSource> sources, Set<String> keys) {
        return sources.stream().filter(s -> keys.contains(s.sourceKey())).map(ChartSource::sourceId)
                .collect(Collectors.toSet());
    }

    private static String counts(SeriesChart c) {
        int n = c.sources().size();
        return c.observations().size() + " values from " + n + (n == 1 ? " source" : " sources");
    }

    /** The page: heading, keys, chart, source line, caption, tables, the link back and the option. */
    private static String page(String ctx, String title, String unit, String description, String seriesKeys,
                               List<ChartSource> sources, Set<Long> hidden, ObjectNode option, String back,
                               String caption, List<SeriesChart> tables) {
        String name = Html.escape(title);
        StringBuilder sb = head(name, ctx);
        sb.append("<main class='embed'><header><h1>").append(name).append(" <span class='unit-badge'>")
                .append(Html.escape(unit)).append("</span></h1>");
        if (description != null) {
            sb.append("<p class='card-subtitle'>").append(Html.escape(description)).append("</p>");
        }
        sb.append("</header>").append(seriesKeys).append("<ul class='chart-legend' aria-label='Sources'>");
        for (ChartSource s : sources) {
            boolean off = hidden.contains(s.sourceId());
            sb.append("<li class='legend-key").append(off ? " off" : "").append("' data-source='")
                    .append(Html.escape(s.sourceKey())).append("' data-hidden='").append(off).append("'")
                    .append(off ? " title='Hidden in this chart'>" : ">")
                    .append("<span class='legend-marker' aria-hidden='true' style=\"background:").append(s.color())
                    .append(";clip-path:path('").append(s.shape()).append("')\"></span><span>")
                    .append(Html.escape(s.label())).append("</span></li>");
        }
        sb.append("</ul><div id='chart' class='echart' role='img' data-series='").append(Html.escape(back))
                .append("' aria-label='").append(Html.escape(option.path("crdashDescription").asString("")))
                .append("'></div>");
        sb.append("<p class='source-line'>").append(sources.size() == 1 ? "Source: " : "Sources: ")
                .append(Html.escape(sources.stream().map(ChartSource::citation).collect(Collectors.joining("; "))))
                .append(".</p><p class='card-caption'>").append(Html.escape(caption)).append("</p>");
        tables.forEach(t -> table(sb, t, tables.size() > 1));
        sb.append("<p><a id='embed-back' href='").append(Html.escape(back))
                .append("' target='_blank' rel='noopener'>Open in the China–Russia dashboard, every number with its "
                        + "source ↗</a></p>");
        // "<" escaped so no text in the data can end the block
        sb.append("<script type='application/json' id='chart-option'>")
                .append(option.toString().replace("<", "\\u003c"))
                .append("</script></main></body></html>");
        return sb.toString();
    }

    private static void table(StringBuilder sb, SeriesChart c, boolean named) {
        Map<Long, String> labels = c.sources().stream()
                .collect(Collectors.toMap(ChartSource::sourceId, ChartSource::label));
        sb.append("<details><summary>Table of the values").append(named ? ": " + Html.escape(c.series().name()) : "")
                .append("</summary><table><thead><tr><th scope='col'>Period</th>"
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
