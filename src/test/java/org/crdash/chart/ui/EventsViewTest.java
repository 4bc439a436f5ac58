package org.crdash.chart.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
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
    void searchCategoryAndSourceComeFromTheUrlAndGoBackIntoIt() {
        UI.getCurrent().navigate("events", QueryParameters.full(Map.of("q", new String[] {"no limits"},
                "source", new String[] {"002_709b5f3b75b2705c.txt"})));
        EventsView view = _get(EventsView.class);
        assertThat(_get(TextField.class, spec -> spec.withId("event-search")).getValue()).isEqualTo("no limits");
        List<Event> shown = GridKt._findAll(grid());
        assertThat(shown).isNotEmpty().allMatch(e -> e.sourceKey().equals("002_709b5f3b75b2705c.txt"))
                .allMatch(e -> (e.title() + e.passage()).toLowerCase().contains("limits"));

        @SuppressWarnings("unchecked")
        MultiSelectComboBox<String> category = _get(MultiSelectComboBox.class, spec -> spec.withId("category-filter"));
        category.setValue(Set.of("summit", "statement"));
        assertThat(view.parameters()).containsEntry("q", List.of("no limits"))
                .containsEntry("category", List.of("summit", "statement"))
                .containsEntry("source", List.of("002_709b5f3b75b2705c.txt"));
        assertThat(GridKt._findAll(grid())).allMatch(e -> Set.of("summit", "statement").contains(e.category()));
    }

    @Test
    void aSearchMarksWholeWordsNeverNoInsideNorth() {
        org.crdash.event.EventService events = context.getBean(org.crdash.event.EventService.class);
        org.crdash.event.EventSearch query = new org.crdash.event.EventSearch("no limits");
        EventSnippets snippets = new EventSnippets(context.getBean(org.crdash.source.SourceService.class));
        snippets.search(query);
        Set<Long> found = Set.copyOf(events.search(query));
        List<Event> matching = events.findAll().stream().filter(e -> found.contains(e.id())).toList();
        // the colleague's case: a found passage says "North" before it says "no limits"
        assertThat(matching).anyMatch(e -> e.passage().matches("(?s).*\\bNorth.*"));
        List<String> hits = matching.stream().map(e -> snippets.of(e).hit()).toList();
        assertThat(hits).isNotEmpty().allMatch(h -> h.isEmpty() || h.matches("(?iu)no|no\\W+limits|limits\\w*"))
                .anyMatch(h -> h.matches("(?iu)no\\W+limits"));
    }

    @Test
    void aSearchShowsWhereThePassageMatchedAsRenderedWithoutMarkup() {
        org.crdash.event.EventService events = context.getBean(org.crdash.event.EventService.class);
        Event withMarker = events.findAll().stream().filter(e -> e.passage().contains("stability,<sup>38</sup>"))
                .findFirst().orElseThrow();
        EventSnippets snippets = new EventSnippets(context.getBean(org.crdash.source.SourceService.class));
        snippets.search(new org.crdash.event.EventSearch("stability"));
        EventSnippets.Snippet s = snippets.of(withMarker);
        assertThat(s.hit()).isEqualTo("stability");
        assertThat(s.pre() + s.hit() + s.post()).contains("strategic stability,38 sug").doesNotContain("<sup>");
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
