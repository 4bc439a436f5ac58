package org.crdash.series.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.crdash.base.security.Roles;
import org.crdash.base.ui.EditorPage;
import org.crdash.base.ui.MainLayout;
import org.crdash.series.Series;
import org.crdash.series.SeriesService;
import org.crdash.series.SeriesSummary;

/** Editors create, change, delete and restore series here; each with its history. */
@Route(value = "edit/series", layout = MainLayout.class)
@PageTitle("Edit series · China–Russia dashboard")
@Menu(title = "Edit series", order = 11, icon = "vaadin:chart-line")
@RolesAllowed(Roles.EDITOR)
public class SeriesEditorView extends VerticalLayout {

    private final SeriesService service;
    private final Grid<SeriesSummary> grid = new Grid<>();
    private final SeriesForm form;

    public SeriesEditorView(SeriesService service) {
        this.service = service;
        this.form = new SeriesForm(service);
        setPadding(true);
        EditorPage<SeriesSummary, Series> page = new EditorPage<>(grid, SeriesSummary::series, form, this::refresh,
                form::create);
        grid.setId("series-grid");
        grid.addColumn(s -> s.series().name()).setHeader("Name").setFlexGrow(3);
        grid.addColumn(s -> s.series().unit()).setHeader("Unit").setAutoWidth(true);
        grid.addColumn(SeriesSummary::categoryLabel).setHeader("Category").setAutoWidth(true);
        grid.addColumn(SeriesSummary::observations).setHeader("Observations").setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setHeight("18em");
        add(new H2("Edit series"), page.addButton("Add series", "add-series"), grid, page.body());
        refresh();
    }

    private void refresh() {
        grid.setItems(service.summaries());
    }

    SeriesForm form() {
        return form;
    }
}
