package org.crdash.reader.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crdash.base.ui.MainLayout;
import org.crdash.chart.ChartService;
import org.crdash.chart.Provenance;
import org.crdash.chart.ui.PassagePanel;
import org.crdash.source.Highlight;
import org.crdash.source.Quotations;
import org.crdash.source.RenderedText;
import org.crdash.source.Source;
import org.crdash.source.SourceService;
import org.crdash.source.TextOffsets;
import org.crdash.source.ui.ArticleView;
import org.crdash.source.ui.FindBox;

/**
 * An article as its author wrote it, with every quoted passage highlighted. Clicking a highlight opens its passage
 * panel beside the text (the page stays put); {@code ?item=o12} opens one on arrival, {@code ?at=120-180} marks and
 * scrolls to a range of the raw text (a permalink, made with "Link to selection").
 */
@Route(value = "sources", layout = MainLayout.class)
@AnonymousAllowed
public class SourceReaderView extends Div implements HasUrlParameter<String>, HasDynamicTitle {

    private final SourceService sources;
    private final List<Quotations> quoting;
    private final ChartService charts;
    private final ArticleView article = new ArticleView();
    private final PassagePanel panel = new PassagePanel();
    private final Div chooser = new Div();
    private final Div notice = new Div();
    private Source source;
    private QuotedItems quoted;
    private String item;
    private int[] at;
    private String title = "Source";

    /** @param quoting the features that quote sources (observations, events), in menu order */
    public SourceReaderView(SourceService sources, List<Quotations> quoting, ChartService charts) {
        this.sources = sources;
        this.quoting = quoting;
        this.charts = charts;
        addClassName("reader-view");
        chooser.addClassName("quote-chooser");
        notice.addClassName("reader-notice");
        article.addOpenListener(this::opened);
        panel.addCloseListener(() -> select(null, false));
        panel.addSelectListener(id -> select(id, true));
    }

    @Override
    public String getPageTitle() {
        return title + " · China–Russia dashboard";
    }

    @Override
    public void setParameter(BeforeEvent event, String key) {
        removeAll();
        notice.removeAll();
        chooser.removeAll();
        item = null;
        Optional<Source> found = sources.findByKey(key);
        if (found.isEmpty()) {
            title = "No such source";
            add(new H2("No such source"), new Paragraph("There is no source with the key '" + key + "'."),
                    new Anchor("sources", "All sources"));
            return;
        }
        source = found.get();
        title = source.title();
        QueryParameters q = event.getLocation().getQueryParameters();
        quoted = QuotedItems.of(source.id(), quoting);
        RenderedText text = sources.rendered(source);
        at = q.getSingleParameter("at").map(a -> parseRange(a, text.raw())).orElse(null);
        article.show(text, highlights());
        article.setItems(quoted.items());

        Div column = new Div(toolbar(), notice, article);
        column.addClassName("reader-column");
        Div side = new Div(chooser, panel);
        side.addClassName("reader-side");
        Div body = new Div(column, side);
        body.addClassName("reader-body");
        add(SourceHeader.of(source, sources.file(source.id()), quoted.summary()), body);

        String requested = q.getSingleParameter("item").orElse(null);
        if (requested != null && quoted.contains(requested)) {
            select(requested, true);
        } else if (at != null) {
            article.scrollTo("at");
        }
    }

    private List<Highlight> highlights() {
        List<Highlight> all = new ArrayList<>(quoted.highlights());
        if (at != null) {
            all.add(new Highlight(at[0], at[1], "at", Highlight.Kind.LINK));
        }
        return all;
    }

    private Component toolbar() {
        Div bar = new Div(new FindBox(article));
        for (Highlight.Kind kind : List.of(Highlight.Kind.OBSERVATION, Highlight.Kind.EVENT)) {
            long n = quoted.highlights().stream().filter(h -> h.kind() == kind).count();
            String word = kind.name().toLowerCase(java.util.Locale.ROOT);
            if (n > 0) {
                bar.add(toggle(word, n + " " + word + (n == 1 ? "" : "s")));
            }
        }
        Button link = new Button("Link to selection", VaadinIcon.LINK.create(), e -> linkToSelection());
        link.setId("link-to-selection");
        link.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        link.setTooltipText("Select text in the article, then make a link to exactly those characters");
        bar.add(link);
        bar.addClassName("reader-toolbar");
        return bar;
    }

