package org.crdash.chart.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.crdash.chart.ChartSource;
import org.crdash.chart.EChart;
import org.crdash.chart.EventGuide;
import org.crdash.chart.SeriesChart;

/**
 * One series' chart as a reader needs it at a glance: title, subtitle (the series' definition) and unit, the
 * legend of its sources (HTML, outside the canvas), a lines/points switch, the chart, and a source line naming
 * every source with "N values from M sources".
 */
@StyleSheet("context://styles/charts.css")
public class ChartCard extends Div {

    /** The charts of a page and its events timeline zoom together ({@link EChart#setZoomGroup(String)}). */
    static final String ZOOM_GROUP = "page";

    private final EChart chart = new EChart();
    private Runnable onViewChange = () -> { };
    private final Div actionBox = new Div();
    private final Span caption = new Span();
    private final Paragraph sourceLine = new Paragraph();
    private final ChartLegend legend = new ChartLegend(h -> {
        redraw();
        this.onViewChange.run();
    });
    private final Checkbox lines = new Checkbox("Lines", true);
    private final Paragraph empty = new Paragraph("No values of this series fall in the selected time range.");
    private final CardTable table;
    private final Div chartPane = new Div();
    private final CardTabs tabs;
    private SeriesChart data;
    private EventGuide guide;

