package org.crdash.checks.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Map;
import org.crdash.KaribuSecurity;
import org.crdash.KaribuTest;
import org.crdash.base.security.Roles;
import org.crdash.checks.Checked;
import org.crdash.checks.ReviewStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class ChecksViewTest extends KaribuTest {

    static final String TRADE_2024 = "value_conflict:china_russia_trade_usd_bn:2024";

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void removeReviews() {
        jdbc.sql("DELETE FROM check_review").update();
        jdbc.sql("DELETE FROM check_review_log").update();
    }

    private static void open(Map<String, String> query) {
        UI.getCurrent().navigate("checks", QueryParameters.simple(query));
    }

    @SuppressWarnings("unchecked")
    private static Grid<Checked> grid() {
        return _get(Grid.class, spec -> spec.withId("findings"));
    }

    private static FindingDetail detail() {
        return _get(ChecksView.class).detail();
    }

    @Test
    void everyFindingIsListedAndTheAddressFiltersThem() {
        open(Map.of());
        long stored = jdbc.sql("SELECT count(*) FROM check_finding").query(Long.class).single();
        assertThat((long) GridKt._size(grid())).isEqualTo(stored).isGreaterThan(10);
        open(Map.of("kind", "growth_vs_levels", "verdict", "conflict"));
        List<Checked> shown = GridKt._findAll(grid());
        assertThat(shown).isNotEmpty().allMatch(c -> c.finding().kind().code().equals("growth_vs_levels")
                && c.finding().verdict().code().equals("conflict"));
    }

    @Test
    void aPermalinkOpensTheFindingWithItsPassagesSideBySide() {
        open(Map.of("finding", TRADE_2024));
        FindingDetail d = detail();
        assertThat(d.current().finding().key()).isEqualTo(TRADE_2024);
        List<String> passages = _find(d, com.vaadin.flow.component.html.Div.class,
                spec -> spec.withClasses("finding-passage-text")).stream()
                .map(div -> div.getElement().getProperty("innerHTML")).toList();
        assertThat(passages).hasSize(3);
        assertThat(passages.get(1)).contains("<mark").contains("$244.8 billion");
        List<String> links = _find(d, Anchor.class).stream().map(Anchor::getHref).toList();
        assertThat(links).contains("checks?finding=" + java.net.URLEncoder.encode(TRADE_2024, java.nio.charset.StandardCharsets.UTF_8))
                .anyMatch(h -> h.startsWith("series/china_russia_trade_usd_bn?point=o"))
                .anyMatch(h -> h.startsWith("sources/001_810a6323d9c1b466.txt?item=o"));
        // a reader sees the review but cannot change it
        assertThat(_find(d, Button.class, spec -> spec.withId("review-save"))).isEmpty();
    }

    @Test
    void anEventDatedDifferentlyByTwoSourcesShowsBothPassagesAndDates() {
        List<Long> ids = jdbc.sql("SELECT id FROM event WHERE title = 'Russia launches full-scale invasion of Ukraine' "
                + "AND deleted_at IS NULL ORDER BY id").query(Long.class).list();
        jdbc.sql("UPDATE event SET date_label = '2022-03-01', date_start = '2022-03-01', date_end = '2022-03-01' "
                + "WHERE id = ?").param(ids.getLast()).update();
        try {
            String key = "event_date_conflict:e" + ids.getFirst() + ":e" + ids.getLast();
            open(Map.of("finding", key));
            FindingDetail d = detail();
            assertThat(d.current().finding().key()).isEqualTo(key);
            List<String> heads = _find(d, com.vaadin.flow.component.html.Span.class,
                    spec -> spec.withClasses("finding-passage-value")).stream()
                    .map(com.vaadin.flow.component.html.Span::getText).toList();
            assertThat(heads).containsExactly(
                    "2022-02-24 (day) · earlier date · Russia launches full-scale invasion of Ukraine",
                    "2022-03-01 (day) · later date · Russia launches full-scale invasion of Ukraine");
            assertThat(_find(d, com.vaadin.flow.component.html.Div.class,
                    spec -> spec.withClasses("finding-passage-text"))).hasSize(2)
                    .allMatch(div -> div.getElement().getProperty("innerHTML").contains("<mark"));
            assertThat(_find(d, Anchor.class)).extracting(Anchor::getHref)
                    .filteredOn(h -> h.startsWith("sources/")).hasSize(2).allMatch(h -> h.contains("?at="));
        } finally {
            jdbc.sql("UPDATE event SET date_label = '2022-02-24', date_start = '2022-02-24', date_end = '2022-02-24' "
                    + "WHERE id = ?").param(ids.getLast()).update();
        }
    }

    @Test
    void clickingAFindingSelectsIt() {
        open(Map.of("kind", "same_quantity"));
        GridKt._clickItem(grid(), 0);
        assertThat(detail().current().finding().kind().code()).isEqualTo("same_quantity");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getQueryParameters().getQueryString())
                .contains("finding=same_quantity");
    }

    @Test
    @SuppressWarnings("unchecked")
    void anEditorRecordsAReviewAndTheListShowsIt() {
        KaribuSecurity.login("alice", Roles.EDITOR, Roles.VIEWER);
        open(Map.of("finding", TRADE_2024));
        Select<ReviewStatus> status = _get(detail(), Select.class, spec -> spec.withId("review-status"));
        status.setValue(ReviewStatus.ERROR_IN_SOURCE);
        _get(detail(), TextArea.class, spec -> spec.withId("review-comment")).setValue("001 is a rounded estimate");
        _click(_get(detail(), Button.class, spec -> spec.withId("review-save")));
        assertThat(detail().current().review().status()).isEqualTo(ReviewStatus.ERROR_IN_SOURCE);
        assertThat(jdbc.sql("SELECT actor || ':' || new_status FROM check_review_log").query(String.class).list())
                .containsExactly("alice:error_in_source");
        open(Map.of("review", "error_in_source"));
        assertThat(GridKt._findAll(grid())).extracting(c -> c.finding().key()).containsExactly(TRADE_2024);
    }
}
