package org.crdash.chart.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.crdash.chart.ChartSource;
import org.crdash.chart.PeriodSpread;
import org.crdash.chart.SeriesChart;
import org.crdash.series.Observation;
import org.crdash.series.ValueFormat;

/**
 * The chart as a table (the accessible alternative to the canvas): every value drawn with its period, source,
 * passage as the article renders it, a button that opens the passage panel and a link into the article.
 */
final class CardTable extends Div {

    /** A card's table lists at most this many rows; the series page pages through any number. */
    static final int MAX_ROWS = 500;

    private final Consumer<String> onItem;

    CardTable(Consumer<String> onItem) {
        this.onItem = onItem;
        addClassName("card-table");
    }

    void show(SeriesChart data) {
        removeAll();
        String unit = data.series().unit();
        if (!data.spreads().isEmpty()) {
            Paragraph disputes = new Paragraph("Where sources disagree: " + data.spreads().stream()
                    .map(s -> s.sentence(unit)).collect(Collectors.joining("; ")) + ".");
            disputes.addClassName("table-disputes");
            add(disputes);
        }
        Map<Long, ChartSource> sources = data.sources().stream()
                .collect(Collectors.toMap(ChartSource::sourceId, s -> s));
        List<Observation> rows = data.observations().stream()
                .sorted(Comparator.comparing((Observation o) -> o.period().start()).thenComparing(o -> o.period().end())
                        .thenComparing(Observation::value)).limit(MAX_ROWS).toList();
        Element table = new Element("table");
        table.setAttribute("aria-label", "Values of " + data.series().name() + " with their sources");
        Element head = new Element("tr");
        for (String h : List.of("Period", "Value", "Sources disagree", "Source", "Review", "Passage", "")) {
            head.appendChild(new Element("th").setText(h).setAttribute("scope", "col"));
        }
        table.appendChild(new Element("thead").appendChild(head));
        Element body = new Element("tbody");
        for (Observation o : rows) {
            body.appendChild(row(data, o, sources.get(o.sourceId()), unit));
        }
        table.appendChild(body);
        Div scroll = new Div();
        scroll.addClassName("table-scroll");
        scroll.getElement().appendChild(table);
        add(scroll);
        if (data.observations().size() > rows.size() || data.downsampled()) {
            add(new Paragraph(new Anchor("series/" + data.series().key(), "All " + String.format(
                    java.util.Locale.ROOT, "%,d", data.totalCount()) + " values on the series page →")));
        }
    }

    private Element row(SeriesChart data, Observation o, ChartSource s, String unit) {
        Element tr = new Element("tr");
        String value = ValueFormat.qualified(o.value(), unit, o.qualifier());
        PeriodSpread spread = data.spreads().stream().filter(p -> p.period().equals(o.period())).findFirst()
                .orElse(null);
        if (spread != null) {
            tr.getClassList().add("disputed");
        }
        tr.appendChild(new Element("td").setText(o.period().display()));
        tr.appendChild(new Element("td").setText(value + (spread != null ? " ⚠" : ""))
                .setAttribute("title", spread != null ? "sources disagree for this period" : ""));
        // the period's spread, as the chart's whisker labels it: "3 sources · 237–245 · 3.3 %"
        tr.appendChild(new Element("td").setText(spread == null ? "" : spread.label(unit))
                .setAttribute("class", "table-spread"));
        Element source = new Element("td");
        if (s != null) {
            source.appendChild(ChartLegend.marker(s.color(), s.shape()).getElement());
            source.appendChild(new Element("span").setText(" " + s.label()));
        }
        tr.appendChild(source);
        tr.appendChild(new Element("td").setText(o.review().describe(o.reviewReason())));
        Element passage = new Element("td");
        passage.getClassList().add("table-passage");
        String html = data.passages().get(o.id());
        if (html != null) {
            passage.setProperty("innerHTML", html); // rendered by RenderedText: safe, without markup characters
        } else {
            passage.setText(o.passage());
        }
        tr.appendChild(passage);
        Element actions = new Element("td");
        NativeButton open = new NativeButton("Passage", e -> onItem.accept("o" + o.id()));
        open.addClassName("table-open");
        open.getElement().setAttribute("data-item", "o" + o.id());
        open.getElement().setAttribute("aria-label", "Open the passage of " + value + ", " + o.period().display()
                + (s == null ? "" : ", " + s.label()));
        Anchor read = new Anchor("sources/" + o.sourceKey() + "?item=o" + o.id(), "in article");
        read.getElement().setAttribute("aria-label", "Read " + value + " in its article");
        actions.appendChild(open.getElement(), new Element("br"), read.getElement());
        tr.appendChild(actions);
        return tr;
    }
}
