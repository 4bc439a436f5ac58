package org.crdash.chart.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Map;
import org.crdash.KaribuTest;
import org.crdash.chart.ChartService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class DashboardViewTest extends KaribuTest {

    @Autowired
    JdbcClient jdbc;

    private DashboardView open(Map<String, String> query) {
        UI.getCurrent().navigate("", QueryParameters.simple(query));
        return _get(DashboardView.class);
    }

    private long observationId(String seriesKey, String period, String sourceKey) {
        return jdbc.sql("""
                SELECT o.id FROM observation o JOIN series s ON s.id = o.series_id JOIN source so ON so.id = o.source_id
                WHERE s.series_key = ? AND o.period_label = ? AND so.source_key = ?""")
                .params(seriesKey, period, sourceKey).query(Long.class).single();
    }

    @Test
    void showsTheHeadlineChartsWithEveryTradeValueAsItsOwnPoint() {
        DashboardView view = open(Map.of());
        List<String> shown = view.cards().stream().map(c -> c.data().series().key()).toList();
        assertThat(shown).containsExactlyElementsOf(ChartService.HEADLINE);

        ChartCard trade = view.cards().getFirst();
        long inDb = jdbc.sql("""
                SELECT count(*) FROM observation o JOIN series s ON s.id = o.series_id
                WHERE s.series_key = 'china_russia_trade_usd_bn' AND o.deleted_at IS NULL""").query(Long.class).single();
        JsonNode option = JsonMapper.builder().build().readTree(trade.chart().optionJson());
        assertThat(option.get("crdashPointCount").asLong()).isEqualTo(inDb);

        // the three 2024 values (237, 244.8, 245) are three separate points of three different sources
        long points2024 = 0;
        java.util.Set<String> colours = new java.util.HashSet<>();
        for (JsonNode s : option.get("series")) {
            if (!"scatter".equals(s.get("type").asString()) || "events".equals(s.get("id").asString())
                    || "annotations".equals(s.get("id").asString())) { // the claim checks' markers
                continue;
            }
            for (JsonNode item : s.get("data")) {
                if (item.get("value").get(0).asString().startsWith("2024")) {
                    points2024++;
                    colours.add(s.get("itemStyle").get("color").asString());
                }
            }
        }
        assertThat(points2024).isEqualTo(3);
        assertThat(colours).hasSize(3);
    }

    @Test
    void clickingAPointShowsItsVerbatimPassageAndSource() {
        DashboardView view = open(Map.of());
        long id = observationId("china_russia_trade_usd_bn", "2024", "002_709b5f3b75b2705c.txt");
        String passage = jdbc.sql("SELECT passage FROM observation WHERE id = ?").param(id).query(String.class).single();

        view.cards().getFirst().chart().clickItem("o" + id);

        PassagePanel panel = view.panel();
        assertThat(panel.current().itemId()).isEqualTo("o" + id);
        assertThat(panel.current().context().passage()).isEqualTo(passage);
        assertThat(panel.current().contextHtml()).contains(passage);
        assertThat(panel.getElement().getTextRecursively())
                .contains("Convergence and divergence: China-Russia relations in the age of Trump")
                .contains("Bobo Lo");
        // the other sources' 2024 values are offered as "also stated by"
        assertThat(panel.current().alsoStated()).extracting(Provenance -> Provenance.value())
                .containsExactlyInAnyOrder("$244.8 bn", "$237 bn");
        assertThat(view.state().point()).isEqualTo("o" + id);
        assertThat(view.cards().getFirst().chart().selected()).isEqualTo("o" + id);
        // its audit trail: created by the seed loader
        assertThat(panel.current().history()).isNotEmpty();
        assertThat(panel.getElement().getTextRecursively()).contains("History").contains("seed · created");
    }

    @Test
    void permalinkRestoresSeriesRangeAndSelectedPoint() {
        long id = observationId("china_russia_trade_usd_bn", "2023", "003_88dc170ac39da4d5.txt");
        String extra = jdbc.sql("SELECT series_key FROM series WHERE series_key LIKE '%car%' ORDER BY series_key LIMIT 1")
                .query(String.class).single();
        DashboardView view = open(Map.of("series", extra, "from", "2019", "to", "2025", "point", "o" + id));

        assertThat(view.cards()).extracting(c -> c.data().series().key()).contains(extra);
        assertThat(view.state().from()).hasToString("2019-01-01");
        assertThat(view.state().to()).hasToString("2025-12-31");
        assertThat(view.cards().getFirst().data().from()).hasToString("2019-01-01");
        assertThat(view.panel().current().itemId()).isEqualTo("o" + id);
        assertThat(view.cards().getFirst().chart().selected()).isEqualTo("o" + id);
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<org.crdash.series.SeriesSummary> picker = _get(MultiSelectComboBox.class,
                spec -> spec.withId("series-picker"));
        // the picker holds every chart shown: the headline ones and the added one
        assertThat(picker.getValue()).extracting(s -> s.series().key()).contains(extra)
                .containsAll(ChartService.HEADLINE);
        // and the state goes back into the URL in the same form
        assertThat(view.state().toQuery().getQueryString()).contains("point=o" + id).contains("from=2019-01-01");
        // the CSV link exports exactly the charted series over the chosen range
        String csv = _get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("download-csv")).getHref();
        assertThat(csv).startsWith("api/export/observations.csv?").contains("series=china_russia_trade_usd_bn")
                .contains("series=" + extra).contains("from=2019-01-01").contains("to=2025-12-31");
    }

    @Test
    void seriesPickerListsEverySeriesInTheDatabase() {
        open(Map.of());
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<org.crdash.series.SeriesSummary> picker = _get(MultiSelectComboBox.class,
                spec -> spec.withId("series-picker"));
        List<String> offered = picker.getListDataView().getItems().map(s -> s.series().key()).toList();
        List<String> inDb = jdbc.sql("SELECT series_key FROM series").query(String.class).list();
        // the headline series too: a removed headline chart can be added again
        assertThat(offered).containsExactlyInAnyOrderElementsOf(inDb);
    }

    @Test
    void unknownPointInAPermalinkSaysSoInsteadOfFailing() {
        DashboardView view = open(Map.of("point", "o999999999"));
        assertThat(view.panel().getElement().getTextRecursively()).contains("does not exist");
    }

    @Test
    void aLinkToSeriesThatDoNotExistNamesThemInsteadOfSayingThereIsNoData() {
        DashboardView view = open(Map.of("cards", "no_such_series,china_russia_trade_usd_bn"));
        String text = view.getElement().getTextRecursively();
        assertThat(text).contains("do not exist here: no_such_series").doesNotContain("no data to chart yet");
        assertThat(view.cards()).extracting(c -> c.data().series().key()).containsExactly("china_russia_trade_usd_bn");
    }

    @Test
    void theChartsAndTheEventsTimelineZoomTogether() {
        DashboardView view = open(Map.of());
        List<String> groups = new java.util.ArrayList<>();
        view.cards().forEach(c -> groups.add(c.chart().getElement().getAttribute("data-zoom-group")));
        groups.add(view.timeline().chart().getElement().getAttribute("data-zoom-group"));
        assertThat(groups).hasSizeGreaterThan(2).containsOnly(ChartCard.ZOOM_GROUP);
        // the timeline has a zoom on its time axis to follow, and the reader cannot drag it on its own
        JsonNode zoom = JsonMapper.builder().build().readTree(view.timeline().chart().optionJson()).get("dataZoom");
        assertThat(zoom).hasSize(1);
        assertThat(zoom.get(0).get("xAxisIndex").get(0).asInt()).isZero();
        assertThat(zoom.get(0).get("zoomOnMouseWheel").asBoolean()).isFalse();
    }

    @Test
    void theAddressKeepsTheSourcesHiddenAndTheLinesSwitchOfEachChart() {
        String trade = "china_russia_trade_usd_bn";
        String gill = "001_810a6323d9c1b466.txt";
        DashboardView view = open(Map.of("hide", trade + ":" + gill, "nolines", trade));
        ChartCard card = view.cards().stream().filter(c -> c.data().series().key().equals(trade)).findFirst()
                .orElseThrow();
        assertThat(card.hiddenSourceKeys()).containsExactly(gill);
        assertThat(card.lines()).isFalse();
        String option = card.chart().optionJson();
        long gillId = card.data().sources().stream().filter(s -> s.sourceKey().equals(gill)).findFirst()
                .orElseThrow().sourceId();
        assertThat(option).doesNotContain("\"src-" + gillId + "\"").doesNotContain("\"line-");
        // the other charts are untouched, and the share link of this one carries its state
        assertThat(view.cards().stream().filter(c -> c != card).allMatch(ChartCard::lines)).isTrue();
        assertThat(java.net.URLDecoder.decode(card.permalinkPath(), java.nio.charset.StandardCharsets.UTF_8)).contains("hide=" + trade + ":" + gill).contains("nolines=" + trade);

        // the reader shows Gill again: the address follows
        com.vaadin.flow.component.html.NativeButton first = com.github.mvysny.kaributesting.v10.LocatorJ
                ._find(card, com.vaadin.flow.component.html.NativeButton.class).stream()
                .filter(b -> gill.equals(b.getElement().getAttribute("data-source"))).findFirst().orElseThrow();
        com.github.mvysny.kaributesting.v10.ButtonKt._click(first);
        assertThat(view.state().hidden()).isEmpty();
        assertThat(view.state().noLines()).containsExactly(trade);
    }

    @Test
    void cardsAreMovedAndRemovedAndTheAddressKeepsTheirOrder() {
        DashboardView view = open(Map.of());
        List<String> before = view.cards().stream().map(c -> c.data().series().key()).toList();
        assertThat(before).hasSizeGreaterThanOrEqualTo(3);
        com.github.mvysny.kaributesting.v10.ButtonKt._click(_get(com.vaadin.flow.component.button.Button.class,
                spec -> spec.withId("down-" + before.get(0))));
        List<String> moved = view.cards().stream().map(c -> c.data().series().key()).toList();
        assertThat(moved.subList(0, 2)).containsExactly(before.get(1), before.get(0));
        com.github.mvysny.kaributesting.v10.ButtonKt._click(_get(com.vaadin.flow.component.button.Button.class,
                spec -> spec.withId("remove-" + before.get(2))));
        List<String> left = view.cards().stream().map(c -> c.data().series().key()).toList();
        assertThat(left).doesNotContain(before.get(2)).hasSize(before.size() - 1);
        assertThat(view.state().cards()).isEqualTo(left);

        // the address reopens the same cards in the same order, and the first card cannot move up
        Map<String, String> query = new java.util.HashMap<>();
        view.state().toQuery().getParameters().forEach((k, v) -> query.put(k, v.getFirst()));
        assertThat(query).containsKey("cards");
        DashboardView again = open(query);
        assertThat(again.cards().stream().map(c -> c.data().series().key()).toList()).isEqualTo(left);
        assertThat(_get(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("up-" + left.get(0)))
                .isEnabled()).isFalse();
    }
}
