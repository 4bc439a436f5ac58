package org.crdash.deleted.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import org.crdash.KaribuSecurity;
import org.crdash.KaribuTest;
import org.crdash.base.security.Roles;
import org.crdash.series.Series;
import org.crdash.series.SeriesInput;
import org.crdash.series.SeriesService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class DeletedViewTest extends KaribuTest {

    @Autowired
    SeriesService seriesService;

    @BeforeEach
    void signIn() {
        KaribuSecurity.login("alice", Roles.EDITOR, Roles.VIEWER);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aDeletedSeriesIsListedAndRestoredFromTheDeletedView() {
        Series s = seriesService.add(new SeriesInput("test_deleted_view_series", "Deleted-view series", "million t",
                "trade_value", null));
        Series deleted = seriesService.delete(s.id(), s.version());

        UI.getCurrent().navigate(DeletedView.class);
        Grid<Series> grid = _get(Grid.class, spec -> spec.withId("deleted-series"));
        assertThat(GridKt._findAll(grid)).extracting(Series::key).contains("test_deleted_view_series");
        int row = GridKt._findAll(grid).stream().map(Series::id).toList().indexOf(deleted.id());
        Button restore = (Button) GridKt._getCellComponent(grid, row, "restore");
        assertThat(restore.getId()).hasValue("restore-series-" + deleted.id());
        _click(restore);

        assertThat(seriesService.deleted()).extracting(Series::key).doesNotContain("test_deleted_view_series");
        assertThat(GridKt._findAll(grid)).extracting(Series::key).doesNotContain("test_deleted_view_series");
        assertThat(seriesService.findAll()).extracting(Series::key).contains("test_deleted_view_series");
    }
}
