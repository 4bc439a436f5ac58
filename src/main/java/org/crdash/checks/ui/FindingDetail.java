package org.crdash.checks.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.crdash.base.ConflictException;
import org.crdash.base.ValidationException;
import org.crdash.base.security.Roles;
import org.crdash.checks.CheckService;
import org.crdash.checks.Checked;
import org.crdash.checks.Finding;
import org.crdash.checks.Review;
import org.crdash.checks.ReviewChange;
import org.crdash.checks.ReviewStatus;
import org.crdash.source.Highlight;
import org.crdash.source.PassageContext;
import org.crdash.source.Source;
import org.crdash.source.SourceService;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * One finding: what it concluded and how (the formula with the numbers), each observation compared with its
 * passage highlighted in its article's words, side by side, links to the reader and the chart, and its review.
 */
class FindingDetail extends Div {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final CheckService checks;
    private final SourceService sources;
    private final Runnable changed;
    private Checked current;

    FindingDetail(CheckService checks, SourceService sources, Runnable changed) {
        this.checks = checks;
        this.sources = sources;
        this.changed = changed;
        setId("finding-detail");
        addClassName("finding-detail");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", "Selected finding");
    }

    Checked current() {
        return current;
    }

    void showEmpty(int shown) {
        current = null;
        removeAll();
        add(new Paragraph(shown == 0 ? "No finding matches these filters."
                : "Choose a finding to see the passages it compares side by side, the numbers and how they were "
                + "computed."));
        getElement().setAttribute("data-state", "empty");
    }

    void showMissing(String key) {
        current = null;
        removeAll();
        add(new H3("Finding not found"), new Paragraph("There is no finding '" + key + "' any more: the data it "
                + "compared has changed since the link was made."));
        getElement().setAttribute("data-state", "missing");
    }

    void show(Checked c) {
        current = c;
        removeAll();
        getElement().setAttribute("data-state", "finding");
        Finding f = c.finding();
        H3 title = new H3(f.title());
        Div badges = new Div(new Span(f.kind().label()), Labels.verdict(f.verdict()), Labels.severity(f.severity()),
                Labels.review(c.review().status()));
        badges.addClassName("finding-badges");
        Paragraph result = new Paragraph(f.result());
        result.addClassName("finding-result");
        Paragraph formula = new Paragraph("How: " + f.formula());
        formula.addClassName("finding-formula");
        add(title, badges, result, formula);
        if (!f.numbers().isEmpty()) {
            Div numbers = new Div();
            numbers.addClassName("finding-numbers");
            f.numbers().forEach(n -> numbers.add(new Span(n.name().replace('_', ' ') + " = "
                    + n.value().toPlainString() + (n.unit() == null ? "" : " " + n.unit()))));
            add(numbers);
        }
        Div passages = new Div();
        passages.addClassName("finding-passages");
        f.observations().forEach(o -> passages.add(passage(o)));
        f.events().forEach(e -> passages.add(passage(e)));
        add(new H4("The passages compared"), passages);
        Anchor permalink = new Anchor("checks?finding=" + URLEncoder.encode(f.key(), StandardCharsets.UTF_8),
                "Permalink to this finding");
        permalink.setId("finding-permalink");
        add(permalink, review(c));
    }

    private Div passage(Finding.Involved o) {
        return card(o.shown() + " · " + o.role(), o.sourceKey(), o.passage(), o.passageStart(), o.passageEnd(),
                new Anchor("sources/" + o.sourceKey() + "?item=o" + o.observationId(), "In the source"),
                new Anchor("series/" + o.seriesKey() + "?point=o" + o.observationId(), "On the chart"));
    }

    private Div passage(Finding.Event e) {
        return card(e.date() + " (" + e.precision() + ") · " + e.role() + " · " + e.title(), e.sourceKey(),
                e.passage(), e.passageStart(), e.passageEnd(),
                new Anchor("sources/" + e.sourceKey() + "?at=" + e.passageStart() + "-" + e.passageEnd(), "In the source"));
    }

    /** A passage compared: what it states, its source, the text around it highlighted, links. */
    private Div card(String what, String sourceKey, String passage, int start, int end, Anchor... anchors) {
        Div card = new Div();
        card.addClassName("finding-passage");
        Source source = sources.findByKey(sourceKey).orElse(null);
        Span head = new Span(what);
        head.addClassName("finding-passage-value");
        Span from = new Span(source == null ? sourceKey : source.title());
        from.addClassName("finding-passage-source");
        Div text = new Div();
        text.addClassName("finding-passage-text");
        if (source != null) {
            PassageContext ctx = PassageContext.around(sources.text(source.id()), start, end, 1);
            text.getElement().setProperty("innerHTML", sources.rendered(source).fragment(ctx.from(), ctx.to(),
                    List.of(new Highlight(start, end, "p", Highlight.Kind.PASSAGE))));
        } else {
            text.setText(passage);
        }
        Div links = new Div(anchors);
        links.addClassName("finding-passage-links");
        card.add(head, from, text, links);
        return card;
    }

    private Div review(Checked c) {
        Div box = new Div();
        box.addClassName("finding-review");
        Review r = c.review();
        box.add(new H4("Review"), new Paragraph(r.reviewed() ? r.status().label() + " — " + r.updatedBy() + ", "
                + WHEN.format(r.updatedAt()) + (r.comment() == null ? "" : ": " + r.comment())
                : "Open: no editor has reviewed this finding yet."));
        List<ReviewChange> history = checks.reviewHistory(c.finding().key());
        if (history.size() > 1) {
            Div log = new Div();
            log.addClassName("finding-review-log");
            history.forEach(h -> log.add(new Div(WHEN.format(h.occurredAt()) + " " + h.actor() + ": "
                    + (h.oldStatus() == null ? "" : h.oldStatus().label() + " → ") + h.newStatus().label())));
            box.add(log);
        }
        if (!isEditor()) {
            return box;
        }
        Select<ReviewStatus> status = new Select<>();
        status.setLabel("Conclusion");
        status.setId("review-status");
        status.setItems(ReviewStatus.values());
        status.setItemLabelGenerator(ReviewStatus::label);
        status.setValue(r.status());
        TextArea comment = new TextArea("Why (for readers)");
        comment.setId("review-comment");
        comment.setMaxLength(2000);
        comment.setValue(r.comment() == null ? "" : r.comment());
        Button save = new Button("Save review", e -> {
            try {
                checks.review(c.finding().key(), status.getValue(), comment.getValue(), r.version());
                Notification.show("Review saved.");
                changed.run();
            } catch (ConflictException | ValidationException ex) {
                Notification.show(ex.getMessage(), 8000, Notification.Position.MIDDLE);
            }
        });
        save.setId("review-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(status, comment, save);
        form.addClassName("finding-review-form");
        box.add(form);
        return box;
    }

    private static boolean isEditor() {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        return a != null && a.getAuthorities().stream()
                .anyMatch(g -> ("ROLE_" + Roles.EDITOR).equals(g.getAuthority()));
    }
}
