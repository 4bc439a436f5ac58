package org.crdash.chart.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.util.Set;
import org.crdash.KaribuTest;
import org.crdash.chart.ChartSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A hidden source is not counted (caption, summary) and is said where it is missing (tooltips, whisker); the table
 * shows each disputed period's spread; the summary for screen readers names range, counts and disputes.
 */
class HiddenSourcesTest extends KaribuTest {

    private ChartCard trade() {
        UI.getCurrent().navigate("");
        return _find(ChartCard.class).stream().filter(c -> c.data().series().key().equals("china_russia_trade_usd_bn"))
                .findFirst().orElseThrow();
    }

    private static JsonNode option(ChartCard card) {
        return JsonMapper.builder().build().readTree(card.chart().optionJson());
    }

    /** The source stating this 2024 value. */
    private static ChartSource sourceOf(ChartCard card, String value) {
        long id = card.data().observations().stream().filter(o -> o.period().label().equals("2024")
                && o.value().stripTrailingZeros().toPlainString().equals(value)).findFirst().orElseThrow().sourceId();
        return card.data().sources().stream().filter(s -> s.sourceId() == id).findFirst().orElseThrow();
    }

    private static String caption(ChartCard card) {
        return card.getElement().getChildren().filter(e -> e.getClassList().contains("card-caption")).findFirst()
                .orElseThrow().getText();
    }

    @Test
    void hiddenSourcesAreNotCountedAndTheTooltipsSayWhatIsHidden() {
        ChartCard card = trade();
        assertThat(caption(card)).contains("8 values from 5 sources · sources disagree for 1 period");
        ChartSource andrieu = sourceOf(card, "244.8");
        ChartSource gill = sourceOf(card, "237");
        card.restore(Set.of(andrieu.sourceKey()), true);
        assertThat(caption(card)).contains("hidden, not counted: " + andrieu.label())
                .contains("sources shown disagree for 1 period");
        JsonNode spread = null;
        for (JsonNode s : option(card).get("series")) {
            if (s.path("id").asString("").equals("spread-2024")) {
                spread = s;
            }
        }
        assertThat(spread).isNotNull();
        assertThat(spread.get("data").get(1).get("tip").asString()).contains("Hidden in this chart, not counted")
                .contains("$244.8 bn — " + andrieu.label());
        // 237 hidden too: 2024 has one value shown, no dispute counted, and its tooltip still names both hidden
        card.restore(Set.of(andrieu.sourceKey(), gill.sourceKey()), true);
        assertThat(caption(card)).doesNotContain("disagree").contains(andrieu.label()).contains(gill.label());
        String tip = null;
        for (JsonNode s : option(card).get("series")) {
            if (!s.path("crdashRole").asString("").equals("values")) {
                continue;
            }
            for (JsonNode d : s.path("data")) {
                if (d.isObject() && d.path("value").path(0).asString("").equals("2024-07-01") && d.has("tip")) {
                    tip = d.get("tip").asString();
                }
            }
        }
        assertThat(tip).contains("$244.8 bn — " + andrieu.label()).contains("$237 bn — " + gill.label())
                .contains("not counted");
        assertThat(option(card).get("crdashDescription").asString())
                .contains("Hidden in this chart, not counted: ").doesNotContain("disagree");
    }

    @Test
    void theSummaryNamesRangeCountsAndDisputesAndTheTooltipIsHeadedByThePeriod() {
        ChartCard card = trade();
        assertThat(card.chart().getElement().getAttribute("aria-label")).startsWith(
                "China–Russia bilateral trade (USD bn), 2020 to 2024: 8 values from 5 sources; sources disagree "
                        + "for 1 period — 2024: 3 sources disagree, from $237 bn to $245 bn (3.3 %).");
        for (JsonNode s : option(card).get("series")) {
            if (s.path("crdashRole").asString("").equals("values")) {
                for (JsonNode d : s.get("data")) {
                    if (d.get("value").get(0).asString().equals("2024-07-01")) {
                        assertThat(d.get("tip").asString()).startsWith("<div><b>All values for 2024</b>");
                    }
                }
            }
        }
    }

    @Test
    void theTableShowsEachDisputedPeriodsSpread() {
        ChartCard card = trade();
        CardTable table = new CardTable(id -> { });
        table.show(card.data());
        String html = table.getElement().getOuterHTML();
        assertThat(html).contains("<th scope=\"col\">Sources disagree</th>");
        assertThat(html.split("3 sources · 237–245 · 3.3 %", -1)).hasSize(4); // on each of the three 2024 rows
    }
}
