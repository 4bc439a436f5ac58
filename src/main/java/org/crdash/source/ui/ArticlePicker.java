package org.crdash.source.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.crdash.source.Highlight;
import org.crdash.source.Quotations.Quotation;
import org.crdash.source.RenderedText;
import org.crdash.source.Source;
import org.crdash.source.SourceService;
import org.crdash.source.TextOffsets;

/**
 * Picking a passage in a source as its author wrote it: the rendered article (no markup characters) with a find
 * box, the passages already quoted from it marked, and "Use selection", which hands the selected raw characters
 * (widened to the markup at their edges, so emphasis and footnote markers come whole) to the
 * {@linkplain #addPickListener pick listeners}. Source key in ({@link #show}), picked passage out; the form owns
 * its fields.
 */
public class ArticlePicker extends Div {

    /** A passage picked in a source: {@code passage} is the raw text between the stored offsets. */
    public record Picked(String sourceKey, String passage, int start, int end) {
    }

    private static final String CURRENT = "current";

    private final SourceService sources;
    private final ArticleView article = new ArticleView();
    private final Button use = new Button("Use selection", VaadinIcon.ARROW_DOWN.create());
    private final Span hint = new Span();
    private final List<Consumer<Picked>> listeners = new ArrayList<>();
    private Source source;
    private List<Highlight> quoted = List.of();
    private int[] current;

    public ArticlePicker(SourceService sources) {
        this.sources = sources;
        addClassName("article-picker");
        article.setId("picker-text");
        article.addClassName("picker-text");
        use.setId("use-selection");
        use.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        use.addClickListener(e -> article.selection().thenAccept(this::pick));
        hint.addClassName("picker-hint");
        hint.setId("picker-hint");
        Div bar = new Div(new FindBox(article), use);
        bar.addClassName("picker-toolbar");
        add(bar, hint, article);
        setVisible(false);
    }

    /** Shows the source with this key (a live one), or nothing for null or an unknown key. */
    public void show(String sourceKey) {
        Optional<Source> found = sourceKey == null ? Optional.empty() : sources.findLiveByKey(sourceKey);
        source = found.orElse(null);
        current = null;
        setVisible(source != null);
        if (source == null) {
            quoted = List.of();
            return;
        }
        List<Highlight> highlights = new ArrayList<>();
        Map<String, ArticleView.Item> items = new LinkedHashMap<>();
        for (Quotation q : sources.quotations(source.id())) {
            highlights.add(new Highlight(q.start(), q.end(), q.itemId(), q.kind()));
            items.put(q.itemId(), new ArticleView.Item(q.kind().name().toLowerCase(Locale.ROOT), q.label(),
                    q.value()));
        }
        quoted = List.copyOf(highlights);
        article.setItems(items);
        hint.setText(quoted.isEmpty()
                ? "Select the passage in the article, then press “Use selection”."
                : "Select the passage in the article, then press “Use selection”. The " + quoted.size()
                + " passages already quoted are underlined (hover one to see what quotes it).");
        render(false);
    }

    /**
     * Marks the form's current passage (raw stored offsets) and scrolls to it; null or a range that does not fit
     * the text clears the mark.
     */
    public void markCurrent(Integer start, Integer end, boolean scroll) {
        RenderedText text = text();
        boolean fits = text != null && start != null && end != null && start >= 0 && end > start
                && end <= TextOffsets.length(text.raw());
        int[] next = fits ? new int[] {start, end} : null;
        if (java.util.Arrays.equals(next, current)) {
            return;
        }
        current = next;
        render(scroll && next != null);
    }

    public Registration addPickListener(Consumer<Picked> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    public Optional<Source> source() {
        return Optional.ofNullable(source);
    }

    ArticleView article() {
        return article;
    }

    /** The raw range the user selected (stored offsets), as the browser reports it; what "Use selection" does. */
    void pick(int[] range) {
        if (source == null) {
            return;
        }
        if (range == null) {
            hint.setText("Nothing is selected in the article: select the passage with the mouse (or Shift and the "
                    + "arrow keys), then press “Use selection”.");
            hint.addClassName("is-warning");
            return;
        }
        hint.removeClassName("is-warning");
        String raw = text().raw();
        String passage = raw.substring(TextOffsets.index(raw, range[0]), TextOffsets.index(raw, range[1]));
        Picked picked = new Picked(source.sourceKey(), passage, range[0], range[1]);
        current = range;
        render(false);
        listeners.forEach(l -> l.accept(picked));
    }

    private RenderedText text() {
        return source == null ? null : sources.rendered(source);
    }

    private void render(boolean scroll) {
        if (source == null) {
            return;
        }
        List<Highlight> all = new ArrayList<>(quoted);
        if (current != null) {
            all.add(new Highlight(current[0], current[1], CURRENT, Highlight.Kind.PASSAGE));
        }
        article.show(text(), all);
        if (scroll && current != null) {
            article.scrollTo(CURRENT);
        }
    }
}
