package org.crdash.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The sentence segmenter on prose written for this test. */
class SentencesTest {

    private static List<String> texts(String text) {
        return Sentences.of(text).stream().map(Sentences.Sentence::text).toList();
    }

    @Test
    void abbreviationsDecimalsAndDatesDoNotEndASentence() {
        assertThat(texts("On Feb. 24, 2023, the U.S. Treasury listed 120 firms. Their trade fell."))
                .containsExactly("On Feb. 24, 2023, the U.S. Treasury listed 120 firms.", "Their trade fell.");
        assertThat(texts("The U.S. Congress met. It paid $244.8 billion."))
                .containsExactly("The U.S. Congress met.", "It paid $244.8 billion.");
        assertThat(texts("Talks began on Dec. 3 in Beijing. Mr. Wang spoke."))
                .containsExactly("Talks began on Dec. 3 in Beijing.", "Mr. Wang spoke.");
    }

    @Test
    void footnoteMarkersStayWithTheirSentence() {
        assertThat(texts("Ties are close.12 The rest is noise."))
                .containsExactly("Ties are close.12", "The rest is noise.");
    }
}
