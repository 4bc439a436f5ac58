package org.crdash.chart.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.NativeButton;
import java.util.ArrayList;
import java.util.List;
import org.crdash.KaribuTest;
import org.crdash.chart.ChartService;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A chart card reads at a glance: legend, lines, values at their period, the disagreement drawn and labelled. */
class ChartCardTest extends KaribuTest {

    private ChartCard trade() {
        UI.getCurrent().navigate("");
        return _find(ChartCard.class).stream().filter(c -> c.data().series().key().equals("china_russia_trade_usd_bn"))
                .findFirst().orElseThrow();
    }

    private static JsonNode option(ChartCard card) {
        return JsonMapper.builder().build().readTree(card.chart().optionJson());
    }

    private static List<String> ids(JsonNode option, String prefix) {
        List<String> out = new ArrayList<>();
        option.get("series").forEach(s -> {
            String id = s.path("id").asString("");
            if (id.startsWith(prefix)) {
                out.add(id);
            }
        });
        return out;
    }

    @Test
    void conflictingValuesShareTheirPeriodsXAndTheSpreadIsLabelled() {
        JsonNode option = option(trade());
        List<String> xs2024 = new ArrayList<>();
        for (JsonNode s : option.get("series")) {
            if (s.path("id").asString("").startsWith("src-")) {
                s.get("data").forEach(item -> {
                    if (item.get("value").get(0).asString().startsWith("2024")) {
                        xs2024.add(item.get("value").get(0).asString());
                        assertThat(item.get("tip").asString()).contains("All values for 2024").contains("$237 bn")
                                .contains("$244.8 bn").contains("$245 bn");
                    }
                });
            }
        }
        // three sources' 2024 values at one x: the middle of 2024, not spread over May, July and August
        assertThat(xs2024).hasSize(3).containsOnly("2024-07-01");
        JsonNode spread = null;
        for (JsonNode s : option.get("series")) {
            if (s.path("id").asString("").equals("spread-2024")) {
                spread = s;
            }
        }
        assertThat(spread).isNotNull();
        assertThat(spread.get("data").get(0).get("value").get(1).decimalValue()).isEqualByComparingTo("237");
        assertThat(spread.get("data").get(1).get("value").get(1).decimalValue()).isEqualByComparingTo("245");
        assertThat(spread.get("data").get(1).get("label").get("formatter").asString())
                .isEqualTo("3 sources · 237–245 · 3.3 %");
    }

    @Test
    void eachSourcesValuesAreJoinedByALineThatCanBeSwitchedOff() {
        ChartCard card = trade();
        // Bobo Lo states trade for several years: his values are joined in period order
        assertThat(ids(option(card), "line-")).isNotEmpty();
        for (JsonNode line : option(card).get("series")) {
            if (line.path("crdashRole").asString("").equals("line")) {
                List<String> xs = new ArrayList<>();
                line.get("data").forEach(p -> xs.add(p.get(0).asString()));
                assertThat(xs).isSorted();
            }
        }
        card.setLines(false);
        assertThat(ids(option(card), "line-")).isEmpty();
        assertThat(ids(option(card), "src-")).hasSize(card.data().sources().size());
    }

