package org.crdash.chart.ui;

import com.vaadin.flow.component.Component;
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
    private final Span caption = new Span();
    private final Paragraph empty = new Paragraph("No values of this series fall in the selected time range.");
    private SeriesChart data;

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

        caption.addClassName("card-caption");
        empty.addClassName("empty-state");
        chart.setId("chart-" + data.series().key());
        chart.addItemClickListener(onItem);
        add(caption);
        show(data);
        if (linkToSeries) {
            Anchor table = new Anchor("series/" + data.series().key(), "Table of all values and sources →");
            table.addClassName("card-link");
            add(table);
        }
    }

    /**
     * Shows another chart of the same series, e.g. the values of a zoomed window from {@link
     * org.crdash.chart.ChartService#chart(String, java.time.LocalDate, java.time.LocalDate, java.util.Collection,
     * java.time.LocalDate, java.time.LocalDate)}; the click listener and the selection stay.
     */
    public void show(SeriesChart next) {
        if (!next.series().key().equals(data.series().key())) {
            throw new IllegalArgumentException("this card shows " + data.series().key() + ", not "
                    + next.series().key());
        }
        this.data = next;
        // an empty zoomed window keeps the chart, so the user can zoom back out
        boolean none = next.observations().isEmpty() && !next.windowed();
        Component shown = none ? empty : chart;
        Component hidden = none ? chart : empty;
        if (hidden.getParent().isPresent()) {
            remove(hidden);
        }
        if (shown.getParent().isEmpty()) {
            addComponentAtIndex(indexOf(caption), shown);
        }
        if (!none) {
            chart.setOption(next.option());
        }
        long sources = next.observations().stream().map(o -> o.sourceId()).distinct().count();
        String values = next.downsampled()
                ? "Showing " + String.format(java.util.Locale.ROOT, "%,d of %,d", next.shownCount(), next.totalCount())
                + " values (the lowest, highest, first and last of each time slice) — zoom in to see all; from "
                : next.observations().size() + " values " + (next.windowed() ? "in the zoomed range " : "") + "from ";
        caption.setText(values + sources + (sources == 1 ? " source" : " sources") + (next.events().isEmpty() ? ""
                : " · " + next.events().size() + " events in range")
                + " · markers: ● exact, ◆ approx., ▲ more than, ▼ less than, ▢ almost; hollow = user-added; "
                + "dashed = span of a range");
        caption.getElement().setAttribute("data-downsampled", String.valueOf(next.downsampled()));
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
