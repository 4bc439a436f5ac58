package org.crdash.source.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.crdash.base.security.Roles;
import org.crdash.base.ui.EditorPage;
import org.crdash.base.ui.MainLayout;
import org.crdash.source.Source;
import org.crdash.source.SourceService;
import org.crdash.source.SourceStats;

/** Editors change a source's metadata, delete and restore sources here; each with its history. */
@Route(value = "edit/sources", layout = MainLayout.class)
@PageTitle("Edit sources · China–Russia dashboard")
@Menu(title = "Edit sources", order = 12.5, icon = "vaadin:book")
@RolesAllowed(Roles.EDITOR)
public class SourceEditorView extends VerticalLayout {

    private final SourceService service;
    private final Grid<SourceStats> grid = new Grid<>();
    private final SourceForm form;

    public SourceEditorView(SourceService service) {
        this.service = service;
        this.form = new SourceForm(service);
        setPadding(true);
        grid.setId("sources-grid");
        grid.addColumn(s -> s.source().title()).setHeader("Title").setWidth("12em").setFlexGrow(3);
        grid.addColumn(s -> s.source().publishedDisplay()).setHeader("Published").setFlexGrow(2);
        grid.addColumn(SourceStats::observations).setHeader("Observations").setAutoWidth(true);
        grid.addColumn(SourceStats::events).setHeader("Events").setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setHeight("20em");
        EditorPage<SourceStats, Source> page = new EditorPage<>(grid, SourceStats::source, form, this::refresh,
                () -> form.setVisible(false));
        page.afterDeleted(s -> form.setVisible(false));
        form.setVisible(false);
        FlexLayout body = page.body();
        add(new H2("Edit sources"), new Paragraph("Choose a source to change its title, author, publisher, date or "
                + "URL. A source's text never changes once it is quoted; new sources are added under “Add source”."),
                grid, body);
        refresh();
    }

    private void refresh() {
        grid.setItems(service.stats());
    }

    SourceForm form() {
        return form;
    }
}
