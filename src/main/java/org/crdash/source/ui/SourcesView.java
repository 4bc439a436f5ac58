package org.crdash.source.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import org.crdash.base.ui.MainLayout;
import org.crdash.source.SourceService;
import org.crdash.source.SourceStats;

/** Every source with its metadata and how much is quoted from it; a row opens the article. */
@Route(value = "sources", layout = MainLayout.class)
@Menu(title = "Sources", order = 4, icon = "vaadin:book")
@PageTitle("Sources · China–Russia dashboard")
@com.vaadin.flow.server.auth.AnonymousAllowed
public class SourcesView extends VerticalLayout {

    public SourcesView(SourceService sources) {
        add(new H2("Sources"));
        add(new Paragraph("Open a source to read its full text with every quoted passage highlighted."));
        Grid<SourceStats> grid = new Grid<>();
        grid.setId("sources");
        grid.addColumn(s -> s.source().title()).setHeader("Title").setFlexGrow(4).setSortable(true);
        grid.addColumn(s -> s.source().author() == null ? "—" : s.source().author()).setHeader("Author")
                .setFlexGrow(2);
        grid.addColumn(s -> s.source().publisher() == null ? "—" : s.source().publisher()).setHeader("Publisher");
        grid.addColumn(s -> s.source().publishedDisplay()).setHeader("Published").setFlexGrow(2);
        grid.addColumn(SourceStats::observations).setHeader("Observations").setAutoWidth(true).setSortable(true);
        grid.addColumn(SourceStats::events).setHeader("Events").setAutoWidth(true).setSortable(true);
        grid.addColumn(s -> s.source().origin()).setHeader("Origin").setAutoWidth(true);
        grid.setItems(sources.stats());
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(e -> getUI().ifPresent(ui ->
                ui.navigate("sources/" + e.getItem().source().sourceKey())));
        add(grid);
    }
}
