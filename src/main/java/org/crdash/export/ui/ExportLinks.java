package org.crdash.export.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.server.VaadinRequest;
import java.util.Locale;
import java.util.function.BiFunction;
import org.crdash.event.EventFilter;
import org.crdash.export.CsvDialect;
import org.crdash.series.ObservationFilter;
import org.springframework.modulith.NamedInterface;

/**
 * The download choice a view shows where it used to show "Download CSV": the data CSV, the CSV for Excel in the
 * convention of the browser's locale (';' with decimal comma, or ',' with decimal point — the label says which),
 * and the data package. Plain links (right-click and save works, no JavaScript), to the same export endpoint.
 *
 * <pre>{@code ExportLinks<ObservationFilter> links = ExportLinks.observations("download-csv", "Download");
 * links.setFilter(filter);}</pre>
 *
 * @param <F> the filter the view has (observations or events)
 */
@NamedInterface("ui")
public final class ExportLinks<F> extends Div implements LocaleChangeObserver {

    private final BiFunction<F, CsvDialect, String> url;
    private final Anchor data;
    private final Anchor spreadsheet;
    private CsvDialect excel;
    private F filter;

    private ExportLinks(String id, String label, BiFunction<F, CsvDialect, String> url, F all) {
        this.url = url;
        addClassName("export-links");
        Span title = new Span(label);
        title.addClassName("export-links-label");
        data = link(id, "CSV", "The data file for programs: comma-separated (RFC 4180), UTF-8, every cell verbatim "
                + "— each passage equals its source text between its offsets.");
        data.addComponentAsFirst(VaadinIcon.DOWNLOAD_ALT.create());
        spreadsheet = link(id + "-excel", "", "");
        useLocale(browserLocale(null));
        Anchor pack = link(id + "-package", "Data package (.zip)", "Every observation, event, series and source as "
                + "CSV with a schema describing each column, plus the source texts (Frictionless Data Package).");
        pack.setHref(CsvDownload.DATA_PACKAGE_PATH);
        add(title, data, spreadsheet, pack);
        setFilter(all);
    }

    /** Links for observations, starting with all of them. */
    public static ExportLinks<ObservationFilter> observations(String id, String label) {
        return new ExportLinks<>(id, label, CsvDownload::observationsUrl, ObservationFilter.ALL);
    }

    /** Links for events, starting with all of them. */
    public static ExportLinks<EventFilter> events(String id, String label) {
        return new ExportLinks<>(id, label, CsvDownload::eventsUrl, EventFilter.ALL);
    }

    /**
     * Links for another feature's table (exported with {@code CsvDownloads.send}): {@code url} gives the download
     * address of a filter in a dialect (append {@link CsvDialect#queryParameters()}), {@code all} the filter to
     * start with.
     */
    public static <F> ExportLinks<F> of(String id, String label, BiFunction<F, CsvDialect, String> url, F all) {
        return new ExportLinks<>(id, label, url, all);
    }

    /** Points the CSV links at the rows the view shows (the data package always holds everything). */
    public ExportLinks<F> setFilter(F filter) {
        this.filter = filter;
        data.setHref(url.apply(filter, CsvDialect.DATA));
        spreadsheet.setHref(url.apply(filter, excel));
        return this;
    }

    /** Called on attach and whenever the UI's locale changes: the spreadsheet variant follows it. */
    @Override
    public void localeChange(LocaleChangeEvent event) {
        useLocale(browserLocale(event.getLocale()));
        if (filter != null) {
            setFilter(filter);
        }
    }

    private void useLocale(Locale locale) {
        excel = CsvDialect.excelFor(locale);
        boolean comma = excel == CsvDialect.EXCEL_DECIMAL_COMMA;
        spreadsheet.setText(comma ? "CSV for Excel (; and decimal comma)" : "CSV for Excel (, and decimal point)");
        spreadsheet.getElement().setAttribute("title", "For spreadsheets in your locale: " + (comma
                ? "';' between fields and decimal commas (244,8)" : "',' between fields and decimal points (244.8)")
                + ", UTF-8 with byte-order mark. Cells a spreadsheet would run as a formula (starting with = + - @) "
                + "begin with ' so they show as text.");
    }

    private static Anchor link(String id, String text, String explanation) {
        Anchor anchor = new Anchor("", text);
        anchor.setId(id);
        anchor.getElement().setAttribute("download", true);
        anchor.getElement().setAttribute("title", explanation);
        anchor.setRouterIgnore(true);
        anchor.addClassName("export-link");
        return anchor;
    }

    /**
     * The browser's locale (its Accept-Language), which decides how a spreadsheet there reads decimals. The UI's
     * locale is the server's unless an app sets it, so it is only the fallback (and what tests set).
     */
    private static Locale browserLocale(Locale uiLocale) {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request != null && request.getHeader("Accept-Language") != null && request.getLocale() != null) {
            return request.getLocale();
        }
        if (uiLocale != null) {
            return uiLocale;
        }
        UI ui = UI.getCurrent();
        return ui != null && ui.getLocale() != null ? ui.getLocale() : Locale.getDefault();
    }
}
