package org.crdash.extraction.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.crdash.base.ReviewStatus;
import org.crdash.extraction.Candidate;
import org.crdash.extraction.ExtractionService;
import org.crdash.extraction.ObservationCandidate;
import org.crdash.source.Highlight;
import org.crdash.source.RenderedText;

/**
 * The candidate under review: what it proposes, its sentence with the number or date marked, how each field was
 * read, and the actions — accept (the form saves it at once, or opens where something is missing), edit then
 * accept, reject with a reason, propose a rejected one again; for one already in the data, confirm it as reviewed
 * or dispute it with a reason; previous and next. Alt+A, E, R, C, D, P and N press them.
 */
class CandidateDetail extends Div {

    /** What the buttons do; the view supplies them. */
    record Actions(BiConsumer<Candidate, Boolean> accept, BiConsumer<Candidate, String> reject,
                   Consumer<Candidate> unreject, Review review, Runnable previous, Runnable next) {
    }

    /** Confirming or disputing the row a candidate already is in the data. */
    interface Review {
        void set(Candidate c, ReviewStatus status, String reason);
    }

    private final Actions actions;
    private final H3 title = new H3();
    private final Div badges = new Div();
    private final Paragraph passage = new Paragraph();
    private final Paragraph note = new Paragraph();
    private final TextField reason = new TextField();
    private final Button accept = new Button("Accept");
    private final Button edit = new Button("Edit, then accept");
    private final Button reject = new Button("Reject");
    private final Button unreject = new Button("Propose again");
    private final Button confirm = new Button("Confirm");
    private final Button dispute = new Button("Dispute");
    private final Button previous = new Button("Previous");
    private final Button next = new Button("Next");
    private Candidate current;
    private RenderedText text;

    CandidateDetail(Actions actions) {
        this.actions = actions;
        setId("candidate-detail");
        addClassName("candidate-detail");
        badges.addClassName("candidate-badges");
        passage.setId("candidate-passage");
        passage.addClassName("candidate-passage");
        note.addClassName("candidate-note");
        reason.setId("reject-reason");
        reason.setPlaceholder("Why not (optional)");
        reason.setAriaLabel("Reason for rejecting");
        reason.setMaxLength(ExtractionService.MAX_REASON);
        button(accept, "accept", Key.KEY_A, ButtonVariant.LUMO_PRIMARY, () -> actions.accept().accept(current, false));
        button(edit, "edit-accept", Key.KEY_E, null, () -> actions.accept().accept(current, true));
        button(reject, "reject", Key.KEY_R, ButtonVariant.LUMO_ERROR, () -> actions.reject().accept(current,
                reason.getValue()));
        button(unreject, "unreject", Key.KEY_U, null, () -> actions.unreject().accept(current));
        button(confirm, "confirm", Key.KEY_C, ButtonVariant.LUMO_SUCCESS, () -> actions.review().set(current,
                ReviewStatus.REVIEWED, null));
        button(dispute, "dispute", Key.KEY_D, ButtonVariant.LUMO_ERROR, () -> actions.review().set(current,
                ReviewStatus.DISPUTED, reason.getValue()));
        confirm.setTooltipText("Confirm it as reviewed (an editor other than the one who added it)");
        button(previous, "previous", Key.KEY_P, ButtonVariant.LUMO_TERTIARY, actions.previous());
        button(next, "next", Key.KEY_N, ButtonVariant.LUMO_TERTIARY, actions.next());
        Div decide = new Div(accept, edit, reason, reject, unreject, confirm, dispute);
        decide.addClassName("candidate-actions");
        Div move = new Div(previous, next, new Span("Keys: Alt+N next · Alt+P previous · Alt+A accept · "
                + "Alt+E edit · Alt+R reject · Alt+C confirm · Alt+D dispute"));
        move.addClassName("candidate-move");
        add(title, badges, passage, note, decide, move);
        show(null, "");
    }

    private void button(Button b, String id, Key key, ButtonVariant variant, Runnable action) {
        b.setId(id);
        if (variant != null) {
            b.addThemeVariants(variant);
        }
        b.addClickListener(e -> {
            if (current != null || id.equals("previous") || id.equals("next")) {
                action.run();
            }
        });
        b.addClickShortcut(key, KeyModifier.ALT);
    }

    /** The source text the candidates are read from: their sentences are shown as it renders them. */
    void setText(RenderedText text) {
        this.text = text;
    }

    Candidate current() {
        return current;
    }

    /** Shows {@code c}, or "nothing to review" for null; {@code inData} says how the row it is in the data stands. */
    void show(Candidate c, String inData) {
        current = c;
        badges.removeAll();
        reason.clear();
        boolean open = c != null && c.open();
        accept.setEnabled(open);
        edit.setEnabled(open);
        reject.setEnabled(open);
        boolean added = c != null && c.status() == Candidate.Status.ADDED;
        unreject.setVisible(c != null && c.status() == Candidate.Status.REJECTED);
        accept.setVisible(!added);
        edit.setVisible(!added);
        reject.setVisible(!added);
        confirm.setVisible(added);
        dispute.setVisible(added);
        reason.setEnabled(open || added);
        reason.setPlaceholder(added ? "Why disputed" : "Why not (optional)");
        if (c == null) {
            title.setText("Nothing to review here");
            passage.setText("No candidate matches the filters.");
            note.setText("");
            return;
        }
        title.setText(Drafts.summary(c));
        badges.add(badge(c.kind() == Candidate.Kind.OBSERVATION ? "figure" : "event", "kind"),
                badge(status(c), "status-" + c.status().name().toLowerCase(java.util.Locale.ROOT)));
        ObservationCandidate o = c.observation();
        if (o != null && o.newSeries() != null) {
            badges.add(badge("new series: " + o.newSeries().name() + " (" + o.newSeries().unit() + ")", "new-series"));
        }
        passage.getElement().setProperty("innerHTML", marked(text, c));
        String read = (o != null ? o.note() : c.event().note()) + (added ? " " + inData : "");
        note.setText(c.status() == Candidate.Status.REJECTED
                ? "Rejected" + (c.rejection().isEmpty() ? "." : ": " + c.rejection()) + " " + read : read);
    }

    static String status(Candidate c) {
        return switch (c.status()) {
            case OPEN -> "to review";
            case ADDED -> "in the data";
            case REJECTED -> "rejected";
        };
    }

    private static Span badge(String text, String kind) {
        Span s = new Span(text);
        s.addClassNames("candidate-badge", kind);
        return s;
    }

    /**
     * The sentence with what the candidate reads in it marked, rendered as the article reads (italics, superscript
     * footnote markers), never with markup characters.
     */
    static String marked(RenderedText text, Candidate c) {
        int from = Math.max(c.passageStart(), c.markStart());
        int to = Math.min(c.passageEnd(), c.markEnd());
        List<Highlight> mark = from < to ? List.of(new Highlight(from, to, "mark", Highlight.Kind.PASSAGE)) : List.of();
        return text.fragment(c.passageStart(), c.passageEnd(), mark);
    }

    /** A row of the candidate list: kind, what it proposes, status. */
    static Div row(Candidate c) {
        Span kind = new Span(c.kind() == Candidate.Kind.OBSERVATION ? "figure" : "event");
        kind.addClassNames("candidate-badge", "kind");
        Span status = new Span(CandidateDetail.status(c));
        status.addClassNames("candidate-badge", "status-" + c.status().name().toLowerCase(java.util.Locale.ROOT));
        Span what = new Span(Drafts.summary(c));
        what.addClassName("candidate-what");
        Div row = new Div(kind, what, status);
        row.addClassName("candidate-row");
        return row;
    }
}
