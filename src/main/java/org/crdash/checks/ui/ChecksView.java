package org.crdash.checks.ui;


import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import org.crdash.base.ui.MainLayout;
import org.crdash.checks.CheckFilter;
import org.crdash.checks.CheckKind;
import org.crdash.checks.CheckService;
import org.crdash.checks.Checked;
import org.crdash.checks.Finding;
import org.crdash.checks.ReviewStatus;
import org.crdash.checks.Verdict;
import org.crdash.export.CsvDialect;
import org.crdash.export.ui.ExportLinks;
import org.crdash.source.SourceService;

/**
 * Every result of the claim checker: counts per check and verdict (each a filter), filters by check, verdict,
 * review, series and source, the list, and the selected finding with its passages side by side. The address holds
 * filters and selection, so every finding has a permalink ({@code /checks?finding=…}).
 */
@Route(value = "checks", layout = MainLayout.class)
@Menu(title = "Checks", order = 3.5, icon = "vaadin:check-square-o")
@AnonymousAllowed
@StyleSheet("context://styles/checks.css")
public class ChecksView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final CheckService checks;
    private final SourceService sources;
    private final Grid<Checked> grid = new Grid<>();
    private final Div counts = new Div();
    private final Div filters = new Div();
    private final FindingDetail detail;
    private final ExportLinks<CheckFilter> downloads = ExportLinks.of("download-checks", "Download",
            ChecksView::csvUrl, CheckFilter.ALL);
    private ChecksPageState state = new ChecksPageState(CheckFilter.ALL, null);

    public ChecksView(CheckService checks, SourceService sources) {
        this.checks = checks;
        this.sources = sources;
        this.detail = new FindingDetail(checks, sources, this::reload);
        addClassName("checks-view");
        Paragraph intro = new Paragraph("What a careful fact-checker would check by hand, for every observation: "
                + "sources that disagree on the same figure (and by how much), values not written in their passage, "
                + "growth rates against the levels they connect, the same quantity in other units, parts against "
                + "totals. Values are compared with the rounding and qualifiers they are stated with.");
        intro.addClassName("intro");
        counts.addClassName("check-counts");
        filters.addClassName("check-filters");
        grid.setId("findings");
        grid.setAriaLabel("Findings of the claim checker");
        grid.addComponentColumn(ChecksView::row).setHeader("Finding");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(e -> go(state.withFinding(e.getItem().finding().key())));
        Div list = new Div(grid);
        list.addClassName("check-list");
        Div body = new Div(list, detail);
        body.addClassName("checks-body");
        Div top = new Div(counts, new Div(filters, downloads));
        top.addClassName("checks-top");
        add(new H2("Checks"), intro, top, body);
    }

    /** One finding in the list: what it is about, then check, verdict, severity and review. */
    private static Div row(Checked c) {
        Finding f = c.finding();
        Span title = new Span(f.title());
        title.addClassName("check-row-title");
        Span kind = new Span(f.kind().label());
        kind.addClassName("check-row-kind");
        Div meta = new Div(kind, Labels.verdict(f.verdict()));
        if (f.severity() != org.crdash.checks.Severity.NONE) {
            meta.add(Labels.severity(f.severity()));
        }
        if (c.review().reviewed() || f.verdict() == Verdict.CONFLICT) {
            meta.add(Labels.review(c.review().status()));
        }
        meta.addClassName("check-row-meta");
        Div row = new Div(title, meta);
        row.addClassName("check-row");
        return row;
    }

    @Override
    public String getPageTitle() {
        return "Checks · China–Russia dashboard";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        state = ChecksPageState.parse(event.getLocation().getQueryParameters());
        reload();
    }

    FindingDetail detail() {
        return detail;
    }

    Grid<Checked> grid() {
        return grid;
    }

    private void reload() {
        List<Checked> all = checks.findings(CheckFilter.ALL);
        List<Checked> shown = checks.findings(state.filter());
        grid.setItems(shown);
        showCounts();
        showFilters(all);
        downloads.setFilter(state.filter());
        Checked selected = state.finding() == null ? null : checks.finding(state.finding()).orElse(null);
        if (selected != null) {
            grid.select(shown.contains(selected) ? selected : null);
            detail.show(selected);
            // on a phone the list and counts come first: bring the chosen finding into view
            detail.getElement().executeJs("if (window.innerWidth < 900) this.scrollIntoView()");
        } else if (state.finding() != null) {
            detail.showMissing(state.finding());
        } else {
            detail.showEmpty(shown.size());
        }
    }

    private void showCounts() {
        counts.removeAll();
        CheckFilter unfiltered = new CheckFilter(null, null, null, state.filter().series(), state.filter().source(),
                state.filter().review());
        Map<CheckKind, Map<Verdict, Long>> byKind = checks.counts(unfiltered);
        Element table = new Element("table");
        Element head = new Element("tr");
        head.appendChild(new Element("th").setText("Check"));
        for (Verdict v : List.of(Verdict.CONFLICT, Verdict.AGREES_AFTER_ROUNDING, Verdict.CONSISTENT)) {
            head.appendChild(new Element("th").setText(v == Verdict.AGREES_AFTER_ROUNDING ? "After rounding"
                    : v.label()));
        }
        table.appendChild(new Element("thead").appendChild(head));
        Element rows = new Element("tbody");
        byKind.forEach((kind, n) -> {
            Element tr = new Element("tr");
            Element name = new Element("th").setAttribute("scope", "row");
            name.appendChild(countButton(kind.label(), unfiltered.withKind(kind), kind.description()).getElement());
            tr.appendChild(name);
            for (Verdict v : List.of(Verdict.CONFLICT, Verdict.AGREES_AFTER_ROUNDING, Verdict.CONSISTENT)) {
                long c = n.get(v);
                Element td = new Element("td");
                td.appendChild(c == 0 ? new Span("0").getElement()
                        : countButton(String.valueOf(c), unfiltered.withKind(kind).withVerdict(v),
                        c + " " + v.label().toLowerCase() + ": " + kind.label()).getElement());
                if (c > 0) {
                    td.getClassList().add("verdict-" + v.code());
                }
                tr.appendChild(td);
            }
            rows.appendChild(tr);
        });
        table.appendChild(rows);
        Div wrap = new Div();
        wrap.getElement().appendChild(table);
        counts.add(wrap);
    }

    /** A link to the list filtered so: a plain link, so each count is also an address to share. */
    private RouterLink countButton(String text, CheckFilter filter, String title) {
        RouterLink link = new RouterLink(text, ChecksView.class);
        link.setQueryParameters(state.with(filter).query());
        link.getElement().setAttribute("title", title);
        if (filter.equals(state.filter())) {
            link.addClassName("current");
        }
        return link;
    }

    private void showFilters(List<Checked> all) {
        filters.removeAll();
        CheckFilter f = state.filter();
        filters.add(select("Check", List.of(CheckKind.values()), CheckKind::label, f.kind(),
                        k -> new CheckFilter(k, f.verdict(), f.severity(), f.series(), f.source(), f.review())),
                select("Verdict", List.of(Verdict.values()), Verdict::label, f.verdict(),
                        v -> new CheckFilter(f.kind(), v, f.severity(), f.series(), f.source(), f.review())),
                select("Review", List.of(ReviewStatus.values()), ReviewStatus::label, f.review(),
                        r -> new CheckFilter(f.kind(), f.verdict(), f.severity(), f.series(), f.source(), r)),
                combo("Series", distinct(all, c -> c.finding().seriesKeys()), f.series(),
                        s -> new CheckFilter(f.kind(), f.verdict(), f.severity(), s, f.source(), f.review())),
                combo("Source", distinct(all, c -> Stream.concat(c.finding().observations().stream()
                                .map(Finding.Involved::sourceKey), c.finding().events().stream()
                                .map(Finding.Event::sourceKey)).toList()), f.source(),
                        s -> new CheckFilter(f.kind(), f.verdict(), f.severity(), f.series(), s, f.review())));
        if (!f.equals(CheckFilter.ALL)) {
            Button clear = new Button("Show all", e -> go(state.with(CheckFilter.ALL)));
            clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            filters.add(clear);
        }
    }

    private <T> Select<T> select(String label, List<T> items, Function<T, String> name, T value,
                                 Function<T, CheckFilter> to) {
        Select<T> s = new Select<>();
        s.setLabel(label);
        s.setEmptySelectionAllowed(true);
        s.setEmptySelectionCaption("All");
        s.setItems(items);
        s.setItemLabelGenerator(t -> t == null ? "All" : name.apply(t));
        s.setValue(value);
        s.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                go(state.with(to.apply(e.getValue())));
            }
        });
        return s;
    }

    private ComboBox<String> combo(String label, List<String> items, String value, Function<String, CheckFilter> to) {
        ComboBox<String> c = new ComboBox<>(label);
        c.setItems(items);
        c.setClearButtonVisible(true);
        c.setPlaceholder("All");
        c.setValue(value);
        c.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                go(state.with(to.apply(e.getValue())));
            }
        });
        return c;
    }

    private static List<String> distinct(List<Checked> all, Function<Checked, List<String>> values) {
        return List.copyOf(new TreeSet<>(all.stream().flatMap(c -> values.apply(c).stream())
                .filter(Objects::nonNull).toList()));
    }

    private void go(ChecksPageState next) {
        UI.getCurrent().navigate(ChecksView.class, next.query());
    }

    static String csvUrl(CheckFilter f, CsvDialect dialect) {
        StringBuilder q = new StringBuilder();
        ChecksPageState s = new ChecksPageState(f, null);
        s.query().getParameters().forEach((k, v) -> q.append(q.isEmpty() ? "" : "&").append(k).append('=')
                .append(java.net.URLEncoder.encode(v.getFirst(), java.nio.charset.StandardCharsets.UTF_8)));
        if (!dialect.queryParameters().isEmpty()) {
            q.append(q.isEmpty() ? "" : "&").append(dialect.queryParameters());
        }
        return "api/export/checks.csv" + (q.isEmpty() ? "" : "?" + q);
    }

}
