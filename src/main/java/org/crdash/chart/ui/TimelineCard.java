package org.crdash.chart.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.crdash.chart.EChart;
import org.crdash.chart.EventTimeline;
import org.crdash.event.Event;

/**
 * The one events timeline of a dashboard, under its charts on the same time axis: category chips (press to hide
 * or show a category), a row per category, clusters of same-day events with their count.
 */
@StyleSheet("context://styles/charts.css")
public class TimelineCard extends Div {

    private final EChart chart = new EChart();
    private final Div chips = new Div();
    private final Paragraph caption = new Paragraph();
    private final Consumer<String> onItem;
    private final Consumer<Set<String>> onCategories;
    private EventTimeline data;

    public TimelineCard(Consumer<String> onItem, Consumer<Set<String>> onCategories) {
        this.onItem = onItem;
        this.onCategories = onCategories;
        setId("events-timeline");
        addClassNames("chart-card", "timeline-card");
        H3 title = new H3("Events");
        title.setId("title-events-timeline");
        Div head = new Div(title);
        head.addClassName("card-head");
        chips.addClassName("category-chips");
        chips.getElement().setAttribute("role", "group");
        chips.getElement().setAttribute("aria-label", "Event categories (press to hide or show)");
        chart.setId("chart-events");
        chart.setZoomGroup(ChartCard.ZOOM_GROUP);
        chart.getElement().setAttribute("aria-describedby", "title-events-timeline");
        chart.addItemClickListener(onItem);
        chart.addChoiceListener(ids -> ItemChooser.open(ids.size() + " events here: which one?", choices(ids), onItem));
        caption.addClassName("card-caption");
        Anchor all = new Anchor("events", "All events with their passages →");
        all.addClassName("card-link");
        add(head, chips, chart, caption, all);
    }

    /** Shows the timeline; {@code shown} are the categories drawn, {@code all} every category there is. */
    public void show(EventTimeline next, Set<String> shown, List<String> all) {
        this.data = next;
        chips.removeAll();
        for (String c : all) {
            NativeButton chip = new NativeButton(c);
            chip.addClassName("category-chip");
            chip.getElement().setAttribute("data-category", c);
            boolean on = shown.contains(c);
            chip.getElement().setAttribute("aria-pressed", String.valueOf(on));
            chip.getElement().getClassList().set("off", !on);
            chip.addClickListener(e -> {
                Set<String> cats = new LinkedHashSet<>(shown);
                if (!cats.remove(c)) {
                    cats.add(c);
                }
                onCategories.accept(cats);
            });
            chips.add(chip);
        }
        chart.setHeight(next.height() + "px");
        chart.setOption(next.option());
        long clusters = next.events().stream().map(e -> e.category() + e.date().midpoint()).distinct().count();
        caption.setText(next.events().size() + " dated events in " + next.categories().size() + " categories"
                + (clusters < next.events().size() ? "; a number is several events of the same day" : "")
                + ". Click one for its passage; the chosen event is drawn across the charts. Zooming a chart zooms "
                + "the timeline with it.");
    }

    public EventTimeline data() {
        return data;
    }

    public EChart chart() {
        return chart;
    }

    public void select(String itemId) {
        chart.select(data != null && data.find(itemId).isPresent() ? itemId : null);
    }

    private List<ItemChooser.Choice> choices(List<String> ids) {
        List<ItemChooser.Choice> out = new ArrayList<>();
        for (String id : ids) {
            data.find(id).ifPresent((Event e) -> out.add(new ItemChooser.Choice(id, e.dateText() + " · " + e.category()
                    + " — " + e.title(), null, null)));
        }
        return out;
    }

    /** For tests: the category chips. */
    List<NativeButton> chips() {
        return chips.getChildren().map(NativeButton.class::cast).toList();
    }
}