    public ChartCard(SeriesChart data, Consumer<String> onItem, boolean linkToSeries) {
        this.data = data;
        this.table = new CardTable(onItem);
        this.tabs = new CardTabs(data.series().key(), index -> {
            if (index == 1) {
                table.show(this.data);
            }
        });
        addClassName("chart-card");
        setId("card-" + data.series().key());
        H3 title = new H3(data.series().name());
        title.setId("title-" + data.series().key());
        Span unit = new Span(data.series().unit());
        unit.addClassName("unit-badge");
        unit.getElement().setAttribute("title", "unit");
        Div head = new Div(title, unit, actions());
        head.addClassName("card-head");
        add(head);
        if (data.series().description() != null && !data.series().description().isBlank()) {
            Paragraph subtitle = new Paragraph(data.series().description());
            subtitle.addClassName("card-subtitle");
            add(subtitle);
        }
        lines.addClassName("lines-switch");
        lines.setTooltipText("Join each source's values in period order");
        lines.addValueChangeListener(e -> {
            redraw();
            if (e.isFromClient()) {
                onViewChange.run();
            }
        });
        Div keys = new Div(legend, lines);
        keys.addClassName("card-keys");

        caption.addClassName("card-caption");
        sourceLine.addClassName("source-line");
        empty.addClassName("empty-state");
        chart.setId("chart-" + data.series().key());
        chart.setZoomGroup(ZOOM_GROUP);
        chart.getElement().setAttribute("aria-describedby", "title-" + data.series().key());
        chart.addItemClickListener(onItem);
        chart.addChoiceListener(ids -> ItemChooser.open(ids.size() + " values here: which one?",
                ItemChooser.choices(ids, this.data), onItem));
        chartPane.addClassName("chart-pane");
        chartPane.add(keys);
        tabs.add("Chart", chartPane);
        tabs.add("Table", table);
        add(tabs, sourceLine, caption);
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
     * java.time.LocalDate, java.time.LocalDate)}; the click listener, the selection and the hidden sources stay.
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
            chartPane.remove(hidden);
        }
        if (shown.getParent().isEmpty()) {
            chartPane.add(shown);
        }
        legend.show(next.sources(), !next.spreads().isEmpty());
        redraw();
        if (tabs.selected() == 1) {
            table.show(next);
        }
        sourceLine.setText(next.sources().isEmpty() ? "" : (next.sources().size() == 1 ? "Source: " : "Sources: ")
                + next.sources().stream().map(ChartSource::citation).collect(Collectors.joining("; ")) + ".");
        int sources = next.sources().size();
        String values = next.downsampled()
                ? "Showing " + String.format(java.util.Locale.ROOT, "%,d of %,d", next.shownCount(), next.totalCount())
                + " values (the lowest, highest, first and last of each time slice) — zoom in to see all; from "
                : next.observations().size() + " values " + (next.windowed() ? "in the zoomed range " : "") + "from ";
        caption.setText(values + sources + (sources == 1 ? " source" : " sources")
                + (next.spreads().isEmpty() ? "" : " · sources disagree for " + next.spreads().size()
                + (next.spreads().size() == 1 ? " period" : " periods"))
                + " · hollow marker = user-added · dashed = span of a range");
        caption.getElement().setAttribute("data-downsampled", String.valueOf(next.downsampled()));
    }

    private void redraw() {
        if (chart.getParent().isPresent()) {
            chart.setOption(data.option(legend.hidden(), lines.getValue(), guide));
        }
    }

    private Div actions() {
        String key = data.series().key();
        actionBox.add(takeAway(key, this::download, () -> ShareDialog.open(data.series().name(), permalinkPath(),
                "embed/" + key + query())).toArray(Component[]::new));
        actionBox.addClassName("card-actions");
        return actionBox;
    }

    /** PNG, SVG and Share, the ways to take a chart away; {@code domId} makes their ids ("png-a"). */
    static List<Button> takeAway(String domId, Consumer<String> download, Runnable share) {
        Button png = new Button("PNG", VaadinIcon.DOWNLOAD_ALT.create(), e -> download.accept("png"));
        png.setId("png-" + domId);
        png.setTooltipText("Download the chart as a PNG picture, with its title and sources");
        Button svg = new Button("SVG", VaadinIcon.DOWNLOAD_ALT.create(), e -> download.accept("svg"));
        svg.setId("svg-" + domId);
        svg.setTooltipText("Download the chart as an SVG drawing, with its title and sources");
        Button shareButton = new Button("Share", VaadinIcon.LINK.create(), e -> share.run());
        shareButton.setId("share-" + domId);
        for (Button b : List.of(png, svg, shareButton)) {
            b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        }
        return List.of(png, svg, shareButton);
    }

    private void download(String format) {
        chart.download(format, data.series().key() + "." + format, data.series().name() + " (" + data.series().unit()
                + ")", data.series().description(), footer(sourceLine.getText(), caption.getText()), permalinkPath());
    }

    /** A picture's footer: one source per line (a name is never cut in two), the counts and the permalink. */
    static String footer(String sourceLine, String caption) {
        return (sourceLine + "\n" + caption.split(" · hollow")[0]
                + " · China–Russia dashboard, every number with its source: @@URL@@")
                .replaceFirst("^Sources?: ", "Sources:\n").replace("; ", "\n");
    }

    /** This chart on its own page, with this range and selection. */
    public String permalinkPath() {
        return "series/" + data.series().key() + query();
    }

    private String query() {
        ViewState state = new ViewState(List.of(), data.from(), data.to(), null, chart.selected(), Set.of(), Set.of(),
                null).withChart(data.series().key(), hiddenSourceKeys(), lines());
        String q = state.toQuery().getQueryString();
        return q.isEmpty() ? "" : "?" + q;
    }

    /** Draws the selected event as a labelled line across the chart (none for null). */
    public void setGuide(EventGuide next) {
        if (!java.util.Objects.equals(guide, next)) {
            guide = next;
            redraw();
        }
    }

    public EChart chart() {
        return chart;
    }

    public SeriesChart data() {
        return data;
    }

    public ChartLegend legend() {
        return legend;
    }

    /** Whether each source's values are joined by lines. */
    public boolean lines() {
        return lines.getValue();
    }

    public void setLines(boolean on) {
        lines.setValue(on);
    }

    /** Adds a button to the card's head, after download and share (e.g. the dashboard's move and remove). */
    public void addAction(Button action) {
        action.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        actionBox.add(action);
    }

    /** Called when the reader hides or shows a source or switches the lines, so the view can keep it in its URL. */
    public void onViewChange(Runnable listener) {
        this.onViewChange = listener;
    }

    /** The keys of the sources hidden in the legend. */
    public Set<String> hiddenSourceKeys() {
        return legend.hiddenKeys();
    }

    /** Hides the sources with these keys and sets the lines switch, as a permalink asks ({@link ViewState}). */
    public void restore(Set<String> hiddenSourceKeys, boolean showLines) {
        legend.setHiddenKeys(hiddenSourceKeys);
        lines.setValue(showLines);
        redraw();
    }

    /** Sources whose values are hidden. */
    public Set<Long> hiddenSources() {
        return legend.hidden();
    }

    /** Highlights the item if it is drawn in this card; returns whether it is. */
    public boolean select(String itemId) {
        boolean here = itemId != null && data.observations().stream().anyMatch(o -> ("o" + o.id()).equals(itemId))
                || itemId != null && data.events().stream().anyMatch(e -> ("e" + e.id()).equals(itemId));
        chart.select(here ? itemId : null);
        return here;
    }
}
