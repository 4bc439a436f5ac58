package org.crdash.chart;

import java.util.List;
import org.crdash.base.Html;
import org.crdash.base.Period;
import org.crdash.base.PeriodPrecision;
import org.crdash.event.Event;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The events drawn as pins on a category lane under a series chart (grid 1). */
final class EventLane {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private EventLane() {
    }

    static void add(ArrayNode out, List<Event> events, SourcePalette palette) {
        ObjectNode scatter = out.addObject();
        scatter.put("type", "scatter");
        scatter.put("id", "events");
        scatter.put("name", "Events");
        scatter.put("xAxisIndex", 1);
        scatter.put("yAxisIndex", 1);
        scatter.put("symbol", "pin");
        scatter.put("symbolSize", 16);
        scatter.putObject("itemStyle").put("color", "#6b4f2a");
        ArrayNode data = scatter.putArray("data");
        for (Event ev : events) {
            Period d = ev.date();
            ObjectNode item = data.addObject();
            ArrayNode value = item.putArray("value");
            value.add(d.midpoint().toString());
            value.add(ev.category());
            item.put("id", "e" + ev.id());
            item.putObject("itemStyle").put("color", palette.color(ev.sourceId()));
            item.put("tip", "<b>" + Html.escape(ev.title()) + "</b><br>" + Html.escape(ev.dateText()) + " · "
                    + Html.escape(ev.category()) + "<br><span style='color:" + palette.color(ev.sourceId()) + "'>●</span> "
                    + Html.escape(palette.label(ev.sourceId())) + "<br><i>Click for the passage</i>");
            if (d.precision() != PeriodPrecision.DAY && d.precision() != PeriodPrecision.MONTH) {
                // a vague date is drawn as a shaded band over everything it may mean
                ObjectNode band = ChartOptions.segment(1, "Events", palette.color(ev.sourceId()), d.start(), d.end(),
                        JSON.stringNode(ev.category()));
                ObjectNode style = (ObjectNode) band.get("lineStyle");
                style.put("width", 9);
                style.put("opacity", 0.22);
                style.put("cap", "round");
                out.add(band);
            }
        }
    }
}
