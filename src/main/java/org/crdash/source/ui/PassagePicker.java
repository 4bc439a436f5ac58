package org.crdash.source.ui;

import org.jspecify.annotations.Nullable;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import org.crdash.source.Passages;
import org.crdash.source.Source;
import org.crdash.source.SourceService;
import org.crdash.source.TextOffsets;
import org.springframework.modulith.NamedInterface;

/**
 * Choosing where an observation or event is quoted from: the source, its article to pick the passage in
 * ({@link ArticlePicker}: rendered, with find and the passages already quoted marked), the passage itself (picked
 * or pasted) and, if it occurs more than once, its start offset. The form binds the three input fields; the same
 * rule the server applies ({@link Passages#locate}) checks the passage as it is typed.
 */
@NamedInterface("ui")
public class PassagePicker extends VerticalLayout {

    private final ComboBox<Source> source = new ComboBox<>("Source");
    private final ArticlePicker article;
    private final TextArea passage = new TextArea("Passage (verbatim)");
    private final IntegerField passageStart = new IntegerField("Start offset");
    private final SourceService sources;

    public PassagePicker(SourceService sources) {
        this.sources = sources;
        this.article = new ArticlePicker(sources);
        setPadding(false);
        setSpacing(true);
        addClassName("passage-picker");
        source.setId("source");
        source.setItems(sources.findAll());
        source.setItemLabelGenerator(s -> s.title() + " (" + s.sourceKey() + ")");
        source.setWidthFull();
        source.addValueChangeListener(e -> {
            article.show(e.getValue() == null ? null : e.getValue().sourceKey());
            markCurrent(true);
        });
        article.setWidthFull();
        article.addPickListener(p -> {
            passage.setValue(p.passage());
            passageStart.setValue(p.start());
        });

        passage.setId("passage");
        passage.setWidthFull();
        passage.setHelperText("Pick it in the article above, or paste it exactly as written in the source text.");
        passage.addValueChangeListener(e -> markCurrent(false));
        passageStart.setId("passage-start");
        passageStart.setMin(0);
        passageStart.setClearButtonVisible(true);
        passageStart.setHelperText("Only needed if the passage occurs more than once.");
        passageStart.addValueChangeListener(e -> markCurrent(false));

        add(source, article, passage, passageStart);
    }

    /** Marks the passage the fields hold in the article, where it is found there (at the start offset, if given). */
    private void markCurrent(boolean scroll) {
        Source s = source.getValue();
        String p = passage.getValue();
        if (s == null || p == null || p.isEmpty()) {
            article.markCurrent(null, null, false);
            return;
        }
        String text = sources.rendered(s).raw();
        Integer hint = passageStart.getValue();
        int at = hint == null || hint < 0 ? -1 : TextOffsets.index(text, hint);
        int start = at >= 0 && text.startsWith(p, at) ? at : text.indexOf(p);
        boolean unique = start == at || start < 0 || text.indexOf(p, start + 1) < 0;
        if (start < 0 || !unique) {
            article.markCurrent(null, null, false);
        } else {
            article.markCurrent(TextOffsets.offset(text, start), TextOffsets.offset(text, start + p.length()), scroll);
        }
    }

    /** Shows a stored or proposed quote: its source (when it is one of the offered sources), passage and start. */
    public void fill(@Nullable String sourceKey, @Nullable String passageText, @Nullable Integer start) {
        sourceField().setValue(sourceField().getListDataView().getItems()
                .filter(x -> x.sourceKey().equals(sourceKey)).findFirst().orElse(null));
        passageField().setValue(passageText == null ? "" : passageText);
        passageStartField().setValue(start);
    }

    public ComboBox<Source> sourceField() {
        return source;
    }

    public TextArea passageField() {
        return passage;
    }

    public IntegerField passageStartField() {
        return passageStart;
    }

    /** The article to pick in (for tests and forms that want to listen to picks). */
    public ArticlePicker articlePicker() {
        return article;
    }
}
