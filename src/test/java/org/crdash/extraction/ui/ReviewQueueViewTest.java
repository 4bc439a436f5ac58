package org.crdash.extraction.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.GridKt._get;

import com.github.mvysny.kaributesting.v10.GridKt;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.stream.IntStream;
import org.crdash.KaribuSecurity;
import org.crdash.KaribuTest;
import org.crdash.base.ReviewStatus;
import org.crdash.base.security.Roles;
import org.crdash.event.Event;
import org.crdash.event.EventService;
import org.crdash.extraction.Candidate;
import org.crdash.extraction.Candidates;
import org.crdash.extraction.ExtractionService;
import org.crdash.series.Observation;
import org.crdash.series.ObservationService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

@Transactional
class ReviewQueueViewTest extends KaribuTest {

    static final String KEY = "000_86d270af3dbf64d1.txt";

    @Autowired
    ExtractionService extraction;
    @Autowired
    EventService events;
    @Autowired
    ObservationService observations;

    @BeforeEach
    void signIn() {
        KaribuSecurity.login("alice", Roles.EDITOR);
        UI.getCurrent().navigate(ReviewQueueView.class, KEY);
    }

    @SuppressWarnings("unchecked")
    static Grid<Candidate> grid() {
        return _get(Grid.class, spec -> spec.withId("candidates"));
    }

    static Button button(String id) {
        return _get(Button.class, spec -> spec.withId(id));
    }

    static Candidate shown() {
        Grid<Candidate> g = grid();
        return g.asSingleSelect().getValue();
    }

    @Test
    void listsTheOpenCandidatesWithProgressAndFilters() {
        Candidates all = extraction.candidates(KEY);
        Grid<Candidate> g = grid();
        assertThat(_size(g)).isEqualTo(all.count(Candidate.Status.OPEN)).isPositive();
        assertThat(IntStream.range(0, _size(g)).mapToObj(i -> _get(g, i))).allMatch(Candidate::open);
        assertThat(_get(Span.class, spec -> spec.withId("review-progress")).getText())
                .startsWith(all.reviewed() + " of " + all.items().size() + " reviewed");
        // the first one is chosen, its number or date marked in its sentence
        assertThat(shown()).isEqualTo(_get(g, 0));
        assertThat(_get(Paragraph.class, spec -> spec.withId("candidate-passage")).getElement()
                .getProperty("innerHTML")).contains("<mark");

        kind(ReviewQueueView.Kinds.EVENT);
        assertThat(IntStream.range(0, _size(g)).mapToObj(i -> _get(g, i)))
                .isNotEmpty().allMatch(c -> c.kind() == Candidate.Kind.EVENT);
        status(ReviewQueueView.Show.ADDED);
        assertThat(_size(g)).isEqualTo(all.items().stream()
                .filter(c -> c.kind() == Candidate.Kind.EVENT && c.status() == Candidate.Status.ADDED).count());

        status(ReviewQueueView.Show.OPEN);
        kind(ReviewQueueView.Kinds.ALL);
        Candidate first = shown();
        _click(button("next"));
        assertThat(shown()).isEqualTo(_get(g, 1));
        _click(button("previous"));
        assertThat(shown()).isEqualTo(first);
    }

    @Test
    void rejectWithAReasonAndProposeAgain() {
        Candidate c = shown();
        _setValue(_get(TextField.class, spec -> spec.withId("reject-reason")), "page number");
        _click(button("reject"));
        Candidate after = extraction.candidates(KEY).items().stream().filter(x -> x.id().equals(c.id())).findFirst()
                .orElseThrow();
        assertThat(after.status()).isEqualTo(Candidate.Status.REJECTED);
        assertThat(after.rejection()).isEqualTo("page number");
        assertThat(IntStream.range(0, _size(grid())).mapToObj(i -> _get(grid(), i).id())).doesNotContain(c.id());

        status(ReviewQueueView.Show.REJECTED);
        assertThat(shown().id()).isEqualTo(c.id());
        _click(button("unreject"));
        assertThat(extraction.candidates(KEY).items().stream().filter(x -> x.id().equals(c.id())).findFirst()
                .orElseThrow().status()).isEqualTo(Candidate.Status.OPEN);
    }

