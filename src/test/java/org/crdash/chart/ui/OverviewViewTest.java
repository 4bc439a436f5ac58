package org.crdash.chart.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import org.crdash.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class OverviewViewTest extends KaribuTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void showsCountsReadFromTheDatabase() {
        UI.getCurrent().navigate(OverviewView.class);
        long observations = jdbc.sql("SELECT count(*) FROM observation WHERE deleted_at IS NULL").query(Long.class).single();
        long events = jdbc.sql("SELECT count(*) FROM event WHERE deleted_at IS NULL").query(Long.class).single();
        long series = jdbc.sql("SELECT count(*) FROM series").query(Long.class).single();
        assertThat(observations).isGreaterThan(50);

        assertThat(_get(Div.class, spec -> spec.withId("observation-count")).getElement().getTextRecursively())
                .contains(String.valueOf(observations));
        assertThat(_get(Div.class, spec -> spec.withId("event-count")).getElement().getTextRecursively())
                .contains(String.valueOf(events));
        assertThat(_get(Div.class, spec -> spec.withId("series-count")).getElement().getTextRecursively())
                .contains(String.valueOf(series));

        @SuppressWarnings("unchecked")
        Grid<Object> grid = _get(Grid.class, spec -> spec.withId("sources-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(5);
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("Pierre Andrieu (former French ambassador)");
    }
}
