package org.crdash.deleted.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.crdash.base.ConflictException;
import org.crdash.base.Decimals;
import org.crdash.base.Timestamps;
import org.crdash.base.security.Roles;
import org.crdash.base.ui.MainLayout;
import org.crdash.event.Event;
import org.crdash.event.EventService;
import org.crdash.series.Observation;
import org.crdash.series.ObservationService;
import org.crdash.series.Series;
import org.crdash.series.SeriesService;
import org.crdash.source.Source;
import org.crdash.source.SourceService;

/** Deleted observations, events, series and sources, each restorable. Nothing is ever removed from the database. */
@Route(value = "deleted", layout = MainLayout.class)
@Menu(title = "Deleted", order = 14, icon = "vaadin:trash")
@PageTitle("Deleted · China–Russia dashboard")
@RolesAllowed(Roles.EDITOR)
public class DeletedView extends VerticalLayout {

    private final ObservationService observationService;
    private final EventService events;
    private final Grid<Observation> observations = new Grid<>();
    private final Grid<Event> eventGrid = new Grid<>();
    private final SeriesService seriesService;
    private final SourceService sources;
    private final Grid<Series> seriesGrid = new Grid<>();
    private final Grid<Source> sourceGrid = new Grid<>();

    public DeletedView(ObservationService observationService, EventService events, SeriesService seriesService,
                       SourceService sources) {
        this.observationService = observationService;
        this.events = events;
        this.seriesService = seriesService;
        this.sources = sources;
        setPadding(true);
        add(new H2("Deleted"), new Paragraph("Deleting only hides an observation, event, series or source; "
                + "restore it here. Its history keeps every change."));

        observations.setId("deleted-observations");
        observations.addColumn(o -> "#" + o.id()).setHeader("#").setAutoWidth(true);
        observations.addColumn(Observation::seriesKey).setHeader("Series").setFlexGrow(2);
        observations.addColumn(o -> o.period().display()).setHeader("Period").setAutoWidth(true);
        observations.addColumn(o -> Decimals.format(o.value())).setHeader("Value").setAutoWidth(true);
        observations.addColumn(Observation::sourceKey).setHeader("Source").setAutoWidth(true);
        observations.addColumn(o -> Timestamps.byAt(o.updatedBy(), o.deletedAt())).setHeader("Deleted")
                .setAutoWidth(true);
        observations.addComponentColumn(o -> restoreButton("restore-observation-" + o.id(),
                () -> observationService.restore(o.id(), o.version()), "Observation #" + o.id()))
                .setKey("restore").setAutoWidth(true);
        observations.setAllRowsVisible(true);

        eventGrid.setId("deleted-events");
        eventGrid.addColumn(e -> "#" + e.id()).setHeader("#").setAutoWidth(true);
        eventGrid.addColumn(e -> e.date().display()).setHeader("Date").setAutoWidth(true);
        eventGrid.addColumn(Event::title).setHeader("Title").setFlexGrow(3);
        eventGrid.addColumn(Event::sourceKey).setHeader("Source").setAutoWidth(true);
        eventGrid.addColumn(e -> Timestamps.byAt(e.updatedBy(), e.deletedAt())).setHeader("Deleted")
                .setAutoWidth(true);
        eventGrid.addComponentColumn(ev -> restoreButton("restore-event-" + ev.id(),
                () -> events.restore(ev.id(), ev.version()), "Event #" + ev.id()))
                .setKey("restore").setAutoWidth(true);
        eventGrid.setAllRowsVisible(true);

        seriesGrid.setId("deleted-series");
        seriesGrid.addColumn(x -> "#" + x.id()).setHeader("#").setAutoWidth(true);
        seriesGrid.addColumn(Series::key).setHeader("Key").setAutoWidth(true);
        seriesGrid.addColumn(Series::name).setHeader("Name").setFlexGrow(3);
        seriesGrid.addColumn(Series::unit).setHeader("Unit").setAutoWidth(true);
        seriesGrid.addComponentColumn(x -> restoreButton("restore-series-" + x.id(),
                () -> seriesService.restore(x.id(), x.version()), "Series #" + x.id()))
                .setKey("restore").setAutoWidth(true);
        seriesGrid.setAllRowsVisible(true);

        sourceGrid.setId("deleted-sources");
        sourceGrid.addColumn(x -> "#" + x.id()).setHeader("#").setAutoWidth(true);
        sourceGrid.addColumn(Source::sourceKey).setHeader("Source key").setAutoWidth(true);
        sourceGrid.addColumn(Source::title).setHeader("Title").setFlexGrow(3);
        sourceGrid.addComponentColumn(x -> restoreButton("restore-source-" + x.id(),
                () -> sources.restore(x.id(), x.version()), "Source #" + x.id()))
                .setKey("restore").setAutoWidth(true);
        sourceGrid.setAllRowsVisible(true);

        add(new H3("Observations"), observations, new H3("Events"), eventGrid, new H3("Series"), seriesGrid,
                new H3("Sources"), sourceGrid);
        refresh();
    }

    private Button restoreButton(String id, Runnable action, String what) {
        Button restore = new Button("Restore", e -> restore(action, what));
        restore.addThemeVariants(ButtonVariant.LUMO_SMALL);
        restore.setId(id);
        return restore;
    }

    private void restore(Runnable action, String what) {
        try {
            action.run();
            Notification.show(what + " restored.", 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (ConflictException e) {
            Notification.show(e.getMessage(), 8000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        refresh();
    }

    private void refresh() {
        observations.setItems(observationService.deleted());
        eventGrid.setItems(events.deleted());
        seriesGrid.setItems(seriesService.deleted());
        sourceGrid.setItems(sources.deleted());
    }
}
