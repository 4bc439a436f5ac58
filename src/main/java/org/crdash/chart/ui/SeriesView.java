package org.crdash.chart.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crdash.base.ui.MainLayout;
import org.crdash.chart.ChartService;
import org.crdash.chart.SeriesChart;
import org.crdash.chart.SourcePalette;
import org.crdash.series.Observation;
import org.crdash.series.SeriesSummary;
import org.crdash.series.ValueFormat;

/**
 * One series: its chart and a sortable, keyboard-reachable table of every value with its source (the accessible
 * fallback for the chart). Without a key: the index of all series by category.
 */
@Route(value = "series", layout = MainLayout.class)
@Menu(title = "All series", order = 2, icon = "vaadin:line-chart")
@com.vaadin.flow.server.auth.AnonymousAllowed
public class SeriesView extends Div implements HasUrlParameter<String>, HasDynamicTitle {

    /** Above this many values the table loads page by page instead of all at once. */
    static final int LARGE = 2_000;

    private final ChartService charts;
    private final PassagePanel panel = new PassagePanel();
    private ChartCard card;
    private org.crdash.chart.ui.TimelineCard timeline;
    private Grid<Observation> grid;
    private ViewState state = ViewState.empty();
    private String key;
    private String title = "Series";

    public SeriesView(ChartService charts) {
        this.charts = charts;
        addClassName("series-view");
        panel.addSelectListener(this::select);
        panel.addCloseListener(() -> select(null));
    }

    @Override
    public String getPageTitle() {
        return title + " · China–Russia dashboard";
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String parameter) {
        removeAll();
        card = null;
        grid = null;
        key = parameter;
        state = ViewState.parse(event.getLocation().getQueryParameters());
        if (parameter == null || parameter.isBlank()) {
            showIndex();
            return;
        }
        Optional<SeriesChart> chart = charts.chart(parameter, state.from(), state.to(),
                state.eventCategories() == null ? new LinkedHashSet<>(charts.eventCategories())
                        : state.eventCategories());
        if (chart.isEmpty()) {
            title = "Unknown series";
            add(new H2("No such series"), new Paragraph("There is no series with the key '" + parameter + "'."),
                    new Anchor("series", "All series"));
            return;
        }
        SeriesChart c = chart.get();
        title = c.series().name();
        add(new H2(c.series().name()));
        Span meta = new Span("key " + c.series().key() + " · unit " + c.series().unit() + " · category "
                + c.series().category() + (c.series().description() == null ? "" : " · " + c.series().description()));
        meta.addClassName("source-meta");
        add(meta);

        card = new ChartCard(c, this::select, false);
        card.restore(state.hiddenIn(parameter), !state.noLines().contains(parameter));
        card.onViewChange(() -> {
            state = state.withChart(parameter, card.hiddenSourceKeys(), card.lines());
            updateUrl();
        });
        java.util.Set<String> cats = state.eventCategories() == null
                ? new LinkedHashSet<>(charts.eventCategories()) : state.eventCategories();
        card.chart().addZoomListener((f, t) -> {
            if (card.data().needsRequeryOnZoom()) {
                charts.chart(parameter, state.from(), state.to(), cats, f, t).ifPresent(card::show);
            }
        });
        SourcePalette palette = charts.palette();
        grid = new Grid<>();
        grid.setId("observations");
        grid.setAriaLabel("All values of " + c.series().name() + " with their sources");
        Grid.Column<Observation> period = grid.addColumn(o -> o.period().display()).setHeader("Period")
                .setComparator(Comparator.comparing((Observation o) -> o.period().start())
                        .thenComparing(o -> o.period().end()))
                .setAutoWidth(true);
        grid.addColumn(o -> ValueFormat.qualified(o.value(), c.series().unit(), o.qualifier())).setHeader("Value")
                .setComparator(Comparator.comparing(Observation::value)).setAutoWidth(true);
        grid.addColumn(o -> palette.label(o.sourceId())).setHeader("Source").setSortable(true).setAutoWidth(true);
        grid.addColumn(Observation::passage).setHeader("Passage").setFlexGrow(6).setWidth("24em");
        grid.addColumn(o -> o.origin().code()).setHeader("Origin").setAutoWidth(true).setSortable(true);
        long total = charts.countObservationsOf(c.series());
        if (total <= LARGE) {
            grid.setItems(charts.observationsOf(c.series()));
            grid.sort(List.of(new GridSortOrder<>(period, SortDirection.ASCENDING)));
            grid.setAllRowsVisible(true);
        } else {
            // a long series: rows are fetched page by page as the table scrolls, in period order
            grid.getColumns().forEach(col -> col.setSortable(false));
            grid.setItems(q -> charts.observationsOf(c.series(), q.getOffset(), q.getLimit()).stream(),
                    q -> (int) Math.min(total, Integer.MAX_VALUE));
            grid.setHeight("32em");
        }
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addItemClickListener(e -> select("o" + e.getItem().id()));
        grid.addClassName("observation-table");

        timeline = new org.crdash.chart.ui.TimelineCard(this::select, shown -> getUI().ifPresent(ui -> ui.navigate(
                "series/" + key, state.withEvents(shown.containsAll(charts.eventCategories()) ? null : shown)
                        .toQuery())));
        timeline.show(charts.timeline(c.from(), c.to(), cats), cats, charts.eventCategories());
        Div main = new Div(card, timeline, new H3("All values"), grid);
        main.addClassName("cards");
        Div body = new Div(main, panel);
        body.addClassName("dashboard-body");
        add(body);
        select(state.point());
    }

    private void showIndex() {
        title = "All series";
        add(new H2("All series"));
        Map<String, Div> byCategory = new LinkedHashMap<>();
        for (SeriesSummary s : charts.catalog()) {
            Div list = byCategory.computeIfAbsent(s.categoryLabel(), k -> {
                Div d = new Div();
                d.addClassName("series-index");
                add(new H3(k), d);
                return d;
            });
            Anchor a = new Anchor("series/" + s.series().key(), s.series().name() + " (" + s.observations()
                    + (s.observations() == 1 ? " value" : " values") + ", " + s.series().unit() + ")");
            list.add(new Div(a));
        }
    }

    void select(String itemId) {
        state = state.withPoint(itemId);
        if (itemId == null) {
            panel.showEmpty();
        } else {
            charts.provenance(itemId).ifPresentOrElse(panel::show, () -> panel.showMissing(itemId));
        }
        if (card != null) {
            card.select(itemId);
            timeline.select(itemId);
            card.setGuide(timeline.data().find(itemId).map(org.crdash.chart.EventGuide::of).orElse(null));
        }
        if (grid != null && grid.getDataProvider().isInMemory()) {
            grid.getListDataView().getItems().filter(o -> ("o" + o.id()).equals(itemId)).findFirst()
                    .ifPresentOrElse(grid::select, grid::deselectAll);
        }
        updateUrl();
    }

    private void updateUrl() {
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                new Location("series/" + key, state.toQuery())));
    }

    PassagePanel panel() {
        return panel;
    }

    ChartCard card() {
        return card;
    }
}
