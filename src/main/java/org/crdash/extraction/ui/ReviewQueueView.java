package org.crdash.extraction.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crdash.base.ReviewStatus;
import org.crdash.base.security.Roles;
import org.crdash.base.ui.EditorForm;
import org.crdash.base.ui.MainLayout;
import org.crdash.event.EventService;
import org.crdash.event.ui.EventForm;
import org.crdash.extraction.Candidate;
import org.crdash.extraction.Candidates;
import org.crdash.extraction.ExtractionService;
import org.crdash.extraction.ReviewService;
import org.crdash.series.ObservationService;
import org.crdash.series.SeriesService;
import org.crdash.series.ui.ObservationForm;
import org.crdash.source.Highlight;
import org.crdash.source.Source;
import org.crdash.source.SourceService;
import org.crdash.source.ui.ArticleView;

/**
 * The extraction assistant's review queue of one source ({@code /review/<source key>}): every figure and dated
 * event the text states, filtered by status and kind, with progress; the chosen one's sentence highlighted in the
 * article; accepting it fills the ordinary observation or event form ({@link EditorForm#propose}) and saves it
 * through the normal validated, audited write path, or leaves the form open to edit; rejecting it (with a reason)
 * keeps it from being proposed again.
 */
@Route(value = "review", layout = MainLayout.class)
@PageTitle("Review candidates · China–Russia dashboard")
@Menu(title = "Review candidates", order = 12.7, icon = "vaadin:clipboard-check")
@RolesAllowed(Roles.EDITOR)
@StyleSheet("context://styles/review.css")
public class ReviewQueueView extends Div implements HasUrlParameter<String> {

    /** Which candidates the list shows. */
    enum Show { OPEN, ADDED, REJECTED, ALL }

    /** Which kinds the list shows. */
    enum Kinds { ALL, OBSERVATION, EVENT }

    private final ExtractionService extraction;
    private final InData inData;
    private final SourceService sources;
    private final ComboBox<Source> source = new ComboBox<>("Source");
    private final Select<Show> show = new Select<>();
    private final Select<Kinds> kinds = new Select<>();
    private final Span progress = new Span();
    private final Grid<Candidate> grid = new Grid<>();
    private final ArticleView article = new ArticleView();
    private final CandidateDetail detail;
    private final ObservationForm observationForm;
    private final EventForm eventForm;
    private final Dialog dialog = new Dialog();
    private final Div text = new Div();
    private Candidates all;
    private List<Candidate> shown = List.of();
    private boolean saved;

