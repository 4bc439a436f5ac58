package org.crdash.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.dom.Style;
import org.crdash.KaribuTest;
import org.junit.jupiter.api.Test;

/** The header's account keeps to one line on a phone (390 px: "Sign in" wrapped onto two). */
class MainLayoutTest extends KaribuTest {

    private static void oneLine(Style style) {
        assertThat(style.get("white-space")).isEqualTo("nowrap");
        assertThat(style.get("flex-shrink")).isEqualTo("0");
    }

    @Test
    void signInNeverWraps() {
        UI.getCurrent().navigate("");
        oneLine(_get(Anchor.class, spec -> spec.withId("sign-in")).getStyle());
    }
}