    @Test
    void theLegendHasAKeyPerSourceAndAKeyHidesItsSource() {
        ChartCard card = trade();
        List<NativeButton> keys = _find(card, NativeButton.class).stream()
                .filter(b -> b.hasClassName("legend-key")).toList();
        assertThat(keys).hasSize(card.data().sources().size()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(keys).extracting(b -> b.getElement().getAttribute("aria-pressed")).containsOnly("true");
        // the source line names each source with what it states of itself
        assertThat(_find(card, com.vaadin.flow.component.html.Paragraph.class).stream()
                .map(p -> p.getText()).filter(t -> t.startsWith("Sources: ")).findFirst().orElseThrow())
                .contains("Bobo Lo").contains("Zorawar Singh Gill");

        long first = card.data().sources().getFirst().sourceId();
        com.github.mvysny.kaributesting.v10.ButtonKt._click(keys.getFirst());
        assertThat(keys.getFirst().getElement().getAttribute("aria-pressed")).isEqualTo("false");
        assertThat(ids(option(card), "src-")).doesNotContain("src-" + first)
                .hasSize(card.data().sources().size() - 1);
        com.github.mvysny.kaributesting.v10.ButtonKt._click(keys.getFirst());
        assertThat(ids(option(card), "src-")).contains("src-" + first);
    }

    @Test
    void closeValuesOfTheSamePeriodAreDrawnApartAndLabelledWithoutMovingTheirValues() {
        JsonNode option = option(trade());
        java.util.Map<String, JsonNode> by2024 = new java.util.TreeMap<>();
        for (JsonNode s : option.get("series")) {
            if (s.path("id").asString("").startsWith("src-")) {
                s.get("data").forEach(item -> {
                    if (item.get("value").get(0).asString().equals("2024-07-01")) {
                        by2024.put(item.get("value").get(1).decimalValue().stripTrailingZeros().toPlainString(), item);
                    }
                });
            }
        }
        assertThat(by2024).containsOnlyKeys("237", "244.8", "245");
        // 244.8 and 245 sit side by side (lowest left), each labelled with its value; 237 stays at 2024's x
        assertThat(by2024.get("244.8").get("symbolOffset").get(0).asInt()).isNegative();
        assertThat(by2024.get("245").get("symbolOffset").get(0).asInt()).isPositive();
        assertThat(by2024.get("244.8").get("label").get("formatter").asString()).isEqualTo("244.8");
        assertThat(by2024.get("245").get("label").get("formatter").asString()).isEqualTo("245");
        assertThat(by2024.get("237").has("symbolOffset")).isFalse();
    }

    @Test
    void hidingASourceRecomputesTheSpreadAndTheSideBySideOffsetsOverTheVisibleOnes() {
        ChartCard card = trade();
        java.util.Map<String, String> sourceOf2024 = new java.util.HashMap<>();
        for (JsonNode s : option(card).get("series")) {
            if (s.path("crdashRole").asString("").equals("values")) {
                s.get("data").forEach(item -> {
                    if (item.get("value").get(0).asString().equals("2024-07-01")) {
                        sourceOf2024.put(item.get("value").get(1).decimalValue().stripTrailingZeros().toPlainString(),
                                sourceKey(card, s.get("crdashSource").asLong()));
                    }
                });
            }
        }
        // 244.8 hidden: 237 and 245 remain, far apart, so 245 is drawn at 2024's x, unlabelled
        card.restore(java.util.Set.of(sourceOf2024.get("244.8")), true);
        JsonNode option = option(card);
        assertThat(spreadLabel(option)).isEqualTo("2 sources · 237–245 · 3.3 %");
        JsonNode lo = item2024(option, "245");
        assertThat(lo.has("symbolOffset")).isFalse();
        assertThat(lo.has("label")).isFalse();
        // 237 hidden too: one value for 2024, no disagreement to mark
        card.restore(java.util.Set.of(sourceOf2024.get("244.8"), sourceOf2024.get("237")), true);
        assertThat(spreadLabel(option(card))).isNull();
        card.restore(java.util.Set.of(), true);
        assertThat(spreadLabel(option(card))).isEqualTo("3 sources · 237–245 · 3.3 %");
    }

    private static String sourceKey(ChartCard card, long sourceId) {
        return card.data().sources().stream().filter(s -> s.sourceId() == sourceId).findFirst().orElseThrow()
                .sourceKey();
    }

    private static String spreadLabel(JsonNode option) {
        for (JsonNode s : option.get("series")) {
            if (s.path("id").asString("").equals("spread-2024")) {
                return s.get("data").get(1).get("label").get("formatter").asString();
            }
        }
        return null;
    }

    private static JsonNode item2024(JsonNode option, String value) {
        for (JsonNode s : option.get("series")) {
            if (s.path("crdashRole").asString("").equals("values")) {
                for (JsonNode item : s.get("data")) {
                    if (item.get("value").get(0).asString().equals("2024-07-01") && item.get("value").get(1)
                            .decimalValue().stripTrailingZeros().toPlainString().equals(value)) {
                        return item;
                    }
                }
            }
        }
        throw new AssertionError("no 2024 value " + value);
    }

    @Test
    void theTableSaysEachValuesReviewStatus() {
        ChartService charts = context.getBean(ChartService.class);
        CardTable table = new CardTable(id -> { });
        table.show(charts.chart("china_russia_trade_usd_bn", null, null, List.of()).orElseThrow());
        String html = table.getElement().getOuterHTML();
        assertThat(html).contains("<th scope=\"col\">Review</th>").contains("<td>extracted</td>");
    }
}
