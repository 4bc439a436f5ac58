package org.crdash.event.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crdash.base.ui.MainLayout;
import org.crdash.chart.ChartService;
import org.crdash.chart.SourcePalette;
import org.crdash.chart.ui.PassagePanel;
import org.crdash.event.Event;
import org.crdash.event.EventFilter;
import org.crdash.event.EventService;
import org.crdash.export.ui.ExportLinks;
import org.crdash.source.Source;
import org.crdash.source.SourceService;

/** Every dated event, filterable by category, source and date range, with the same passage panel. */
@Route(value = "events", layout = MainLayout.class)
@Menu(title = "Events", order = 3, icon = "vaadin:calendar")
@PageTitle("Events · China–Russia dashboard")
@com.vaadin.flow.server.auth.AnonymousAllowed
public class EventsView extends Div implements BeforeEnterObserver {

    private final EventService events;
    private final ChartService charts;
    private final PassagePanel panel = new PassagePanel();
    private final Grid<Event> grid = new Grid<>();
    private final MultiSelectComboBox<String> category = new MultiSelectComboBox<>("Category");
    private final ComboBox<Source> source = new ComboBox<>("Source");
    private final IntegerField from = new IntegerField("From year");
    private final IntegerField to = new IntegerField("To year");
    private final ExportLinks<EventFilter> csv = ExportLinks.events("download-events-csv", "Download these events");
    private String point;

    public EventsView(EventService events, SourceService sources, ChartService charts) {
        this.events = events;
        this.charts = charts;
        addClassName("events-view");
        SourcePalette palette = charts.palette();

        category.setItems(Event.CATEGORIES);
        category.setId("category-filter");
        source.setItems(sources.findAll());
        source.setItemLabelGenerator(s -> palette.label(s.id()) + " — " + s.title());
        source.setClearButtonVisible(true);
        source.setId("source-filter");
        for (IntegerField f : List.of(from, to)) {
            f.setMin(1000);
            f.setMax(2100);
            f.setClearButtonVisible(true);
            f.setWidth("9em");
        }
        category.addValueChangeListener(e -> refresh());
        source.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());

        grid.setId("events");
        grid.setAriaLabel("Dated events with their sources");
        grid.addColumn(e -> e.date().display()).setHeader("Date")
                .setComparator(Comparator.comparing((Event e) -> e.date().start(),
                        Comparator.nullsLast(Comparator.naturalOrder())))
                .setWidth("10em").setFlexGrow(0);
        grid.addColumn(Event::dateText).setHeader("As the text says").setWidth("12em").setFlexGrow(1);
        grid.addColumn(Event::title).setHeader("Event").setWidth("20em").setFlexGrow(4);
        grid.addColumn(Event::category).setHeader("Category").setSortable(true).setAutoWidth(true);
        grid.addColumn(e -> palette.label(e.sourceId())).setHeader("Source").setSortable(true).setAutoWidth(true);
        grid.addItemClickListener(e -> select("e" + e.getItem().id()));
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);

        panel.addCloseListener(() -> select(null));
        FlexLayout filters = new FlexLayout(category, source, from, to, csv);
        filters.addClassName("controls");
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexLayout.Alignment.BASELINE);
        Div main = new Div(grid);
        main.addClassName("cards");
        Div body = new Div(main, panel);
        body.addClassName("dashboard-body");
        add(new H2("Events"), new Paragraph("Every dated event in the sources. Vague dates keep the text's own "
                + "wording; undated mentions are listed last."), filters, body);
        refresh();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters q = event.getLocation().getQueryParameters();
        q.getSingleParameter("category").ifPresent(c -> category.setValue(java.util.Set.of(c)));
        select(q.getSingleParameter("point").orElse(null));
    }

    private void refresh() {
        List<Event> shown = events.findAll().stream()
                .filter(e -> category.getValue().isEmpty() || category.getValue().contains(e.category()))
                .filter(e -> source.getValue() == null || e.sourceId() == source.getValue().id())
                .filter(e -> from.getValue() == null || e.date().end() != null
                        && e.date().end().getYear() >= from.getValue())
                .filter(e -> to.getValue() == null || e.date().start() != null
                        && e.date().start().getYear() <= to.getValue())
                .toList();
        grid.setItems(shown);
        csv.setFilter(shownFilter());
    }

    private EventFilter shownFilter() {
        String cat = category.getValue().size() == 1 ? category.getValue().iterator().next() : null;
        if (from.getValue() != null && to.getValue() != null && to.getValue() < from.getValue()) {
            return EventFilter.ALL; // the table shows nothing either; offer all
        }
        return new EventFilter(cat, source.getValue() == null ? null : source.getValue().sourceKey(),
                from.getValue() == null ? null : LocalDate.of(from.getValue(), 1, 1),
                to.getValue() == null ? null : LocalDate.of(to.getValue(), 12, 31), null, false);
    }

    void select(String itemId) {
        point = itemId;
        if (itemId == null) {
            panel.showEmpty();
            grid.deselectAll();
        } else {
            charts.provenance(itemId).ifPresentOrElse(panel::show, () -> panel.showMissing(itemId));
            grid.getListDataView().getItems().filter(e -> ("e" + e.id()).equals(itemId)).findFirst()
                    .ifPresent(grid::select);
        }
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, new Location("events",
                point == null ? QueryParameters.empty() : QueryParameters.simple(Map.of("point", point)))));
    }

    PassagePanel panel() {
        return panel;
    }
}
