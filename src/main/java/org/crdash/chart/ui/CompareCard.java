package org.crdash.chart.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.crdash.chart.ChartComparison;
import org.crdash.chart.ChartSource;
import org.crdash.chart.CompareOptions;
import org.crdash.chart.EChart;
import org.crdash.chart.EventGuide;
import org.crdash.chart.SeriesChart;

/**
 * Several series of one unit on one chart ({@link ChartComparison}): a key per series (its colour and line, a
 * button to take it off), a key per source (its marker; press to hide it in every series), the lines switch, the
 * chart, a table per series, the source line and per series "N values from M sources".
 */
@StyleSheet("context://styles/charts.css")
public class CompareCard extends Div {

    private final ChartComparison data;
    private final String domId;
    private final EChart chart = new EChart();
    private final Div actionBox = new Div();
    private final ChartLegend legend = new ChartLegend(h -> viewChanged());
    private final Checkbox lines = new Checkbox("Lines", true);
    private final Paragraph caption = new Paragraph();
    private final Paragraph sourceLine = new Paragraph();
    private final String title;
    private Runnable onViewChange = () -> { };
    private EventGuide guide;

    /**
     * @param cardKey  the card's key as the address has it ("a+b"; it names series refused for their unit too)
     * @param onRemove called with a series' key when the reader takes it off this chart
     */
    public CompareCard(String cardKey, ChartComparison data, Consumer<String> onItem, Consumer<String> onRemove) {
        this.data = data;
        this.domId = domId(cardKey);
        this.title = data.parts().stream().map(p -> p.series().name()).collect(Collectors.joining(" · "));
        addClassNames("chart-card", "compare-card");
        setId("card-" + domId);
        H3 heading = new H3(title);
        heading.setId("title-" + domId);
        Span unit = new Span(data.unit());
        unit.addClassName("unit-badge");
        actionBox.addClassName("card-actions");
        actionBox.add(ChartCard.takeAway(domId, this::download, () -> ShareDialog.open(title, permalinkPath(),
                "embed/" + data.key() + query())).toArray(Component[]::new));
        Div head = new Div(heading, unit, actionBox);
        head.addClassName("card-head");
        add(head);
        if (data.refusal() != null) {
            Paragraph refusal = new Paragraph(data.refusal());
            refusal.addClassName("compare-refusal");
            refusal.getElement().setAttribute("role", "status");
            add(refusal);
        }
        add(seriesKeys(onRemove));
        legend.show(data.sources(), data.parts().stream().anyMatch(p -> !p.spreads().isEmpty()));
        lines.addClassName("lines-switch");
        lines.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                viewChanged();
            }
        });
        Div keys = new Div(legend, lines);
        keys.addClassName("card-keys");
        chart.setId("chart-" + domId);
        chart.setZoomGroup(ChartCard.ZOOM_GROUP);
        chart.addItemClickListener(onItem);
        chart.addChoiceListener(ids -> ItemChooser.open(ids.size() + " values here: which one?", data.parts()
                .stream().flatMap(p -> ItemChooser.choices(ids, p).stream()).toList(), onItem));
        Div pane = new Div(keys, chart);
        pane.addClassName("chart-pane");
        Div tables = new Div();
        CardTabs tabs = new CardTabs(domId, index -> {
            if (index == 1 && tables.getComponentCount() == 0) {
                for (SeriesChart p : data.parts()) {
                    CardTable t = new CardTable(onItem);
                    t.show(p);
                    tables.add(new H4(p.series().name()), t);
                }
            }
        });
        tabs.add("Chart", pane);
        tabs.add("Table", tables);
        sourceLine.addClassName("source-line");
        caption.addClassName("card-caption");
        List<ChartSource> sources = data.sources();
        sourceLine.setText((sources.size() == 1 ? "Source: " : "Sources: ") + sources.stream()
                .map(ChartSource::citation).collect(Collectors.joining("; ")) + ".");
        caption.setText(data.parts().stream().map(CompareCard::counts).collect(Collectors.joining(" · "))
                + " · colour and line = series, marker = source");
        add(tabs, sourceLine, caption);
        redraw();
    }

    /** The card's id part: "a+b" → "a--b" (a "+" is no CSS identifier; keys never hold "--"). */
    static String domId(String cardKey) {
        return cardKey.replace("+", "--");
    }

    private static String counts(SeriesChart p) {
        int n = p.sources().size();
        return p.series().name() + ": " + p.observations().size() + " values from " + n + (n == 1 ? " source"
                : " sources") + (p.spreads().isEmpty() ? "" : ", sources disagree for " + p.spreads().size()
                + (p.spreads().size() == 1 ? " period" : " periods"));
    }

    /** Per series: its line as drawn, its name and a button taking it off the chart. */
    private Div seriesKeys(Consumer<String> onRemove) {
        Div keys = new Div();
        keys.addClassName("compare-keys");
        keys.getElement().setAttribute("role", "list");
        keys.getElement().setAttribute("aria-label", "Series on this chart");
        for (int i = 0; i < data.parts().size(); i++) {
            SeriesChart p = data.parts().get(i);
            Div key = new Div(new Html(CompareOptions.lineSwatch(i)), new Span(p.series().name()));
            key.addClassName("compare-key");
            key.getElement().setAttribute("role", "listitem");
            key.getElement().setAttribute("data-series", p.series().key());
            key.getElement().setAttribute("aria-label", p.series().name() + ", " + CompareOptions.dashName(i)
                    + " line");
            if (data.parts().size() > 1) {
                NativeButton off = new NativeButton("×", e -> onRemove.accept(p.series().key()));
                off.addClassName("compare-off");
                off.getElement().setAttribute("aria-label", "Take “" + p.series().name() + "” off this chart");
                off.getElement().setAttribute("title", "Take this series off the chart");
                key.add(off);
            }
            keys.add(key);
        }
        return keys;
    }

    private void viewChanged() {
        redraw();
        onViewChange.run();
    }

    private void redraw() {
        chart.setOption(data.option(legend.hidden(), lines.getValue(), guide));
    }

    private void download(String format) {
        chart.download(format, domId + "." + format, title + " (" + data.unit() + ")",
                "Compared on one chart", ChartCard.footer(sourceLine.getText(), caption.getText()), permalinkPath());
    }

    /** The dashboard with just this chart, its range, hidden sources and lines. */
    public String permalinkPath() {
        return query();
    }

    private String query() {
        ViewState state = new ViewState(List.of(), data.parts().getFirst().from(), data.parts().getFirst().to(),
                null, chart.selected(), Set.of(), Set.of(), List.of(data.key()));
        for (SeriesChart p : data.parts()) {
            state = state.withChart(p.series().key(), hiddenSourceKeys(), lines());
        }
        return "?" + state.toQuery().getQueryString();
    }

    /** Hides these sources in every series and sets the lines switch, as a permalink asks. */
    public void restore(Set<String> hiddenSourceKeys, boolean showLines) {
        legend.setHiddenKeys(hiddenSourceKeys);
        lines.setValue(showLines);
        redraw();
    }

    public Set<String> hiddenSourceKeys() {
        return legend.hiddenKeys();
    }

    public boolean lines() {
        return lines.getValue();
    }

    public void onViewChange(Runnable listener) {
        this.onViewChange = listener;
    }

    public void addAction(Button action) {
        action.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        actionBox.add(action);
    }

    public void setGuide(EventGuide next) {
        if (!java.util.Objects.equals(guide, next)) {
            guide = next;
            redraw();
        }
    }

    /** Highlights the item if one of the series draws it; returns whether one does. */
    public boolean select(String itemId) {
        boolean here = itemId != null && data.parts().stream().flatMap(p -> p.observations().stream())
                .anyMatch(o -> ("o" + o.id()).equals(itemId));
        chart.select(here ? itemId : null);
        return here;
    }

    public ChartComparison data() {
        return data;
    }

    public EChart chart() {
        return chart;
    }

    public ChartLegend legend() {
        return legend;
    }
}
