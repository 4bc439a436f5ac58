package org.crdash.chart.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.crdash.base.ui.MainLayout;
import org.crdash.chart.ChartService;
import org.crdash.chart.EventGuide;
import org.crdash.export.ui.ExportLinks;
import org.crdash.series.ObservationFilter;
import org.crdash.series.SeriesSummary;

/**
 * The default view: headline charts of China–Russia trade and shares, any other series on demand, events on
 * the time axis, and the passage panel for whatever is clicked. The URL holds the state (see {@link ViewState}).
 */
@Route(value = "", layout = MainLayout.class)
@Menu(title = "Dashboard", order = 1, icon = "vaadin:chart")
@RouteAlias(value = "dashboard", layout = MainLayout.class)
@PageTitle("Dashboard · China–Russia trade and events, sourced")
@com.vaadin.flow.server.auth.AnonymousAllowed
public class DashboardView extends Div implements BeforeEnterObserver {

    private final ChartService charts;
    private final PassagePanel panel = new PassagePanel();
    private final Div cardsArea = new Div();
    private final MultiSelectComboBox<SeriesSummary> picker = new MultiSelectComboBox<>("Add series");
    private final IntegerField fromYear = new IntegerField("From year");
    private final IntegerField toYear = new IntegerField("To year");
    private final ExportLinks<ObservationFilter> csv = ExportLinks.observations("download-csv", "Download what is shown");
    private final List<ChartCard> cards = new ArrayList<>();
    private final List<CompareCard> compared = new ArrayList<>();
    private final TimelineCard timeline = new TimelineCard(this::select, this::showCategories);
    private final List<SeriesSummary> catalog;
    private ViewState state = ViewState.empty();