    @Test
    void acceptSavesTheEventThroughTheForm() {
        kind(ReviewQueueView.Kinds.EVENT);
        Candidate c = shown();
        int before = events.findAll().size();
        _click(button("accept"));
        assertThat(events.findAll()).hasSize(before + 1);
        Event added = events.findAll().stream().filter(e -> e.passageStart() == c.passageStart()
                && e.title().equals(c.event().title())).findFirst().orElseThrow();
        assertThat(added.date()).isEqualTo(c.event().date());
        assertThat(added.updatedBy()).isEqualTo("alice");
        assertThat(events.history(added.id())).hasSize(1);
        assertThat(extraction.candidates(KEY).items().stream().filter(x -> x.id().equals(c.id())).findFirst()
                .orElseThrow().status()).isEqualTo(Candidate.Status.ADDED);
        assertThat(IntStream.range(0, _size(grid())).mapToObj(i -> _get(grid(), i).id())).doesNotContain(c.id());
    }

    @Test
    void editThenAcceptOpensTheObservationFormPrefilled() {
        kind(ReviewQueueView.Kinds.OBSERVATION);
        int row = IntStream.range(0, _size(grid())).filter(i -> _get(grid(), i).observation().seriesKey() != null)
                .findFirst().orElseThrow();
        Candidate c = _get(grid(), row);
        GridKt._clickItem(grid(), row);
        assertThat(shown()).isEqualTo(c);
        _click(button("edit-accept"));
        Dialog dialog = _get(Dialog.class, spec -> spec.withId("accept-dialog"));
        assertThat(dialog.isOpened()).isTrue();
        TextField value = _get(TextField.class, spec -> spec.withId("value"));
        assertThat(value.getValue()).isNotEmpty();
        _setValue(value, "12345.6");
        _click(button("save"));
        // 12345.6 is not in the passage: the claim checks ask "save anyway" first
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(
                _get(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class, spec -> spec.withId("save-warnings")));
        assertThat(dialog.isOpened()).isFalse();
        Observation added = observations.ofSource(extraction.candidates(KEY).source().id()).stream()
                .filter(o -> o.passageStart() == c.passageStart() && o.value().toPlainString().equals("12345.6"))
                .findFirst().orElseThrow();
        assertThat(added.seriesKey()).isEqualTo(c.observation().seriesKey());
    }

    @Test
    void candidateSentencesAreShownRenderedWithoutMarkupCharacters() {
        // 002 (Bobo Lo) has footnote markers and emphasis in the sentences the assistant proposes
        UI.getCurrent().navigate(ReviewQueueView.class, "002_709b5f3b75b2705c.txt");
        status(ReviewQueueView.Show.ALL);
        Grid<Candidate> g = grid();
        List<Integer> rows = IntStream.range(0, _size(g)).filter(i -> _get(g, i).passage()
                .matches("(?s).*(<sup>|\\*\\w).*")).boxed().toList();
        assertThat(rows).isNotEmpty();
        for (int row : rows) {
            GridKt._clickItem(g, row);
            String html = _get(Paragraph.class, spec -> spec.withId("candidate-passage")).getElement()
                    .getProperty("innerHTML");
            assertThat(html).doesNotContain("&lt;sup&gt;").doesNotContainPattern("\\*\\w")
                    .containsPattern("<sup>|<em>|<strong>").contains("<mark");
        }
    }

    @Test
    void oneAlreadyInTheDataIsConfirmedOrDisputed() {
        status(ReviewQueueView.Show.ADDED);
        kind(ReviewQueueView.Kinds.OBSERVATION);
        Candidate c = shown();
        assertThat(c.addedId()).isNotNull();
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(Button.class, spec -> spec.withId("accept")))
                .isEmpty();
        _click(button("confirm"));
        Observation o = observations.findById(c.addedId()).orElseThrow();
        assertThat(o.review()).isEqualTo(ReviewStatus.REVIEWED);
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("candidate-note")).getText())
                .contains("In the data as observation #" + o.id() + ", review: reviewed.");
        _click(button("dispute"));   // no reason: refused
        assertThat(observations.findById(c.addedId()).orElseThrow().review()).isEqualTo(ReviewStatus.REVIEWED);
        _setValue(_get(TextField.class, spec -> spec.withId("reject-reason")), "the passage says 2023");
        _click(button("dispute"));
        o = observations.findById(c.addedId()).orElseThrow();
        assertThat(o.review().describe(o.reviewReason())).isEqualTo("disputed: the passage says 2023");
        assertThat(observations.history(o.id())).hasSizeGreaterThanOrEqualTo(2);
    }

    @SuppressWarnings("unchecked")
    private static void kind(ReviewQueueView.Kinds k) {
        _setValue(_get(Select.class, spec -> spec.withId("review-kind")), k);
    }

    @SuppressWarnings("unchecked")
    private static void status(ReviewQueueView.Show s) {
        _setValue(_get(Select.class, spec -> spec.withId("review-show")), s);
    }
}
