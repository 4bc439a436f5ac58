package org.crdash.event.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import java.util.Set;
import org.crdash.KaribuTest;
import org.crdash.event.Event;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class EventsViewTest extends KaribuTest {

    @Autowired
    JdbcClient jdbc;

    @SuppressWarnings("unchecked")
    private Grid<Event> grid() {
        return _get(Grid.class, spec -> spec.withId("events"));
    }

    @Test
    void listsAllEventsAndFiltersByCategory() {
        UI.getCurrent().navigate(EventsView.class);
        long all = jdbc.sql("SELECT count(*) FROM event WHERE deleted_at IS NULL").query(Long.class).single();
        assertThat((long) GridKt._size(grid())).isEqualTo(all);

        long summits = jdbc.sql("SELECT count(*) FROM event WHERE deleted_at IS NULL AND category = 'summit'")
                .query(Long.class).single();
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<String> category = _get(MultiSelectComboBox.class, spec -> spec.withId("category-filter"));
        category.setValue(Set.of("summit"));
        assertThat((long) GridKt._size(grid())).isEqualTo(summits).isPositive();
    }

    @Test
    void permalinkOpensTheEventPassage() {
        long id = jdbc.sql("SELECT id FROM event WHERE date_label = '2022-02-04' ORDER BY id LIMIT 1")
                .query(Long.class).single();
        String passage = jdbc.sql("SELECT passage FROM event WHERE id = ?").param(id).query(String.class).single();
        UI.getCurrent().navigate("events", QueryParameters.simple(Map.of("point", "e" + id)));
        EventsView view = _get(EventsView.class);
        assertThat(view.panel().current().itemId()).isEqualTo("e" + id);
        assertThat(view.panel().current().context().passage()).isEqualTo(passage);
    }
}
