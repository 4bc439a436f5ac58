package org.crdash.event.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import org.crdash.base.ReviewStatus;
import org.crdash.base.security.Roles;
import org.crdash.base.ui.ReviewFilter;
import org.crdash.base.ui.EditorPage;
import org.crdash.base.ui.MainLayout;
import org.crdash.event.Event;
import org.crdash.event.EventService;
import org.crdash.source.SourceService;

/** Editors add, change and delete events here, with each event's history. {@code edit/events/7} opens event 7. */
@Route(value = "edit/events", layout = MainLayout.class)
@Menu(title = "Edit events", order = 11, icon = "vaadin:calendar-clock")
@PageTitle("Edit events · China–Russia dashboard")
@RolesAllowed(Roles.EDITOR)
public class EventEditorView extends VerticalLayout implements HasUrlParameter<Long> {

    private final EventService service;
    private final Grid<Event> grid = new Grid<>();
    private final Select<ReviewStatus> reviewFilter = ReviewFilter.create();
    private final EventForm form;
    private final EditorPage<Event, Event> page;

    public EventEditorView(EventService service, SourceService sources) {
        this.service = service;
        this.form = new EventForm(service, sources);
        setPadding(true);
        add(new H2("Edit events"));
        this.page = new EditorPage<>(grid, e -> e, form, this::refresh, form::create);
        grid.setId("events-grid");
        grid.addColumn(e -> "#" + e.id()).setHeader("#").setAutoWidth(true);
        grid.addColumn(e -> e.date().display()).setHeader("Date").setAutoWidth(true);
        grid.addColumn(Event::title).setHeader("Title").setFlexGrow(3);
        grid.addColumn(Event::category).setHeader("Category").setAutoWidth(true);
        grid.addColumn(Event::sourceKey).setHeader("Source").setAutoWidth(true);
        grid.addColumn(e -> e.origin().code()).setHeader("Origin").setAutoWidth(true);
        grid.addColumn(e -> e.review().describe(e.reviewReason())).setHeader("Review").setAutoWidth(true);
        grid.setHeight("18em");
        reviewFilter.addValueChangeListener(e -> refresh());
        HorizontalLayout bar = new HorizontalLayout(reviewFilter, page.addButton("Add event", "add-event"));
        bar.setAlignItems(Alignment.BASELINE);
        add(bar, grid, page.body());
        refresh();
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Long id) {
        if (id != null) {
            service.findById(id).filter(e -> !e.deleted()).ifPresent(page::open);
        }
    }

    private void refresh() {
        grid.setItems(service.findAll().stream()
                .filter(e -> reviewFilter.getValue() == null || e.review() == reviewFilter.getValue()).toList());
    }
}
