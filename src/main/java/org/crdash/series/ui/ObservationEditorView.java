package org.crdash.series.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import com.vaadin.flow.component.select.Select;
import org.crdash.base.Decimals;
import org.crdash.base.ReviewStatus;
import org.crdash.base.Timestamps;
import org.crdash.base.ui.ReviewFilter;
import org.crdash.base.security.Roles;
import org.crdash.base.ui.EditorPage;
import org.crdash.base.ui.MainLayout;
import org.crdash.series.Observation;
import org.crdash.series.ObservationService;
import org.crdash.series.Series;
import org.crdash.series.SeriesService;
import org.crdash.source.SourceService;

/**
 * Editors add, change and delete observations here: pick a series, pick an observation (or "Add observation"),
 * edit it in the form, and see its history. {@code edit/observations/123} opens observation 123 (the old
 * {@code edit/figures/123} links still work).
 */
@Route(value = "edit/observations", layout = MainLayout.class)
@RouteAlias(value = "edit/figures", layout = MainLayout.class)
@PageTitle("Edit observations · China–Russia dashboard")
@Menu(title = "Edit observations", order = 10, icon = "vaadin:edit")
@RolesAllowed(Roles.EDITOR)
public class ObservationEditorView extends VerticalLayout implements HasUrlParameter<Long> {

    private final SeriesService seriesService;
    private final ObservationService service;
    private final ComboBox<Series> seriesFilter = new ComboBox<>("Series");
    private final Select<ReviewStatus> reviewFilter = ReviewFilter.create();
    private final Grid<Observation> grid = new Grid<>();
    private final ObservationForm form;
    private final EditorPage<Observation, Observation> page;

    public ObservationEditorView(SeriesService seriesService, ObservationService service, SourceService sources) {
        this.seriesService = seriesService;
        this.service = service;
        this.form = new ObservationForm(seriesService, service, sources);
        setPadding(true);
        add(new H2("Edit observations"));

        seriesFilter.setId("series-filter");
        seriesFilter.setItems(seriesService.findAll());
        seriesFilter.setItemLabelGenerator(s -> s.name() + " (" + s.unit() + ")");
        seriesFilter.setWidth("36em");
        seriesFilter.addValueChangeListener(e -> refresh());
        this.page = new EditorPage<>(grid, o -> o, form, this::refresh, () -> form.create(seriesFilter.getValue()));
        page.beforeSavedRefresh(o -> selectSeries(o.seriesId()));
        reviewFilter.addValueChangeListener(e -> refresh());
        HorizontalLayout bar = new HorizontalLayout(seriesFilter, reviewFilter,
                page.addButton("Add observation", "add-observation"));
        bar.setWrap(true);
        bar.setAlignItems(Alignment.BASELINE);

        grid.setId("observations-grid");
        grid.addColumn(o -> "#" + o.id()).setHeader("#").setAutoWidth(true);
        grid.addColumn(o -> o.period().display()).setHeader("Period").setAutoWidth(true);
        grid.addColumn(o -> o.qualifier().symbol() + " " + Decimals.format(o.value())).setHeader("Value")
                .setAutoWidth(true);
        grid.addColumn(Observation::sourceKey).setHeader("Source").setAutoWidth(true);
        grid.addColumn(o -> o.origin().code()).setHeader("Origin").setAutoWidth(true);
        grid.addColumn(o -> o.review().describe(o.reviewReason())).setHeader("Review").setAutoWidth(true);
        grid.addColumn(o -> Timestamps.byAt(o.updatedBy(), o.updatedAt())).setHeader("Last change")
                .setAutoWidth(true);
        grid.setHeight("18em");
        add(bar, grid, page.body());
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Long id) {
        if (id == null) {
            return;
        }
        service.findById(id).filter(o -> !o.deleted()).ifPresent(o -> {
            selectSeries(o.seriesId());
            page.open(o);
        });
    }

    private void selectSeries(long seriesId) {
        if (seriesFilter.getValue() == null || seriesFilter.getValue().id() != seriesId) {
            seriesFilter.setItems(seriesService.findAll());
            seriesService.findById(seriesId).ifPresent(s -> seriesFilter.setValue(
                    seriesFilter.getListDataView().getItems().filter(x -> x.id() == s.id()).findFirst().orElse(s)));
        }
    }

    private void refresh() {
        Series s = seriesFilter.getValue();
        grid.setItems(s == null ? java.util.List.of() : service.ofSeries(s.id()).stream()
                .filter(o -> reviewFilter.getValue() == null || o.review() == reviewFilter.getValue()).toList());
    }

    ObservationForm form() {
        return form;
    }
}
