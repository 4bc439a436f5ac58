package org.crdash.chart.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.crdash.KaribuTest;
import org.crdash.chart.CompareOptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A compared chart's option: each series in its colour and dash, each source by its marker, ids unique. */
class CompareCardTest extends KaribuTest {

    static final String A = "china_share_of_russia_trade_pct";
    static final String B = "russia_share_of_china_trade_pct";

    @Autowired
    JdbcClient jdbc;

    private CompareCard open(String query) {
        UI.getCurrent().navigate("", QueryParameters.fromString(query));
        List<CompareCard> compared = _get(DashboardView.class).compared();
        assertThat(compared).hasSize(1);
        return compared.getFirst();
    }

    private List<String> ids(String key) {
        return jdbc.sql("""
                SELECT 'o' || o.id FROM observation o JOIN series s ON s.id = o.series_id
                WHERE s.series_key = ? AND o.deleted_at IS NULL""").param(key).query(String.class).list();
    }

    private static JsonNode option(CompareCard card) {
        return JsonMapper.builder().build().readTree(card.chart().optionJson());
    }

    @Test
    void eachSeriesHasItsColourAndDashEachSourceItsMarkerAndEveryTipNamesTheSeries() {
        CompareCard card = open("cards=" + A + "%2B" + B);
        JsonNode option = option(card);
        List<String> seriesIds = new ArrayList<>();
        Set<String> drawn = new HashSet<>();
        for (JsonNode s : option.get("series")) {
            seriesIds.add(s.path("id").asString());
            String key = s.path("crdashSeries").asString();
            int i = key.equals(A) ? 0 : 1;
            String role = s.path("crdashRole").asString();
            if (role.equals("values")) {
                assertThat(s.get("itemStyle").get("color").asString()).isEqualTo(CompareOptions.color(i));
                for (JsonNode d : s.get("data")) {
                    drawn.add(key + ":" + d.get("id").asString());
                    assertThat(d.get("tip").asString()).contains(i == 0 ? "China’s share of Russia’s foreign trade"
                            : "Russia’s share of China’s foreign trade");
                }
            }
            if (role.equals("line")) {
                assertThat(s.get("lineStyle").get("color").asString()).isEqualTo(CompareOptions.color(i));
                assertThat(s.get("lineStyle").has("type")).as("dash of %s", key).isEqualTo(i == 1);
            }
        }
        assertThat(seriesIds).doesNotHaveDuplicates();
        ids(A).forEach(id -> assertThat(drawn).contains(A + ":" + id));
        ids(B).forEach(id -> assertThat(drawn).contains(B + ":" + id));
        assertThat(option.get("crdashPointCount").asInt()).isEqualTo(ids(A).size() + ids(B).size());
        assertThat(option.get("crdashDescription").asString()).startsWith("2 series compared (%)");
    }

    @Test
    void aHiddenSourceIsHiddenInEverySeriesAndKeptInTheAddress() {
        String source = jdbc.sql("""
                SELECT so.source_key FROM observation o JOIN series s ON s.id = o.series_id
                JOIN source so ON so.id = o.source_id WHERE s.series_key = ? LIMIT 1""").param(B)
                .query(String.class).single();
        CompareCard card = open("cards=" + A + "%2B" + B + "&hide=" + A + ":" + source);
        assertThat(card.hiddenSourceKeys()).containsExactly(source);
        for (JsonNode s : option(card).get("series")) {
            assertThat(s.path("name").asString()).doesNotEndWith("— " + card.data().sources().stream()
                    .filter(x -> x.sourceKey().equals(source)).findFirst().orElseThrow().label());
        }
        assertThat(card.permalinkPath()).contains("hide=").contains(A + "%3A" + source.replace(".", "."))
                .contains(B + "%3A");
    }
}
