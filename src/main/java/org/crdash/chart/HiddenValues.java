package org.crdash.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crdash.base.Html;
import org.crdash.series.Observation;
import org.crdash.series.Series;
import org.crdash.series.ValueFormat;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a chart with hidden sources leaves out, said where it matters: the tooltips of the values and whiskers at
 * a period with hidden values list them as "hidden, not counted", so a reader never takes the visible spread
 * (or its absence) for all that the sources state.
 */
final class HiddenValues {

    private HiddenValues() {
    }

    /** Adds the hidden values of each period to the tips of the items drawn at that period's x. */
    static void note(ObjectNode option, Series series, List<Observation> hidden, SourcePalette palette) {
        if (hidden.isEmpty()) {
            return;
        }
        String off = hidden.stream().map(o -> palette.label(o.sourceId())).distinct()
                .collect(java.util.stream.Collectors.joining(", "));
        option.put("crdashDescription", option.path("crdashDescription").asString("")
                + " Hidden in this chart, not counted: " + off + ".");
        Map<String, List<Observation>> byX = new LinkedHashMap<>();
        hidden.stream().sorted(Comparator.comparing(Observation::value))
                .forEach(o -> byX.computeIfAbsent(o.period().midpoint().toString(), k -> new ArrayList<>()).add(o));
        for (JsonNode s : option.path("series")) {
            String role = s.path("crdashRole").asString("");
            if (!role.equals("values") && !role.equals("spread")) {
                continue;
            }
            for (JsonNode d : s.path("data")) {
                List<Observation> here = d.isObject() && d.has("tip") ? byX.get(d.path("value").path(0).asString())
                        : null;
                if (here != null) {
                    ((ObjectNode) d).put("tip", d.get("tip").asString() + sentence(series, here, palette));
                }
            }
        }
    }

    /** "Hidden, not counted: $244.8 bn — Andrieu" (one line per value, the source's marker before it). */
    static String sentence(Series series, List<Observation> hidden, SourcePalette palette) {
        StringBuilder sb = new StringBuilder("<div style='margin-top:4px;color:#555'><i>Hidden in this chart, "
                + "not counted:</i>");
        for (Observation o : hidden) {
            sb.append("<br>").append(Tooltips.swatch(palette, o.sourceId())).append(' ')
                    .append(Html.escape(ValueFormat.qualified(o.value(), series.unit(), o.qualifier())))
                    .append(" — ").append(Html.escape(palette.label(o.sourceId())));
        }
        return sb.append("</div>").toString();
    }
}
