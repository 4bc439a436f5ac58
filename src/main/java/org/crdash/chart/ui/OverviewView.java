package org.crdash.chart.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.crdash.base.ui.MainLayout;
import org.crdash.event.EventService;
import org.crdash.export.ui.ExportLinks;
import org.crdash.series.ObservationService;
import org.crdash.series.SeriesService;
import org.crdash.source.SourceService;
import org.crdash.source.SourceStats;

/** What is in the database: counts and the sources with how much was quoted from each. */
@Route(value = "overview", layout = MainLayout.class)
@Menu(title = "Overview", order = 5, icon = "vaadin:dashboard")
@PageTitle("Overview · China–Russia dashboard")
@AnonymousAllowed
public class OverviewView extends VerticalLayout {

    public OverviewView(SourceService sources, SeriesService series, ObservationService observations,
                        EventService events) {
        setPadding(true);
        add(new H2("What the dashboard knows"));
        add(new Paragraph("Every observation and event below is quoted verbatim from one of these sources. "
                + "Where sources disagree, each value is kept as its own data point."));

        FlexLayout tiles = new FlexLayout(
                tile("series-count", series.count(), "series"),
                tile("observation-count", observations.count(), "sourced data points"),
                tile("event-count", events.count(), "dated events"),
                tile("source-count", sources.findAll().size(), "sources"));
        tiles.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        tiles.addClassName("tiles");
        add(tiles);

        Grid<SourceStats> grid = new Grid<>();
        grid.setId("sources-grid");
        grid.addColumn(s -> s.source().title()).setHeader("Title").setFlexGrow(4).setSortable(true);
        grid.addColumn(s -> orDash(s.source().author())).setHeader("Author").setFlexGrow(2);
        grid.addColumn(s -> orDash(s.source().publisher())).setHeader("Publisher").setFlexGrow(1);
        grid.addColumn(s -> s.source().publishedDisplay()).setHeader("Published").setFlexGrow(2);
        grid.addColumn(SourceStats::observations).setHeader("Observations").setAutoWidth(true).setSortable(true);
        grid.addColumn(SourceStats::events).setHeader("Events").setAutoWidth(true).setSortable(true);
        grid.addColumn(s -> s.source().sourceKey()).setHeader("File").setAutoWidth(true);
        grid.setItems(sources.stats());
        grid.setAllRowsVisible(true);
        add(grid);

        add(ExportLinks.observations("download-observations", "All observations"),
                ExportLinks.events("download-events", "All events"));
    }

    private static Div tile(String id, long count, String label) {
        Span number = new Span(String.valueOf(count));
        number.addClassName("tile-number");
        Div tile = new Div(number, new Span(label));
        tile.setId(id);
        tile.addClassName("tile");
        return tile;
    }

    private static String orDash(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }
}
