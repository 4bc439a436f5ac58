package org.crdash.export.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.crdash.event.EventFilter;
import org.crdash.export.CsvDialect;
import org.crdash.event.api.EventFilterParams;
import org.crdash.series.ObservationFilter;
import org.crdash.series.api.ObservationFilterParams;
import org.springframework.modulith.NamedInterface;

/**
 * Links to the export endpoint with a view's filter, so the file a person downloads is exactly what
 * {@code /api/export/...} serves (one implementation, {@code ExportService}).
 *
 * <pre>{@code add(CsvDownload.observations(ObservationFilter.ofSeries("china_russia_trade_usd_bn")));}</pre>
 */
@NamedInterface("ui")
public final class CsvDownload {

    public static final String OBSERVATIONS_PATH = "api/export/observations.csv";
    public static final String EVENTS_PATH = "api/export/events.csv";
    public static final String DATA_PACKAGE_PATH = "api/export/datapackage.zip";

    private CsvDownload() {
    }

    /** A "Download CSV" button for the observations matching the filter (the data CSV). */
    public static Anchor observations(ObservationFilter filter) {
        return link(observationsUrl(filter, CsvDialect.DATA), "Download CSV");
    }

    /** A download link with its own label; views offering a choice of formats use {@link ExportLinks}. */
    public static Anchor link(String url, String label) {
        Button button = new Button(label, VaadinIcon.DOWNLOAD_ALT.create());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.setTabIndex(-1); // the link takes the focus, not the button inside it
        Anchor anchor = new Anchor(url, button);
        anchor.getElement().setAttribute("download", true);
        anchor.setRouterIgnore(true);
        anchor.addClassName("csv-download");
        return anchor;
    }

    /** Relative URL (resolved against the app's base) of the observations export for the filter. */
    public static String observationsUrl(ObservationFilter filter, CsvDialect dialect) {
        List<String> query = new ArrayList<>();
        filter.seriesKeys().forEach(k -> add(query, ObservationFilterParams.SERIES, k));
        add(query, ObservationFilterParams.SOURCE, filter.sourceKey());
        add(query, ObservationFilterParams.FROM, filter.from());
        add(query, ObservationFilterParams.TO, filter.to());
        add(query, ObservationFilterParams.ORIGIN, filter.origin() == null ? null : filter.origin().code());
        add(query, ObservationFilterParams.REVIEW, filter.review() == null ? null : filter.review().code());
        add(query, ObservationFilterParams.INCLUDE_DELETED, filter.includeDeleted() ? "true" : null);
        return url(OBSERVATIONS_PATH, query, dialect);
    }

    /** Relative URL (resolved against the app's base) of the events export for the filter. */
    public static String eventsUrl(EventFilter filter, CsvDialect dialect) {
        List<String> query = new ArrayList<>();
        add(query, EventFilterParams.CATEGORY, filter.category());
        add(query, EventFilterParams.SOURCE, filter.sourceKey());
        add(query, EventFilterParams.FROM, filter.from());
        add(query, EventFilterParams.TO, filter.to());
        add(query, EventFilterParams.ORIGIN, filter.origin() == null ? null : filter.origin().code());
        add(query, EventFilterParams.REVIEW, filter.review() == null ? null : filter.review().code());
        add(query, EventFilterParams.INCLUDE_DELETED, filter.includeDeleted() ? "true" : null);
        return url(EVENTS_PATH, query, dialect);
    }

    private static void add(List<String> query, String name, Object value) {
        if (value != null) {
            query.add(name + "=" + URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
        }
    }

    private static String url(String path, List<String> query, CsvDialect dialect) {
        if (!dialect.queryParameters().isEmpty()) {
            query.add(dialect.queryParameters());
        }
        return query.isEmpty() ? path : path + "?" + String.join("&", query);
    }
}
