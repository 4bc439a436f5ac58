package org.crdash.chart;

import java.util.Comparator;
import java.util.List;
import org.crdash.base.Html;
import org.crdash.base.Origin;
import org.crdash.series.Observation;
import org.crdash.series.Series;
import org.crdash.series.ValueFormat;

/** The HTML of chart tooltips (ECharts shows it as innerHTML: everything from the data is escaped). */
final class Tooltips {

    private Tooltips() {
    }

    /**
     * A value's tooltip: where sources state several values for its period, headed "All values for 2024" and
     * listing each (this one in bold, like OWID's hover); else the value and its source; then its passage.
     */
    static String value(Series series, Observation ob, SourcePalette palette, List<Observation> samePeriod,
                              String passage) {
        StringBuilder sb = new StringBuilder();
        if (samePeriod != null && samePeriod.size() > 1) {
            sb.append(valuesAt(series, samePeriod, palette, ob));
        } else {
            sb.append("<b>").append(Html.escape(ValueFormat.qualified(ob.value(), series.unit(), ob.qualifier())))
                    .append("</b> · ").append(Html.escape(ob.period().display())).append("<br>")
                    .append(swatch(palette, ob.sourceId())).append(' ')
                    .append(Html.escape(palette.label(ob.sourceId())));
        }
        if (ob.origin() == Origin.USER) {
            sb.append(" · <i>user-added</i>");
        }
        if (passage != null && !passage.isBlank()) {
            sb.append("<div style='margin:4px 0;font-style:italic;font-size:12px;line-height:1.35'>“")
                    .append(passage).append("”</div>");
        }
        sb.append("<br><i>Click for the passage in its article</i>");
        return sb.toString();
    }

    /** Every source's value for one period, lowest first; the current one in bold. */
    static String valuesAt(Series series, List<Observation> values, SourcePalette palette, Observation current) {
        StringBuilder sb = new StringBuilder("<div><b>All values for ")
                .append(Html.escape(values.getFirst().period().display())).append("</b>");
        values.stream().sorted(Comparator.comparing(Observation::value).thenComparing(Observation::sourceKey))
                .forEach(v -> {
                    boolean me = current != null && v.id() == current.id();
                    sb.append("<br>").append(swatch(palette, v.sourceId())).append(' ').append(me ? "<b>" : "")
                            .append(Html.escape(ValueFormat.qualified(v.value(), series.unit(), v.qualifier())))
                            .append(" — ").append(Html.escape(palette.label(v.sourceId()))).append(me ? "</b> ◂" : "");
                });
        return sb.append("</div>").toString();
    }

    /** The source's marker as inline SVG, in its colour. */
    static String swatch(SourcePalette palette, long sourceId) {
        return "<svg width='10' height='10' viewBox='0 0 10 10' aria-hidden='true'><path d='" + palette.shape(sourceId)
                + "' fill='" + palette.color(sourceId) + "'/></svg>";
    }
}
