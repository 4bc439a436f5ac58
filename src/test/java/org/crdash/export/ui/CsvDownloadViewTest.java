package org.crdash.export.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import org.crdash.KaribuTest;
import org.crdash.chart.ui.OverviewView;
import org.junit.jupiter.api.Test;

class CsvDownloadViewTest extends KaribuTest {

    @Test
    void overviewOffersBothExportsAsDownloads() {
        UI.getCurrent().navigate(OverviewView.class);
        Anchor observations = _get(Anchor.class, spec -> spec.withId("download-observations"));
        assertThat(observations.getHref()).isEqualTo("api/export/observations.csv");
        assertThat(observations.getElement().hasAttribute("download")).isTrue();
        assertThat(observations.getElement().getAttribute("router-ignore")).isNotNull();
        assertThat(_get(observations, Button.class, spec -> spec.withText("All observations (CSV)"))).isNotNull();

        Anchor events = _get(Anchor.class, spec -> spec.withId("download-events"));
        assertThat(events.getHref()).isEqualTo("api/export/events.csv");
        assertThat(events.getElement().hasAttribute("download")).isTrue();
    }
}
