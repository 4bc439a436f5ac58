package org.crdash.chart.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The permalink's grammar: {@code cards=a+b,c} is a chart comparing a and b, then c's own chart. */
class ViewStateTest {

    private static ViewState parse(String query) {
        return ViewState.parse(QueryParameters.fromString(query));
    }

    @Test
    void aPlusJoinsTheSeriesOfOneComparedCard() {
        // "+" as typed (decoded to a space) and as encoded by the browser/Vaadin (%2B) read the same
        for (String q : List.of("cards=aaa_x+bbb_y,ccc_z", "cards=aaa_x%2Bbbb_y,ccc_z", "cards=aaa_x%20bbb_y,ccc_z")) {
            assertThat(parse(q).cards()).as(q).containsExactly("aaa_x+bbb_y", "ccc_z");
        }
    }

    @Test
    void repeatsGarbageAndTooManySeriesAreLeftOut() {
        assertThat(parse("cards=aaa_x+aaa_x+B!+bbb_y,aaa_x+bbb_y,,ccc_z").cards())
                .containsExactly("aaa_x+bbb_y", "ccc_z");
        assertThat(parse("cards=aaa_a+bbb_b+ccc_c+ddd_d+eee_e").cards()).containsExactly("aaa_a+bbb_b+ccc_c+ddd_d");
        assertThat(ViewState.parts("aaa_x++bbb_y ")).containsExactly("aaa_x", "bbb_y");
        assertThat(ViewState.parts("+")).isEmpty();
        assertThat(parse("cards=+").cards()).isEmpty();
    }

    @Test
    void aComparedCardRoundTripsWithItsRangeHiddenSourcesAndLines() {
        ViewState state = parse("cards=aaa_x+bbb_y,ccc_z&from=2019&to=2025&hide=aaa_x:s1.txt,bbb_y:s1.txt"
                + "&nolines=aaa_x,bbb_y&point=o12");
        String query = state.toQuery().getQueryString();
        assertThat(query).contains("cards=aaa_x%2Bbbb_y%2Cccc_z");
        ViewState again = ViewState.parse(QueryParameters.fromString(query));
        assertThat(again).isEqualTo(state);
        assertThat(again.cards()).containsExactly("aaa_x+bbb_y", "ccc_z");
        assertThat(again.hiddenIn("bbb_y")).isEqualTo(Set.of("s1.txt"));
        assertThat(again.noLines()).containsExactlyInAnyOrder("aaa_x", "bbb_y");
        assertThat(again.point()).isEqualTo("o12");
    }

    @Test
    void aSingleCardStaysAsItWas() {
        assertThat(parse("cards=aaa_x,bbb_y").cards()).containsExactly("aaa_x", "bbb_y");
        assertThat(parse("series=aaa_x").cards()).isNull();
    }
}
