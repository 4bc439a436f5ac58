package org.crdash.chart.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import org.crdash.KaribuTest;
import org.crdash.series.Observation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class SeriesViewTest extends KaribuTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void tableListsEveryValueOfTheSeriesWithItsSource() {
        UI.getCurrent().navigate("series/china_share_of_russia_trade_pct");
        long inDb = jdbc.sql("""
                SELECT count(*) FROM observation o JOIN series s ON s.id = o.series_id
                WHERE s.series_key = 'china_share_of_russia_trade_pct' AND o.deleted_at IS NULL""")
                .query(Long.class).single();
        @SuppressWarnings("unchecked")
        Grid<Observation> grid = _get(Grid.class, spec -> spec.withId("observations"));
        assertThat((long) GridKt._size(grid)).isEqualTo(inDb).isGreaterThan(2);
        // sorted by period: the first row is the earliest period
        String first = jdbc.sql("""
                SELECT o.period_label FROM observation o JOIN series s ON s.id = o.series_id
                WHERE s.series_key = 'china_share_of_russia_trade_pct' ORDER BY o.period_start, o.period_end LIMIT 1""")
                .query(String.class).single();
        assertThat(GridKt._get(grid, 0).period().label()).isEqualTo(first);
    }

    @Test
    void clickingARowOpensItsPassageAndPermalinkRestoresIt() {
        long id = jdbc.sql("""
                SELECT o.id FROM observation o JOIN series s ON s.id = o.series_id
                WHERE s.series_key = 'china_share_of_russia_trade_pct' ORDER BY o.id LIMIT 1""").query(Long.class).single();
        UI.getCurrent().navigate("series/china_share_of_russia_trade_pct");
        @SuppressWarnings("unchecked")
        Grid<Observation> grid = _get(Grid.class, spec -> spec.withId("observations"));
        int row = 0;
        for (int i = 0; i < GridKt._size(grid); i++) {
            if (GridKt._get(grid, i).id() == id) {
                row = i;
            }
        }
        GridKt._clickItem(grid, row);
        SeriesView view = _get(SeriesView.class);
        assertThat(view.panel().current().itemId()).isEqualTo("o" + id);

        UI.getCurrent().navigate("series/china_share_of_russia_trade_pct", QueryParameters.simple(Map.of("point", "o" + id)));
        SeriesView again = _get(SeriesView.class);
        assertThat(again.panel().current().itemId()).isEqualTo("o" + id);
        assertThat(again.card().chart().selected()).isEqualTo("o" + id);
    }

    @Test
    void unknownSeriesSaysSo() {
        UI.getCurrent().navigate("series/no_such_series_key");
        assertThat(_get(SeriesView.class).getElement().getTextRecursively()).contains("No such series");
    }

    @Test
    void indexListsEverySeries() {
        UI.getCurrent().navigate("series");
        long count = jdbc.sql("SELECT count(*) FROM series").query(Long.class).single();
        String text = _get(SeriesView.class).getElement().getTextRecursively();
        for (String name : jdbc.sql("SELECT name FROM series").query(String.class).list()) {
            assertThat(text).contains(name);
        }
        assertThat(count).isGreaterThan(50);
    }
}
