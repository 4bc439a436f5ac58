package org.crdash.chart.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import java.sql.Timestamp;
import java.time.Instant;
import org.crdash.KaribuTest;
import org.crdash.series.Observation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;

@DirtiesContext
class LongSeriesViewTest extends KaribuTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void aLongSeriesTableLoadsPageByPageInPeriodOrder() {
        int rows = SeriesView.LARGE + 500;
        Timestamp now = Timestamp.from(Instant.parse("2026-01-02T03:04:05Z"));
        String text = "Daily counts were recorded.";
        long source = jdbc.sql("""
                INSERT INTO source (source_key, title, full_text, sha256, origin, created_at, created_by, updated_at,
                                    updated_by)
                VALUES ('long-series.txt', 'Long series', ?, encode(sha256(convert_to(?, 'UTF8')), 'hex'), 'user',
                        ?, 't', ?, 't') RETURNING id""").params(text, text, now, now).query(Long.class).single();
        long series = jdbc.sql("""
                INSERT INTO series (series_key, name, unit, category, origin, created_at, created_by, updated_at,
                                    updated_by)
                VALUES ('long_series_count', 'Long series', 'count', 'other', 'user', ?, 't', ?, 't') RETURNING id""")
                .params(now, now).query(Long.class).single();
        jdbc.sql("""
                INSERT INTO observation (series_id, period_label, period_start, period_end, precision, value, qualifier,
                    source_id, passage, passage_start, passage_end, origin, created_at, created_by, updated_at,
                    updated_by)
                SELECT ?, d::text, d, d, 'day', g, 'exact', ?, ?, 0, ?, 'user', ?, 't', ?, 't'
                FROM generate_series(1, ?) g, LATERAL (SELECT DATE '2000-01-01' + (? - g) AS d) x""")
                .params(series, source, text, text.length(), now, now, rows, rows).update();

        UI.getCurrent().navigate("series/long_series_count");
        @SuppressWarnings("unchecked")
        Grid<Observation> grid = _get(Grid.class, spec -> spec.withId("observations"));
        assertThat(grid.getDataProvider().isInMemory()).isFalse();
        assertThat(GridKt._size(grid)).isEqualTo(rows);
        assertThat(GridKt._get(grid, 0).period().label()).isEqualTo("2000-01-01");
        assertThat(GridKt._get(grid, rows - 1).period().label())
                .isEqualTo(java.time.LocalDate.of(2000, 1, 1).plusDays(rows - 1).toString());
        // the chart shows at most 2 000 of them, as real rows
        SeriesView view = _get(SeriesView.class);
        assertThat(view.card().data().observations()).hasSizeLessThanOrEqualTo(2_000);
        assertThat(view.card().data().totalCount()).isEqualTo(rows);
    }
}
