package org.crdash.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PassageContextTest {

    private static final String TEXT = "First one. Second one. The passage is here. Fourth one. Fifth one. Sixth.";

    @Test
    void cutsWholeSentencesAroundThePassage() {
        int start = TEXT.indexOf("The passage");
        int end = start + "The passage is here.".length();
        PassageContext c = PassageContext.around(TEXT, start, end, 1);
        assertThat(c.passage()).isEqualTo("The passage is here.");
        assertThat(c.before()).isEqualTo("Second one. ");
        assertThat(c.after()).isEqualTo(" Fourth one.");
        assertThat(c.truncatedBefore()).isTrue();
        assertThat(c.truncatedAfter()).isTrue();
        assertThat(c.before() + c.passage() + c.after()).isEqualTo(TEXT.substring(start - 12, end + 12));
    }

    @Test
    void stopsAtTheEdgesOfTheText() {
        PassageContext c = PassageContext.around(TEXT, 0, 10, 3);
        assertThat(c.before()).isEmpty();
        assertThat(c.truncatedBefore()).isFalse();
        assertThat(c.after()).isEqualTo(" Second one. The passage is here. Fourth one.");
    }

    @Test
    void rejectsOffsetsOutsideTheText() {
        assertThatThrownBy(() -> PassageContext.around(TEXT, 5, 500, 1)).hasMessageContaining("outside the text");
    }

    @Test
    void locateFindsVerbatimOnceOrAtTheGivenOffset() {
        String t = "abc xyz abc";
        assertThatThrownBy(() -> Passages.locate(t, "abc", null)).hasMessageContaining("more than once");
        assertThat(Passages.locate(t, "abc", 8)).isEqualTo(8);
        assertThat(Passages.locate(t, "xyz", null)).isEqualTo(4);
        assertThatThrownBy(() -> Passages.locate(t, "abd", null)).hasMessageContaining("not in the source text");
        assertThatThrownBy(() -> Passages.locate(t, "abc", 3)).hasMessageContaining("not at offset 3");
    }
}
