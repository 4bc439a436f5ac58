package org.crdash.chart.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crdash.base.ReviewStatus;
import org.crdash.base.ui.MainLayout;
import org.crdash.chart.ChartService;
import org.crdash.chart.SourcePalette;
import org.crdash.event.Event;
import org.crdash.event.EventFilter;
import org.crdash.event.EventSearch;
import org.crdash.event.EventService;
import org.crdash.export.ui.ExportLinks;
import org.crdash.source.Source;
import org.crdash.source.SourceService;

/**
 * Every dated event: full-text search over title, passage and date wording, filters by category, source and
 * years — all of it in the URL — and the passage panel. Narrow screens get two columns instead of four, so no
 * column is ever cut off.
 */
@Route(value = "events", layout = MainLayout.class)
@Menu(title = "Events", order = 3, icon = "vaadin:calendar")
@PageTitle("Events · China–Russia dashboard")
@StyleSheet("context://styles/events.css")
@com.vaadin.flow.server.auth.AnonymousAllowed
public class EventsView extends Div implements BeforeEnterObserver {

    static final int NARROW = 700;

    private final EventService events;
    private final ChartService charts;
    private final SourcePalette palette;
    private final EventSnippets snippets;
    private final PassagePanel panel = new PassagePanel();
    private final Grid<Event> grid = new Grid<>();
    private final TextField search = new TextField();
    private final MultiSelectComboBox<String> category = new MultiSelectComboBox<>("Category");
    private final ComboBox<Source> source = new ComboBox<>("Source");
    private final IntegerField from = new IntegerField("From year");
    private final IntegerField to = new IntegerField("To year");
    private final java.util.Map<Long, Source> sourcesById = new java.util.HashMap<>();
    private final Div body;
    private final Span found = new Span();
    private final ExportLinks<EventFilter> csv = ExportLinks.events("download-events-csv", "Download these events");
    private final List<Grid.Column<Event>> wideOnly;
    private String point;
    private boolean loading;

    public EventsView(EventService events, SourceService sources, ChartService charts) {
        this.events = events;
        this.charts = charts;
        this.palette = charts.palette();
        this.snippets = new EventSnippets(sources);
        addClassName("events-view");

        search.setId("event-search");
        search.setLabel("Search");
        search.setPlaceholder("Words in the title, passage or date");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.TIMEOUT);
        search.setValueChangeTimeout(250);
        search.setHelperText("All words must occur; \"quotes\" for a phrase");
        category.setItems(events.categories());
        category.setId("category-filter");
        sources.findAll().forEach(s -> sourcesById.put(s.id(), s));
        source.setItems(sourcesById.values().stream().sorted(Comparator.comparing(Source::sourceKey)).toList());
        source.setItemLabelGenerator(s -> palette.label(s.id()) + " — " + s.title());
        source.setClearButtonVisible(true);
        source.setId("source-filter");
        for (IntegerField f : List.of(from, to)) {
            f.setMin(1000);
            f.setMax(2100);
            f.setClearButtonVisible(true);
            f.setWidth("9em");
        }
        from.setId("from-filter");
        to.setId("to-filter");
        search.addValueChangeListener(e -> refresh());
        category.addValueChangeListener(e -> refresh());
        source.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        found.setId("events-found");
        found.addClassName("events-found");

