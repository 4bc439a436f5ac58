package org.crdash.extraction.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import java.util.stream.IntStream;
import org.crdash.KaribuSecurity;
import org.crdash.KaribuTest;
import org.crdash.base.ReviewStatus;
import org.crdash.base.security.Roles;
import org.crdash.chart.ChartService;
import org.crdash.event.Event;
import org.crdash.event.EventService;
import org.crdash.event.ui.EventEditorView;
import org.crdash.extraction.ReviewService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/** The review status in the events list (a column and a filter) and in the passage panel's details. */
@Transactional
class ReviewStatusListsTest extends KaribuTest {

    @Autowired
    EventService events;
    @Autowired
    ReviewService reviews;
    @Autowired
    ChartService charts;

    Event disputed;

    @BeforeEach
    void dispute() {
        KaribuSecurity.login("alice", Roles.EDITOR);
        Event e = events.findAll().getFirst();
        reviews.review(ReviewService.Target.EVENT, e.id(), e.version(), ReviewStatus.DISPUTED, "wrong year");
        disputed = events.findById(e.id()).orElseThrow();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theEventsListShowsAndFiltersTheReviewStatus() {
        UI.getCurrent().navigate(EventEditorView.class);
        Grid<Event> grid = _get(Grid.class, spec -> spec.withId("events-grid"));
        int all = _size(grid);
        assertThat(all).isGreaterThan(1);
        int row = IntStream.range(0, all).filter(i -> _get(grid, i).id() == disputed.id()).findFirst().orElseThrow();
        assertThat(_getFormattedRow(grid, row)).contains("disputed: wrong year");

        _setValue(_get(Select.class, spec -> spec.withId("review-filter")), ReviewStatus.DISPUTED);
        assertThat(_size(grid)).isEqualTo(1);
        assertThat(_get(grid, 0).id()).isEqualTo(disputed.id());
        _setValue(_get(Select.class, spec -> spec.withId("review-filter")), ReviewStatus.EXTRACTED);
        assertThat(_size(grid)).isEqualTo(all - 1);
    }

    @Test
    void thePassagePanelSaysIt() {
        assertThat(charts.provenance("e" + disputed.id()).orElseThrow().details())
                .anySatisfy(d -> assertThat(d.label() + " " + d.value()).isEqualTo("Review disputed: wrong year"));
    }
}
