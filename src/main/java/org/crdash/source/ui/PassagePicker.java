package org.crdash.source.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.crdash.source.Passages;
import org.crdash.source.TextOffsets;
import org.crdash.source.Source;
import org.crdash.source.SourceService;

/**
 * Choosing where an observation or event is quoted from: the source, its full text to select the passage in, the
 * passage itself (selected or pasted) and, if it occurs more than once, its start offset. The form binds the
 * three input fields; the same rule the server applies ({@link Passages#locate}) checks the passage as it is typed.
 */
public class PassagePicker extends VerticalLayout {

    private final SourceService sources;
    private final ComboBox<Source> source = new ComboBox<>("Source");
    private final TextArea sourceText = new TextArea("Source text — select the passage, then press “Use selection”");
    private final TextArea passage = new TextArea("Passage (verbatim)");
    private final IntegerField passageStart = new IntegerField("Start offset");
    private final Button useSelection = new Button("Use selection");
    private String text = "";

    public PassagePicker(SourceService sources) {
        this.sources = sources;
        setPadding(false);
        setSpacing(true);
        source.setId("source");
        source.setItems(sources.findAll());
        source.setItemLabelGenerator(s -> s.title() + " (" + s.sourceKey() + ")");
        source.setWidthFull();
        source.addValueChangeListener(e -> showText(e.getValue()));

        sourceText.setId("source-text");
        sourceText.setReadOnly(true);
        sourceText.setWidthFull();
        sourceText.setMaxHeight("18em");
        sourceText.setVisible(false);

        useSelection.setId("use-selection");
        useSelection.addThemeVariants(ButtonVariant.LUMO_SMALL);
        useSelection.setEnabled(false);
        useSelection.addClickListener(e -> sourceText.getElement()
                .executeJs("const t = this.inputElement; return [t.selectionStart, t.selectionEnd];")
                .then(List.class, range -> applySelection(((Number) range.get(0)).intValue(),
                        ((Number) range.get(1)).intValue())));

        passage.setId("passage");
        passage.setWidthFull();
        passage.setHelperText("Select it in the source text, or paste it exactly as written.");
        passageStart.setId("passage-start");
        passageStart.setMin(0);
        passageStart.setClearButtonVisible(true);
        passageStart.setHelperText("Only needed if the passage occurs more than once.");

        add(source, sourceText, useSelection, passage, passageStart);
    }

    /** Copies the selected range of the source text (String indices, as the browser counts) into the passage and its offset. */
    void applySelection(int start, int end) {
        if (start < 0 || end > text.length() || end <= start) {
            return;
        }
        // a selection edge inside a surrogate pair takes the whole character
        if (start > 0 && Character.isLowSurrogate(text.charAt(start)) && Character.isHighSurrogate(text.charAt(start - 1))) {
            start--;
        }
        if (end < text.length() && Character.isLowSurrogate(text.charAt(end)) && Character.isHighSurrogate(text.charAt(end - 1))) {
            end++;
        }
        String selected = text.substring(start, end);
        String stripped = selected.strip();
        if (stripped.isEmpty()) {
            return;
        }
        int lead = selected.length() - selected.stripLeading().length();
        passage.setValue(stripped);
        passageStart.setValue(TextOffsets.offset(text, start + lead));
    }

    private void showText(Source s) {
        text = s == null ? "" : sources.text(s.id());
        sourceText.setValue(text);
        sourceText.setVisible(s != null);
        useSelection.setEnabled(s != null);
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
}