        grid.setId("events");
        grid.addClassName("events-grid");
        grid.setAriaLabel("Dated events with their sources");
        grid.addColumn(e -> e.date().display()).setHeader("Date").setKey("date")
                .setComparator(Comparator.comparing((Event e) -> e.date().start(),
                        Comparator.nullsLast(Comparator.naturalOrder())))
                .setWidth("8.5em").setFlexGrow(0);
        grid.addColumn(LitRenderer.<Event>of("""
                        <div class="event-title">${item.title}</div>
                        <div class="event-said">${item.said}</div>
                        <div class="event-meta">${item.meta}</div>
                        <div class="event-snippet">${item.pre}<mark>${item.hit}</mark>${item.post}</div>""")
                        .withProperty("title", Event::title)
                        .withProperty("said", e -> e.dateText().equals(e.date().display()) ? ""
                                : "“" + e.dateText() + "”")
                        .withProperty("meta", e -> e.category() + " · " + sourceName(e.sourceId())
                                + (e.review() == ReviewStatus.EXTRACTED ? "" : " · " + e.review().describe(
                                        e.reviewReason())))
                        .withProperty("pre", e -> snippets.of(e).pre())
                        .withProperty("hit", e -> snippets.of(e).hit())
                        .withProperty("post", e -> snippets.of(e).post()))
                .setHeader("Event").setKey("event").setFlexGrow(1);
        wideOnly = List.of(
                // a fixed width: sized to the rows shown, a search's few short categories broke "Category"
                grid.addColumn(Event::category).setHeader("Category").setKey("category").setSortable(true)
                        .setWidth("10.5em").setFlexGrow(0),
                grid.addColumn(e -> sourceName(e.sourceId())).setHeader("Source").setKey("source")
                        .setSortable(true).setWidth("11em").setFlexGrow(0));
        grid.addItemClickListener(e -> select("e" + e.getItem().id()));
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);

        panel.addCloseListener(() -> select(null));
        FlexLayout filters = new FlexLayout(search, category, source, from, to);
        filters.addClassName("controls");
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexLayout.Alignment.BASELINE);
        Div summary = new Div(found, csv);
        summary.addClassName("events-summary");
        Div main = new Div(summary, grid);
        main.addClassName("cards");
        body = new Div(main, panel);
        body.addClassName("dashboard-body");
        add(new H2("Events"), new Paragraph("Every dated event in the sources. Vague dates keep the text's own "
                + "wording; undated mentions are listed last. Click an event to see the passage it is quoted from."),
                filters, body);
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        attachEvent.getUI().getPage().retrieveExtendedClientDetails(d -> narrow(d.getWindowInnerWidth() < NARROW));
        attachEvent.getUI().getPage().addBrowserWindowResizeListener(e -> narrow(e.getWidth() < NARROW));
    }

    /** Four columns on a wide screen; on a phone, category and source move under the title. */
    void narrow(boolean narrow) {
        wideOnly.forEach(c -> c.setVisible(!narrow));
        grid.setClassName("narrow", narrow);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        EventsPageState state = EventsPageState.of(event.getLocation().getQueryParameters().getParameters(),
                events.categories());
        loading = true;
        search.setValue(state.q());
        category.setValue(state.categories());
        source.setValue(state.source() == null ? null : source.getListDataView().getItems()
                .filter(s -> s.sourceKey().equals(state.source())).findFirst().orElse(null));
        from.setValue(state.from());
        to.setValue(state.to());
        loading = false;
        point = state.point();
        refresh();
        select(point);
    }

    private void refresh() {
        if (loading) {
            return;
        }
        EventSearch query = new EventSearch(search.getValue());
        Set<Long> matching = new HashSet<>(events.search(query));
        snippets.search(query);
        List<Event> all = events.findAll();
        List<Event> shown = all.stream()
                .filter(e -> query.isEmpty() || matching.contains(e.id()))
                .filter(e -> category.getValue().isEmpty() || category.getValue().contains(e.category()))
                .filter(e -> source.getValue() == null || e.sourceId() == source.getValue().id())
                .filter(e -> from.getValue() == null || e.date().end() != null
                        && e.date().end().getYear() >= from.getValue())
                .filter(e -> to.getValue() == null || e.date().start() != null
                        && e.date().start().getYear() <= to.getValue())
                .toList();
        grid.setItems(shown);
        found.setText((shown.size() == all.size() ? all.size() + " events"
                : shown.size() + " of " + all.size() + " events")
                + (query.isEmpty() ? "" : " · the downloads apply category, source and years, not the search"));
        csv.setFilter(shownFilter());
        updateUrl();
    }

    private EventFilter shownFilter() {
        String cat = category.getValue().size() == 1 ? category.getValue().iterator().next() : null;
        if (from.getValue() != null && to.getValue() != null && to.getValue() < from.getValue()) {
            return EventFilter.ALL; // the table shows nothing either; offer all
        }
        return new EventFilter(cat, source.getValue() == null ? null : source.getValue().sourceKey(),
                from.getValue() == null ? null : LocalDate.of(from.getValue(), 1, 1),
                to.getValue() == null ? null : LocalDate.of(to.getValue(), 12, 31), null, null, false);
    }

    EventsPageState state() {
        return new EventsPageState(search.getValue(), category.getValue(),
                source.getValue() == null ? null : source.getValue().sourceKey(), from.getValue(), to.getValue(), point);
    }

    private void updateUrl() {
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                new Location("events", new QueryParameters(parameters()))));
    }

    void select(String itemId) {
        point = itemId;
        // the panel takes room from the table only while it shows a passage
        body.setClassName("has-item", itemId != null);
        if (itemId == null) {
            panel.showEmpty();
            grid.deselectAll();
        } else {
            charts.provenance(itemId).ifPresentOrElse(panel::show, () -> panel.showMissing(itemId));
            grid.getListDataView().getItems().filter(e -> ("e" + e.id()).equals(itemId)).findFirst()
                    .ifPresent(e -> {
                        grid.select(e);
                        grid.getElement().executeJs("setTimeout(() => { const r = this.shadowRoot"
                                + " && this.shadowRoot.querySelector('tr[selected]');"
                                + " if (r) { r.scrollIntoView({block: 'center'}); } }, 300)");
                    });
        }
        updateUrl();
    }

    /** The author's name as in the chart legends, or for an article without one its whole title. */
    private String sourceName(long sourceId) {
        Source s = sourcesById.get(sourceId);
        if (s == null) {
            return palette.label(sourceId);
        }
        return s.author() == null || s.author().isBlank() ? s.title() : palette.label(sourceId);
    }

    PassagePanel panel() {
        return panel;
    }

    /** The page's state as URL parameters. */
    Map<String, List<String>> parameters() {
        return state().toParameters(events.categories());
    }
}
