package org.crdash.chart;

import java.time.LocalDate;
import java.util.List;
import org.crdash.series.Series;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The axes and zoom of a series chart: time on x, the series' unit on y (ranks upside down). */
final class ChartAxes {

    private ChartAxes() {
    }

    static void add(ObjectNode o, Series series, LocalDate from, LocalDate to) {
        ArrayNode xAxes = o.putArray("xAxis");
        ArrayNode yAxes = o.putArray("yAxis");
        ObjectNode x0 = timeAxis(xAxes, 0, from, to);
        x0.put("crdashYears", true);
        ObjectNode y0 = yAxes.addObject();
        y0.put("type", "value");
        y0.put("gridIndex", 0);
        y0.put("name", series.unit());
        y0.putObject("nameTextStyle").put("align", "left");
        y0.put("scale", !"%".equals(series.unit()) && !"rank".equals(series.unit()));
        if ("%".equals(series.unit())) {
            y0.put("crdashUnit", "%");
        }
        if ("rank".equals(series.unit())) {
            y0.put("inverse", true);
            y0.put("minInterval", 1);
        }
    }

    static void zoom(ObjectNode o, LocalDate visibleFrom, LocalDate visibleTo) {
        ArrayNode zoom = o.putArray("dataZoom");
        for (String type : List.of("inside", "slider")) {
            ObjectNode z = zoom.addObject();
            z.put("type", type);
            z.putArray("xAxisIndex").add(0);
            z.put("filterMode", "none");
            if (visibleFrom != null) {
                z.put("startValue", visibleFrom.toString());
                z.put("endValue", visibleTo.toString());
            }
            if (type.equals("slider")) {
                z.put("bottom", 8);
                z.put("height", 18);
            }
        }
    }

    private static ObjectNode timeAxis(ArrayNode axes, int grid, LocalDate from, LocalDate to) {
        ObjectNode x = axes.addObject();
        x.put("type", "time");
        x.put("gridIndex", grid);
        x.put("min", from.toString());
        x.put("max", to.toString());
        x.putObject("splitLine").put("show", grid == 0);
        x.putObject("axisLabel").put("hideOverlap", true); // a zoomed axis on a phone has more years than room
        return x;
    }
}