    public DashboardView(ChartService charts) {
        this.charts = charts;
        this.catalog = charts.catalog();
        addClassName("dashboard-view");

        H2 title = new H2("China–Russia trade and events — every number with its source");
        Paragraph intro = new Paragraph("Each colour is one source article. Where articles disagree, every value "
                + "is shown as its own point — nothing is averaged or dropped. Click a point or an event to read "
                + "the passage it is quoted from.");
        intro.addClassName("intro");

        picker.setId("series-picker");
        picker.setItems(catalog);
        picker.setItemLabelGenerator(s -> s.categoryLabel() + " — " + s.series().name() + " (" + s.observations()
                + ")");
        picker.setPlaceholder("Search " + catalog.size() + " series…");
        picker.setHelperText("The charts shown: add one, or remove it here or with its ×");
        picker.setClearButtonVisible(true);
        picker.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                Set<String> chosen = new LinkedHashSet<>();
                e.getValue().forEach(s -> chosen.add(s.series().key()));
                // a compared card keeps the series still chosen; a new one gets its own card
                List<String> keys = new ArrayList<>();
                for (String card : keys()) {
                    List<String> kept = ViewState.parts(card).stream().filter(chosen::contains).toList();
                    if (!kept.isEmpty()) {
                        keys.add(String.join("+", kept));
                    }
                }
                chosen.stream().filter(k -> !shown(keys).contains(k)).sorted().forEach(keys::add);
                showCards(keys);
            }
        });

        for (IntegerField f : List.of(fromYear, toYear)) {
            f.setMin(1000);
            f.setMax(2100);
            f.setStepButtonsVisible(true);
            f.setClearButtonVisible(true);
            // the two step buttons and the clear button leave the year room, beside Lumo's 1.25em end fade
            f.setWidth("11em");
            f.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    state = state.withRange(fromYear.getValue() == null ? null : LocalDate.of(fromYear.getValue(), 1, 1),
                            toYear.getValue() == null ? null : LocalDate.of(toYear.getValue(), 12, 31));
                    render();
                }
            });
        }
        fromYear.setId("from-year");
        toYear.setId("to-year");

        FlexLayout controls = new FlexLayout(picker, fromYear, toYear, csv);
        controls.addClassName("controls");
        controls.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        controls.setAlignItems(FlexLayout.Alignment.BASELINE);

        cardsArea.addClassName("cards");
        panel.addSelectListener(this::select);
        panel.addCloseListener(() -> select(null));
        Div body = new Div(cardsArea, panel);
        body.addClassName("dashboard-body");
        add(title, intro, controls, body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        state = ViewState.parse(event.getLocation().getQueryParameters());
        picker.setValue(catalog.stream().filter(s -> shown(keys()).contains(s.series().key())).toList());
        fromYear.setValue(state.from() == null ? null : state.from().getYear());
        toYear.setValue(state.to() == null ? null : state.to().getYear());
        render();
    }

    private void render() {
        cards.clear();
        compared.clear();
        cardsArea.removeAll();
        Set<String> cats = state.eventCategories() == null ? new LinkedHashSet<>(charts.eventCategories())
                : state.eventCategories();
        List<String> keys = keys();
        List<String> unknown = new ArrayList<>();
        // one time axis for every chart and the events timeline, so they line up
        ChartService.Range range = charts.range(shown(keys), state.from(), state.to());
        for (String key : keys) {
            if (key.contains("+")) {
                compareCard(key, range, cats);
                continue;
            }
            var chart = charts.chart(key, range.from(), range.to(), cats);
            if (chart.isEmpty()) {
                unknown.add(key);
            }
            chart.ifPresent(c -> {
                ChartCard card = new ChartCard(c, this::select, true);
                card.restore(state.hiddenIn(key), !state.noLines().contains(key));
                card.onViewChange(() -> {
                    state = state.withChart(key, card.hiddenSourceKeys(), card.lines());
                    updateUrl();
                });
                card.chart().addZoomListener((f, t) -> {
                    // a long series drawn downsampled is fetched again for the zoomed window, at full detail
                    // once the window holds few enough values; the page's range stays what the user chose
                    if (card.data().needsRequeryOnZoom()) {
                        charts.chart(key, range.from(), range.to(), cats, f, t).ifPresent(card::show);
                    }
                });
                card.addAction(CompareDialog.button(key, c.series().unit(), List.of(key), catalog,
                        other -> showCards(CardMoves.replaced(keys, key, key + "+" + other))));
                CardMoves.add(card::addAction, key, c.series().name(), keys, this::showCards);
                cards.add(card);
                cardsArea.add(card);
            });
        }
        if (!unknown.isEmpty()) {
            // a mistyped or outdated link: name what it asked for rather than drawing nothing without a word
            Paragraph missing = new Paragraph("This link names series that do not exist here: " + String.join(", ",
                    unknown) + ". Choose series under \u201cAdd series\u201d.");
            missing.addClassName("empty-state");
            cardsArea.add(missing);
        } else if (cards.isEmpty() && compared.isEmpty()) {
            Paragraph empty = new Paragraph("There is no data to chart yet. Seed data loads at startup; check the "
                    + "log if this stays empty.");
            empty.addClassName("empty-state");
            cardsArea.add(empty);
        }
        timeline.show(charts.timeline(range.from(), range.to(), cats), cats, charts.eventCategories());
        cardsArea.add(timeline);
        csv.setFilter(new ObservationFilter(shown(keys), null, state.from(), state.to(), null, null, false));
        select(state.point()); // the selection (and its guide line) on the new charts; also updates the URL
    }

    /** The cards shown, in order: the reader's, or the headline ones and any added by an older link. */
    private List<String> keys() {
        if (state.cards() != null) {
            return state.cards();
        }
        List<String> keys = new ArrayList<>(ChartService.HEADLINE);
        state.series().stream().filter(k -> !keys.contains(k)).forEach(keys::add);
        return keys;
    }

    /** The series drawn by these cards ("a+b" draws a and b). */
    private static List<String> shown(List<String> cardKeys) {
        return cardKeys.stream().flatMap(k -> ViewState.parts(k).stream()).distinct().toList();
    }

    private void showCards(List<String> keys) {
        state = state.withCards(keys);
        picker.setValue(catalog.stream().filter(s -> shown(keys).contains(s.series().key())).toList());
        render();
    }

    /** Several series of one unit on one chart ({@code cards=a+b}); a series of another unit is refused. */
    private void compareCard(String key, ChartService.Range range, Set<String> cats) {
        List<String> parts = ViewState.parts(key);
        org.crdash.chart.ChartComparison c = charts.compare(parts, range.from(), range.to(), cats);
        if (c.parts().isEmpty()) {
            return;
        }
        List<String> keys = keys();
        CompareCard card = new CompareCard(key, c, this::select, off -> showCards(CardMoves.replaced(keys, key,
                String.join("+", parts.stream().filter(k -> !k.equals(off)).toList()))));
        card.restore(state.hiddenIn(parts.getFirst()), !state.noLines().contains(parts.getFirst()));
        card.onViewChange(() -> {
            parts.forEach(k -> state = state.withChart(k, card.hiddenSourceKeys(), card.lines()));
            updateUrl();
        });
        List<String> drawn = c.parts().stream().map(p -> p.series().key()).toList();
        card.addAction(CompareDialog.button(CompareCard.domId(key), c.unit(), drawn, catalog,
                other -> showCards(CardMoves.replaced(keys, key, key + "+" + other))));
        CardMoves.add(card::addAction, key, String.join(" · ", c.parts().stream().map(p -> p.series().name())
                .toList()), keys, this::showCards);
        compared.add(card);
        cardsArea.add(card);
    }

    /** Opens the passage panel for an item ("o12"/"e7"), or closes it for null. */
    void select(String itemId) {
        state = state.withPoint(itemId);
        if (itemId == null) {
            panel.showEmpty();
        } else {
            charts.provenance(itemId).ifPresentOrElse(panel::show, () -> panel.showMissing(itemId));
        }
        cards.forEach(c -> c.select(itemId));
        compared.forEach(c -> c.select(itemId));
        timeline.select(itemId);
        // a chosen event is drawn across every chart
        EventGuide guide = timeline.data() == null ? null
                : timeline.data().find(itemId).map(EventGuide::of).orElse(null);
        cards.forEach(c -> c.setGuide(guide));
        compared.forEach(c -> c.setGuide(guide));
        updateUrl();
    }

    private void showCategories(Set<String> shown) {
        Set<String> all = new LinkedHashSet<>(charts.eventCategories());
        state = state.withEvents(shown.containsAll(all) ? null : shown);
        render();
    }

    private void updateUrl() {
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                new com.vaadin.flow.router.Location("", state.toQuery())));
    }

    /** For tests: the cards currently shown. */
    List<ChartCard> cards() {
        return List.copyOf(cards);
    }

    /** For tests: the cards comparing series. */
    List<CompareCard> compared() {
        return List.copyOf(compared);
    }

    TimelineCard timeline() {
        return timeline;
    }

    PassagePanel panel() {
        return panel;
    }

    ViewState state() {
        return state;
    }
}