    public ReviewQueueView(ExtractionService extraction, SourceService sources, SeriesService series,
            ObservationService observations, EventService events, ReviewService reviews) {
        this.extraction = extraction;
        this.sources = sources;
        this.observationForm = new ObservationForm(series, observations, sources);
        this.eventForm = new EventForm(events, sources);
        this.inData = new InData(reviews, observations, events);
        this.detail = new CandidateDetail(new CandidateDetail.Actions(this::accept, this::reject, this::unreject,
                this::review, () -> move(-1), () -> move(1)));
        addClassName("review-view");

        source.setId("review-source");
        source.setItems(sources.findAll());
        source.setItemLabelGenerator(s -> s.title() + " (" + s.sourceKey() + ")");
        source.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                UI.getCurrent().navigate(ReviewQueueView.class, e.getValue().sourceKey());
            }
        });
        show.setId("review-show");
        show.setLabel("Status");
        show.setItems(Show.values());
        show.setItemLabelGenerator(s -> switch (s) {
            case OPEN -> "To review";
            case ADDED -> "In the data";
            case REJECTED -> "Rejected";
            case ALL -> "All";
        });
        show.setValue(Show.OPEN);
        show.addValueChangeListener(e -> refilter(null));
        kinds.setId("review-kind");
        kinds.setLabel("Kind");
        kinds.setItems(Kinds.values());
        kinds.setItemLabelGenerator(k -> switch (k) {
            case ALL -> "Figures and events";
            case OBSERVATION -> "Figures";
            case EVENT -> "Events";
        });
        kinds.setValue(Kinds.ALL);
        kinds.addValueChangeListener(e -> refilter(null));
        progress.setId("review-progress");
        progress.addClassName("review-progress");

        grid.setId("candidates");
        grid.setAriaLabel("Candidates");
        grid.addComponentColumn(CandidateDetail::row).setHeader("Candidate");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.addClassName("candidate-list");
        grid.addItemClickListener(e -> show(e.getItem()));
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                show(e.getValue());
            }
        });
        article.addOpenListener(ids -> all.items().stream().filter(c -> ids.contains(highlightId(c))).findFirst()
                .ifPresent(this::show));

        observationForm.onSaved(o -> saved());
        eventForm.onSaved(e -> saved());
        observationForm.onCancel(dialog::close);
        eventForm.onCancel(dialog::close);
        dialog.setId("accept-dialog");
        dialog.setHeaderTitle("Accept candidate");
        dialog.setWidth("min(60rem, 100vw)");

        Div filters = new Div(source, show, kinds, progress);
        filters.addClassName("review-filters");
        Div queue = new Div(grid, detail);
        queue.addClassName("review-queue");
        text.add(article);
        text.addClassName("review-article");
        Div body = new Div(queue, text);
        body.addClassName("review-body");
        add(new H2("Review candidates"), filters, body);
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String key) {
        List<Source> live = sources.findAll();
        Source chosen = live.stream().filter(s -> s.sourceKey().equals(key)).findFirst()
                .orElse(live.isEmpty() ? null : live.getFirst());
        source.setItems(live);
        source.setValue(chosen);
        if (chosen == null) {
            all = null;
            refilter(null);
            return;
        }
        all = extraction.candidates(chosen.sourceKey());
        detail.setText(sources.rendered(chosen));
        article.show(sources.rendered(chosen), highlights());
        refilter(null);
    }

    private List<Highlight> highlights() {
        return all.items().stream().map(c -> new Highlight(c.passageStart(), c.passageEnd(), highlightId(c),
                c.kind() == Candidate.Kind.OBSERVATION ? Highlight.Kind.OBSERVATION : Highlight.Kind.EVENT)).toList();
    }

    /** Highlight ids are letters, digits and '-': the candidate's place in the queue. */
    private String highlightId(Candidate c) {
        return "c" + all.items().indexOf(c);
    }

    /** Applies the filters, keeping the selection at {@code near} (or the first candidate). */
    private void refilter(Integer near) {
        List<Candidate> items = all == null ? List.of() : all.items();
        shown = items.stream().filter(c -> switch (show.getValue()) {
            case OPEN -> c.status() == Candidate.Status.OPEN;
            case ADDED -> c.status() == Candidate.Status.ADDED;
            case REJECTED -> c.status() == Candidate.Status.REJECTED;
            case ALL -> true;
        }).filter(c -> kinds.getValue() == Kinds.ALL || c.kind().name().equals(kinds.getValue().name())).toList();
        grid.setItems(shown);
        progress.setText(all == null ? "No source" : all.reviewed() + " of " + items.size() + " reviewed ("
                + all.count(Candidate.Status.ADDED) + " in the data, " + all.count(Candidate.Status.REJECTED)
                + " rejected) · " + shown.size() + " shown");
        Map<String, ArticleView.Item> tips = new LinkedHashMap<>();
        for (Candidate c : items) {
            tips.put(highlightId(c), new ArticleView.Item(c.kind() == Candidate.Kind.OBSERVATION ? "Figure" : "Event",
                    Drafts.summary(c), CandidateDetail.status(c)));
        }
        article.setItems(tips);
        if (shown.isEmpty()) {
            show(null);
        } else {
            show(shown.get(Math.min(near == null ? 0 : near, shown.size() - 1)));
        }
    }

    private void show(Candidate c) {
        detail.show(c, c == null || c.addedId() == null ? "" : inData.describe(c));
        if (c == null) {
            grid.deselectAll();
            article.setCurrent(null, false);
            return;
        }
        if (shown.contains(c)) {
            grid.select(c);
            grid.scrollToIndex(shown.indexOf(c));
        } else {
            grid.deselectAll();
        }
        article.setCurrent(highlightId(c), false);
        // scrolls the article's own box, never the page: the list and the buttons stay where they are
        text.getElement().executeJs("const m = this.querySelector('mark.is-current'); if (m) { this.scrollTop += "
                + "m.getBoundingClientRect().top - this.getBoundingClientRect().top - 48; }");
    }

    private void move(int step) {
        Candidate c = detail.current();
        int at = c == null ? -1 : shown.indexOf(c);
        int to = at + step;
        if (to >= 0 && to < shown.size()) {
            show(shown.get(to));
        }
    }

    private void accept(Candidate c, boolean edit) {
        EditorForm<?, ?> form = c.kind() == Candidate.Kind.OBSERVATION ? observationForm : eventForm;
        String key = all.source().sourceKey();
        if (c.kind() == Candidate.Kind.OBSERVATION) {
            observationForm.propose(Drafts.observation(key, c));
        } else {
            eventForm.propose(Drafts.event(key, c));
        }
        saved = false;
        if (!edit) {
            form.save();
            if (saved) {
                return;
            }
        }
        dialog.removeAll();
        dialog.add(form);
        dialog.open();
    }

    /** After a save of the form: the candidate is in the data now; on to the next one. */
    private void saved() {
        saved = true;
        dialog.close();
        reload();
    }

    /** Confirms or disputes the row the candidate is in the data; shown again with its new status. */
    private void review(Candidate c, ReviewStatus status, String reason) {
        if (inData.set(c, status, reason)) {
            show(c);
        }
    }

    private void reject(Candidate c, String reason) {
        extraction.reject(all.source().sourceKey(), c.id(), reason);
        Notification.show("Rejected: it will not be proposed again.", 3000, Notification.Position.BOTTOM_START);
        reload();
    }

    private void unreject(Candidate c) {
        extraction.unreject(all.source().sourceKey(), c.id());
        reload();
    }

    /** Reads the queue again, staying where the list was. */
    private void reload() {
        Candidate c = detail.current();
        int at = c == null ? 0 : Math.max(0, shown.indexOf(c));
        all = extraction.candidates(all.source().sourceKey());
        refilter(at);
        if (c != null && shown.stream().anyMatch(x -> x.id().equals(c.id()))) {
            // still shown (filter "all"): the next one
            move(1);
        }
    }
}