    /** A key that also switches one kind of highlight off (and on again). */
    private Button toggle(String kind, String label) {
        Span swatch = new Span();
        swatch.addClassName("kind-swatch");
        Button b = new Button(label, swatch);
        b.addClassNames("kind-toggle", "kind-" + kind);
        b.setTooltipText("Show or hide the " + kind + " highlights");
        b.setId("toggle-" + kind);
        b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        b.getElement().setAttribute("aria-pressed", "true");
        b.addClickListener(e -> {
            boolean hide = !article.hasClassName("hide-" + kind);
            article.setClassName("hide-" + kind, hide);
            b.getElement().setAttribute("aria-pressed", Boolean.toString(!hide));
        });
        return b;
    }

    /** A click on text quoted by several items opens the next of them each time. */
    private void opened(List<String> ids) {
        List<String> known = ids.stream().filter(quoted::contains).toList();
        if (known.isEmpty()) {
            return;
        }
        int i = known.indexOf(item);
        select(known.get((i + 1) % known.size()), false);
        chooser.removeAll();
        if (known.size() > 1) {
            chooser.add(new Span("This text is quoted by " + known.size() + " items:"));
            for (String id : known) {
                ArticleView.Item it = quoted.items().get(id);
                Button b = new Button(it.value(), e -> select(id, false));
                b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                b.addClassName("kind-" + it.kind());
                b.getElement().setAttribute("data-item", id);
                chooser.add(b);
            }
        }
    }

    /** Opens one item's passage panel (or closes it); an item of another source opens that source's reader. */
    void select(String id, boolean scroll) {
        if (id != null && !quoted.contains(id)) {
            charts.provenance(id).ifPresent(p -> UI.getCurrent().navigate("sources/" + p.source().sourceKey(),
                    QueryParameters.of("item", id)));
            return;
        }
        item = id;
        if (id == null) {
            chooser.removeAll();
            panel.showEmpty();
            removeClassName("has-item");
        } else {
            Optional<Provenance> p = charts.provenance(id);
            p.ifPresentOrElse(panel::show, () -> panel.showMissing(id));
            addClassName("has-item");
        }
        article.setCurrent(id, scroll);
        updateUrl();
    }

    private void linkToSelection() {
        article.selection().thenAccept(range -> {
            notice.removeAll();
            if (range == null) {
                Notification.show("Select some text in the article first.", 4000, Notification.Position.MIDDLE);
                return;
            }
            at = range;
            article.show(article.text(), highlights());
            article.setCurrent(item, false);
            updateUrl();
            getElement().executeJs("const u = new URL($0, document.baseURI).href;"
                    + "if (navigator.clipboard) { navigator.clipboard.writeText(u).catch(() => {}); }", url());
            Notification.show("Link to characters " + at[0] + "–" + at[1] + " copied (it is also in the address bar).",
                    5000, Notification.Position.BOTTOM_START);
        });
    }

    private String url() {
        Location l = new Location("sources/" + source.sourceKey(), query());
        return l.getPathWithQueryParameters();
    }

    private QueryParameters query() {
        Map<String, String> params = new LinkedHashMap<>();
        if (at != null) {
            params.put("at", at[0] + "-" + at[1]);
        }
        if (item != null) {
            params.put("item", item);
        }
        return QueryParameters.simple(params);
    }

    private void updateUrl() {
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                new Location("sources/" + source.sourceKey(), query())));
    }

    /** "120-180" → {120, 180} if it is a non-empty range inside the text; otherwise says why and is ignored. */
    private int[] parseRange(String value, String raw) {
        int length = TextOffsets.offset(raw, raw.length());
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{1,9})-(\\d{1,9})").matcher(value);
        if (m.matches()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(2));
            if (a < b && b <= length) {
                return new int[] {a, b};
            }
        }
        Span s = new Span("The link asks for characters '" + value + "', but this text has " + length
                + " characters: a link looks like ?at=120-180 (start before end). Showing the whole text.");
        s.setId("at-error");
        notice.add(s);
        return null;
    }

    PassagePanel panel() {
        return panel;
    }

    ArticleView article() {
        return article;
    }
}
