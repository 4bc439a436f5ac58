package org.crdash.chart.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.function.Consumer;
import org.crdash.chart.EChart;
import org.crdash.chart.SeriesChart;

/** One series' chart with its title, a caption of what it shows, and an empty state when there is no data. */
public class ChartCard extends Div {

    private final EChart chart = new EChart();
    private final SeriesChart data;

    public ChartCard(SeriesChart data, Consumer<String> onItem, boolean linkToSeries) {
        this.data = data;
        addClassName("chart-card");
        setId("card-" + data.series().key());
        H3 title = new H3(data.series().name());
        Span unit = new Span(data.series().unit());
        unit.addClassName("unit-badge");
        Div head = new Div(title, unit);
        head.addClassName("card-head");
        add(head);

        long sources = data.observations().stream().map(o -> o.sourceId()).distinct().count();
        Span caption = new Span(data.observations().size() + " values from " + sources
                + (sources == 1 ? " source" : " sources") + (data.events().isEmpty() ? ""
                : " · " + data.events().size() + " events in range")
                + " · markers: ● exact, ◆ approx., ▲ more than, ▼ less than, ▢ almost; hollow = user-added; "
                + "dashed = span of a range");
        caption.addClassName("card-caption");

        if (data.observations().isEmpty()) {
            Paragraph empty = new Paragraph("No values of this series fall in the selected time range.");
            empty.addClassName("empty-state");
            add(empty);
        } else {
            chart.setId("chart-" + data.series().key());
            chart.setOption(data.option());
            chart.addItemClickListener(onItem);
            add(chart);
        }
        add(caption);
        if (linkToSeries) {
            Anchor table = new Anchor("series/" + data.series().key(), "Table of all values and sources →");
            table.addClassName("card-link");
            add(table);
        }
    }

    public EChart chart() {
        return chart;
    }

    public SeriesChart data() {
        return data;
    }

    /** Highlights the item if it is drawn in this card; returns whether it is. */
    public boolean select(String itemId) {
        boolean here = itemId != null && data.observations().stream().anyMatch(o -> ("o" + o.id()).equals(itemId))
                || itemId != null && data.events().stream().anyMatch(e -> ("e" + e.id()).equals(itemId));
        chart.select(here ? itemId : null);
        return here;
    }
}
