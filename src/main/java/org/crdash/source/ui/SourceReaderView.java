package org.crdash.source.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.crdash.base.ui.MainLayout;
import org.crdash.source.Quotations;
import org.crdash.source.Quotations.Quotation;
import org.crdash.source.Source;
import org.crdash.source.SourceService;

/**
 * An article's full text with every extracted passage highlighted. Clicking a highlight opens its data point;
 * {@code ?item=o12} marks one passage as current and scrolls it into view.
 */
@Route(value = "sources", layout = MainLayout.class)
@com.vaadin.flow.server.auth.AnonymousAllowed
public class SourceReaderView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final SourceService sources;
    private final List<Quotations> quoting;
    private String title = "Source";

    /** @param quoting the features that quote sources (observations, events), in menu order */
    public SourceReaderView(SourceService sources, List<Quotations> quoting) {
        this.sources = sources;
        this.quoting = quoting;
        addClassName("reader-view");
    }

    @Override
    public String getPageTitle() {
        return title + " · China–Russia dashboard";
    }

    @Override
    public void setParameter(BeforeEvent event, String key) {
        removeAll();
        Optional<Source> found = sources.findByKey(key);
        if (found.isEmpty()) {
            add(new H2("No such source"), new Paragraph("There is no source with the key '" + key + "'."),
                    new Anchor(RouteConfiguration.forSessionScope().getUrl(SourcesView.class), "All sources"));
            return;
        }
        Source s = found.get();
        title = s.title();
        String current = event.getLocation().getQueryParameters().getSingleParameter("item").orElse(null);

        add(new H2(s.title()));
        List<String> meta = new ArrayList<>();
        meta.add(s.author() == null ? "author not stated" : s.author());
        meta.add(s.publisher() == null ? "publisher not stated" : s.publisher());
        meta.add(s.publishedDisplay());
        meta.add("file " + s.sourceKey());
        meta.add("sha256 " + s.sha256().substring(0, 12) + "…");
        Span m = new Span(String.join(" · ", meta));
        m.addClassName("source-meta");
        add(m);

        List<Quotation> quotes = new ArrayList<>();
        List<String> counts = new ArrayList<>();
        for (Quotations q : quoting) {
            List<Quotation> some = q.ofSource(s.id());
            quotes.addAll(some);
            counts.add(q.describe(some.size()));
        }
        add(new Paragraph(String.join(" and ", counts) + " are quoted from this text. "
                + "Highlighted passages are clickable."));
        if (s.url() != null) {
            add(new Anchor(s.url(), "Original page"));
        }

        Div text = new Div();
        text.setId("article-text");
        text.addClassName("article-text");
        render(text.getElement(), sources.text(s.id()), quotes, current);
        add(text);
        if (current != null) {
            text.getElement().executeJs("requestAnimationFrame(() => { const m = this.querySelector('mark.current');"
                    + "if (m) { m.scrollIntoView({block: 'center'}); } })");
        }
    }

    /** Splits the text at every passage boundary; each covered segment becomes a link-like mark. */
    static void render(Element container, String text, List<Quotation> quotes, String current) {
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        for (Quotation q : quotes) {
            cuts.add(q.start());
            cuts.add(q.end());
        }
        Integer prev = null;
        for (int cut : cuts) {
            if (prev != null && cut > prev) {
                int a = prev;
                int b = cut;
                List<Quotation> covering = quotes.stream().filter(q -> q.start() <= a && q.end() >= b).toList();
                String segment = text.substring(a, b);
                if (covering.isEmpty()) {
                    container.appendChild(new Element("span").setText(segment));
                } else {
                    Element link = new Element("a");
                    link.setAttribute("href", covering.getFirst().href());
                    link.setAttribute("class", "quote-link");
                    Element mark = new Element("mark").setText(segment);
                    List<String> ids = covering.stream().map(Quotation::itemId).toList();
                    mark.setAttribute("data-items", String.join(" ", ids));
                    mark.setAttribute("title", ids.size() == 1 ? "1 data point" : ids.size() + " data points");
                    if (current != null && ids.contains(current)) {
                        mark.setAttribute("class", "current");
                    }
                    link.appendChild(mark);
                    container.appendChild(link);
                }
            }
            prev = cut;
        }
    }
}
