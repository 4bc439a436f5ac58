package org.crdash.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EventSearchTest {

    @Test
    void everyWordMustOccurAsAWordOrFromThreeLettersOnTheStartOfOne() {
        assertThat(new EventSearch("no limits").tsquery()).isEqualTo("'no' & 'limits':*");
        assertThat(new EventSearch("  Sanction, 2014! ").tsquery()).isEqualTo("'sanction':* & '2014':*");
    }

    @Test
    void quotedWordsMustOccurInOrder() {
        assertThat(new EventSearch("\"no limits\" summit").tsquery()).isEqualTo("('no' <-> 'limits':*) & 'summit':*");
        assertThat(new EventSearch("\"no-limits").tsquery()).isEqualTo("('no' <-> 'limits':*)");
    }

    @Test
    void onlyLettersAndDigitsReachTheQuery() {
        assertThat(new EventSearch("o'neil'); DROP TABLE event; -- & | ! <->").tsquery())
                .isEqualTo("'o' & 'neil':* & 'drop':* & 'table':* & 'event':*");
        assertThat(new EventSearch("Путин 習近平").tsquery()).isEqualTo("'путин':* & '習近平':*");
        assertThat(new EventSearch(" \"\" -- ").isEmpty()).isTrue();
        assertThat(new EventSearch(null).tsquery()).isNull();
        assertThat(new EventSearch("w ".repeat(30)).tsquery().split("&")).hasSize(EventSearch.MAX_WORDS);
        assertThat(new EventSearch("Путин").tsquery()).isEqualTo("'путин':*");
    }
}
