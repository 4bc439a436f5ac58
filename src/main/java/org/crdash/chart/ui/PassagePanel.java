package org.crdash.chart.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.QueryParameters;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.crdash.chart.Provenance;
import org.crdash.source.PassageContext;
import org.crdash.source.Source;
import org.springframework.modulith.NamedInterface;

/**
 * The side panel that answers "where does this number come from?": the value, its source, and the verbatim
 * passage highlighted inside the surrounding text of its article.
 */
@NamedInterface("ui")
@com.vaadin.flow.component.dependency.StyleSheet("context://styles/charts.css")
public class PassagePanel extends Div {

    private final List<Consumer<String>> selectListeners = new ArrayList<>();
    private final List<Runnable> closeListeners = new ArrayList<>();
    private Provenance current;

    public PassagePanel() {
        setId("passage-panel");
        addClassName("passage-panel");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", "Source passage");
        showEmpty();
    }

    public Provenance current() {
        return current;
    }

    /** Called with an item id when the user picks another source's value in "also stated by". */
    public void addSelectListener(Consumer<String> listener) {
        selectListeners.add(listener);
    }

    public void addCloseListener(Runnable listener) {
        closeListeners.add(listener);
    }

    public void showEmpty() {
        current = null;
        removeAll();
        removeClassName("has-item");
        Paragraph hint = new Paragraph("Click any point or event marker to see the passage it is quoted from, "
                + "highlighted in its article.");
        hint.addClassName("panel-hint");
        add(hint);
    }

    public void showMissing(String itemId) {
        current = null;
        removeAll();
        addClassName("has-item"); // the message is what the panel shows now (a sheet on phones)
        Paragraph p = new Paragraph("The data point " + itemId + " does not exist (any more). It may have been "
                + "deleted; the chart shows what is there now.");
        p.addClassName("panel-error");
        add(p);
    }

    public void show(Provenance p) {
        current = p;
        removeAll();
        addClassName("has-item");
        getElement().setAttribute("data-item", p.itemId());

        Button close = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
            showEmpty();
            closeListeners.forEach(Runnable::run);
        });
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        close.setAriaLabel("Close passage panel");
        close.addClassName("panel-close");

        H3 heading = new H3(p.heading());
        heading.setId("panel-heading");
        Span subject = new Span(p.subject() + " · " + p.when());
        subject.addClassName("panel-subject");
        add(close, heading, subject);
        if (p.origin() == org.crdash.base.Origin.USER) {
            Span badge = new Span("user-added");
            badge.getElement().getThemeList().add("badge contrast");
            add(badge);
        }

        add(passage(p));
        add(sourceBlock(p));

        Div details = new Div();
        details.addClassName("panel-details");
        for (Provenance.Detail d : p.details()) {
            Div row = new Div(new Span(d.label()), new Span(d.value()));
            row.addClassName("detail-row");
            details.add(row);
        }
        add(details);

        if (!p.notes().isEmpty()) {
            // what other features say about this item (ChartAnnotations), e.g. a claim check
            Div notes = new Div();
            notes.setId("panel-notes");
            notes.addClassName("panel-notes");
            for (org.crdash.chart.ChartAnnotations.Note n : p.notes()) {
                Div note = new Div();
                note.addClassName("panel-note");
                Span title = new Span(n.title());
                title.addClassName("panel-note-title");
                note.add(title, new Paragraph(n.text()));
                if (n.link() != null) {
                    note.add(new Anchor(n.link(), "More →"));
                }
                notes.add(note);
            }
            add(notes);
        }
        if (isEditor()) {
            Anchor edit = new Anchor((p.isObservation() ? "edit/observations/" : "edit/events/") + p.itemId().substring(1),
                    p.isObservation() ? "Edit this observation" : "Edit this event");
            edit.setId("edit-item");
            add(new Div(edit));
        }
        org.crdash.base.ui.HistoryPanel history = new org.crdash.base.ui.HistoryPanel();
        history.show(p.history());
        if (!p.alsoStated().isEmpty()) {
            H4 h = new H4("Also stated for the same period by");
            Div list = new Div();
            list.setId("also-stated");
            for (Provenance.AlsoStated a : p.alsoStated()) {
                Span dot = new Span("●");
                dot.getStyle().set("color", a.sourceColor());
                Button b = new Button(new HorizontalLayout(dot, new Text(a.value() + " — " + a.sourceLabel())),
                        e -> selectListeners.forEach(l -> l.accept(a.itemId())));
                b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                b.getElement().setAttribute("data-item", a.itemId());
                list.add(b);
            }
            add(h, list);
        }
        add(history);
    }

    private Div passage(Provenance p) {
        PassageContext c = p.context();
        Div box = new Div();
        box.addClassName("passage-context");
        box.setId("passage-context");
        box.getElement().getStyle().set("border-left-color", p.sourceColor());
        Element para = new Element("p");
        // the article as rendered: italics and note numbers as elements, never their markup characters
        para.setProperty("innerHTML", (c.truncatedBefore() ? "… " : "") + p.contextHtml()
                + (c.truncatedAfter() ? " …" : ""));
        box.getElement().appendChild(para);
        Span offsets = new Span("Characters " + c.passageStart() + "–" + c.passageEnd() + " of the article");
        offsets.addClassName("panel-offsets");
        box.add(offsets);
        return box;
    }

    private Div sourceBlock(Provenance p) {
        Source s = p.source();
        Div block = new Div();
        block.addClassName("panel-source");
        Span dot = new Span("● ");
        dot.getStyle().set("color", p.sourceColor());
        Span title = new Span(s.title());
        title.addClassName("source-title");
        block.add(new Div(dot, title));
        List<String> meta = new ArrayList<>();
        if (s.author() != null) {
            meta.add(s.author());
        }
        if (s.publisher() != null) {
            meta.add(s.publisher());
        }
        meta.add(s.publishedDisplay());
        Span m = new Span(String.join(" · ", meta));
        m.addClassName("source-meta");
        block.add(new Div(m));

        String readerUrl = "sources/" + s.sourceKey() + "?"
                + QueryParameters.simple(Map.of("item", p.itemId())).getQueryString();
        Anchor read = new Anchor(readerUrl, "Read the whole article with this passage highlighted");
        read.setId("read-article");
        block.add(new Div(read));
        if (s.url() != null) {
            Anchor original = new Anchor(textFragmentUrl(s.url(), p.context().passage()), "Open the original page");
            original.setTarget(AnchorTarget.BLANK);
            original.getElement().setAttribute("rel", "noopener noreferrer");
            block.add(new Div(original));
        }
        return block;
    }

    private static boolean isEditor() {
        org.springframework.security.core.Authentication a =
                org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        return a != null && a.getAuthorities().stream()
                .anyMatch(g -> ("ROLE_" + org.crdash.base.security.Roles.EDITOR).equals(g.getAuthority()));
    }

    /** A URL with a text fragment (#:~:text=start,end) that browsers scroll to and highlight. */
    static String textFragmentUrl(String url, String passage) {
        String base = url.contains("#") ? url.substring(0, url.indexOf('#')) : url;
        String[] words = passage.strip().split("\\s+");
        String fragment;
        if (words.length <= 10) {
            fragment = encode(String.join(" ", words));
        } else {
            fragment = encode(String.join(" ", java.util.Arrays.copyOfRange(words, 0, 5))) + ","
                    + encode(String.join(" ", java.util.Arrays.copyOfRange(words, words.length - 5, words.length)));
        }
        return base + "#:~:text=" + fragment;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20").replace(",", "%2C")
                .replace("-", "%2D").replace("&", "%26");
    }
}
