package org.crdash.export.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.QueryParameters;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.crdash.KaribuTest;
import org.crdash.chart.ui.OverviewView;
import org.crdash.chart.ui.EventsView;
import org.junit.jupiter.api.Test;

/**
 * Next to every "Download CSV" the UI offers the data CSV, the CSV for Excel in the browser locale's convention
 * and the data package (issue 18), all as plain download links to the one export endpoint.
 */
class CsvDownloadViewTest extends KaribuTest {

    @Test
    void overviewOffersBothExportsAsDownloads() {
        UI.getCurrent().navigate(OverviewView.class);
        Anchor observations = link("download-observations");
        assertThat(observations.getHref()).isEqualTo("api/export/observations.csv");
        assertThat(observations.getElement().hasAttribute("download")).isTrue();
        assertThat(observations.getElement().getAttribute("router-ignore")).isNotNull();
        assertThat(observations.getElement().getTextRecursively()).contains("CSV");

        Anchor events = link("download-events");
        assertThat(events.getHref()).isEqualTo("api/export/events.csv");
        assertThat(events.getElement().hasAttribute("download")).isTrue();
    }

    @Test
    void aCommaDecimalLocaleGetsSemicolonsAndDecimalCommas() {
        UI.getCurrent().setLocale(Locale.GERMANY);
        UI.getCurrent().navigate(OverviewView.class);
        Anchor excel = link("download-observations-excel");
        assertThat(excel.getHref()).isEqualTo("api/export/observations.csv?excel=true&decimal=comma");
        assertThat(excel.getElement().getTextRecursively()).contains("Excel").contains("decimal comma");
        assertThat(excel.getElement().getAttribute("title")).contains("';'").contains("formula");
        assertThat(excel.getElement().hasAttribute("download")).isTrue();
        assertThat(link("download-events-excel").getHref()).isEqualTo("api/export/events.csv?excel=true&decimal=comma");
        assertThat(link("download-observations-package").getHref()).isEqualTo("api/export/datapackage.zip");
        assertThat(link("download-observations-package").getElement().getTextRecursively()).contains("Data package");
    }

    @Test
    void aPointDecimalLocaleGetsCommasAndDecimalPoints() {
        UI.getCurrent().setLocale(Locale.US);
        UI.getCurrent().navigate(OverviewView.class);
        Anchor excel = link("download-observations-excel");
        assertThat(excel.getHref()).isEqualTo("api/export/observations.csv?excel=true&decimal=point");
        assertThat(excel.getElement().getTextRecursively()).contains("Excel").contains("decimal point");
    }

    @Test
    void theDashboardsChoiceExportsWhatIsShown() {
        UI.getCurrent().setLocale(Locale.FRANCE);
        UI.getCurrent().navigate("", QueryParameters.simple(Map.of("from", "2019-01-01", "to", "2025-12-31")));
        assertThat(link("download-csv").getHref()).startsWith("api/export/observations.csv?")
                .contains("series=china_russia_trade_usd_bn").contains("from=2019-01-01").doesNotContain("excel");
        assertThat(link("download-csv-excel").getHref()).startsWith("api/export/observations.csv?")
                .contains("series=china_russia_trade_usd_bn").contains("from=2019-01-01")
                .endsWith("&excel=true&decimal=comma");
        assertThat(link("download-csv-package").getHref()).isEqualTo("api/export/datapackage.zip");
    }

    @Test
    void theEventsViewsChoiceFollowsItsFilters() {
        UI.getCurrent().setLocale(Locale.UK);
        UI.getCurrent().navigate(EventsView.class);
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<String> category = _get(MultiSelectComboBox.class, spec -> spec.withId("category-filter"));
        category.setValue(Set.of("summit"));
        assertThat(link("download-events-csv").getHref()).isEqualTo("api/export/events.csv?category=summit");
        assertThat(link("download-events-csv-excel").getHref())
                .isEqualTo("api/export/events.csv?category=summit&excel=true&decimal=point");
        assertThat(link("download-events-csv-package").getHref()).isEqualTo("api/export/datapackage.zip");
    }

    private static Anchor link(String id) {
        return _get(Anchor.class, spec -> spec.withId(id));
    }
}
