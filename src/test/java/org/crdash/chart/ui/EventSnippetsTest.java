package org.crdash.chart.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The search hit in an event's passage is whole words, in any case and script. */
class EventSnippetsTest {

    private static String hit(String text, String... words) {
        int[] at = EventSnippets.hit(text, List.of(words));
        return at == null ? null : text.substring(at[0], at[1]);
    }

    @Test
    void shortWordsMatchOnlyWholeWordsAndThePhraseComesFirst() {
        String text = "North Korea aside, Putin and Xi declared a friendship with No limits.";
        assertThat(hit(text, "no", "limits")).isEqualTo("No limits");
        assertThat(hit("North and South; no one else.", "no")).isEqualTo("no");
        assertThat(hit("North and South.", "no")).isNull();
        assertThat(hit("Nobody knows.", "no")).isNull();
    }

    @Test
    void longerWordsMatchTheStartOfAWordAndMarkTheWholeWord() {
        assertThat(hit("New sanctions were announced.", "sanction")).isEqualTo("sanctions");
        assertThat(hit("Unsanctioned trade.", "sanction")).isNull();
    }

    @Test
    void caseAndScriptsAreUnicodeAware() {
        assertThat(hit("Die ÜBER-Lösung", "über")).isEqualTo("ÜBER");
        assertThat(hit("Нетто и НЕТ", "нет")).isEqualTo("Нетто");
        assertThat(hit("Нетто и НЕТ", "не")).isNull();
        assertThat(hit("Сказал: НЕ ТАК", "не")).isEqualTo("НЕ");
        assertThat(hit("Anything", List.of().toArray(String[]::new))).isNull();
    }
}
