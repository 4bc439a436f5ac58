package org.crdash.source.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.crdash.base.DatePrecision;
import org.crdash.base.ui.EditorForm;
import org.crdash.source.Source;
import org.crdash.source.SourceInput;
import org.crdash.source.SourceService;

/**
 * Editing a source's metadata: title, author, publisher, publication date and URL. Its text stays as it is: once
 * observations or events quote it, their character offsets point into it, so the form says so and never sends a
 * changed text (a new text is a new source, added under "Add source"). Deleting a quoted source offers to delete
 * what quotes it together.
 */
public class SourceForm extends EditorForm<SourceInput, Source> {

    private final SourceService service;
    private final TextField title = new TextField("Title");
    private final TextField author = new TextField("Author");
    private final TextField publisher = new TextField("Publisher");
    private final TextField publishedDate = new TextField("Published");
    private final Select<DatePrecision> publishedPrecision = new Select<>();
    private final TextField publishedText = new TextField("Date as the text states it");
    private final TextField url = new TextField("URL");
    private final Paragraph textNote = new Paragraph();

    public SourceForm(SourceService service) {
        super("Source", service);
        this.service = service;
        addClassName("source-form");
        title.setId("title");
        author.setId("author");
        publisher.setId("publisher");
        publishedDate.setId("published-date");
        publishedDate.setPlaceholder("YYYY-MM-DD, YYYY-MM or YYYY");
        publishedPrecision.setId("published-precision");
        publishedPrecision.setLabel("Date precision");
        publishedPrecision.setItems(DatePrecision.values());
        publishedPrecision.setItemLabelGenerator(DatePrecision::code);
        publishedText.setId("published-text");
        url.setId("url");
        url.setPlaceholder("https://…");
        textNote.setId("text-note");
        textNote.addClassName("form-hint");
        FormLayout fields = new FormLayout();
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        fields.add(field(title, "title"), 2);
        fields.add(field(author, "author"), field(publisher, "publisher"), field(publishedDate, "publishedDate"),
                field(publishedPrecision, "publishedPrecision"), field(publishedText, "publishedText"),
                field(url, "url"));
        layout(fields, textNote);
        create();
    }

    @Override
    protected SourceInput input() {
        Long id = editingId();
        DatePrecision p = publishedPrecision.getValue();
        return new SourceInput(title.getValue(), author.getValue(), publisher.getValue(), publishedDate.getValue(),
                p == null ? null : p.code(), publishedText.getValue(), url.getValue(),
                id == null ? null : service.text(id));
    }

    @Override
    protected String describe(Source s) {
        return " · " + s.sourceKey() + ("seeded".equals(s.origin()) ? " (seeded)" : "");
    }

    @Override
    protected void fill(Source s) {
        title.setValue(s == null ? "" : s.title());
        author.setValue(s == null || s.author() == null ? "" : s.author());
        publisher.setValue(s == null || s.publisher() == null ? "" : s.publisher());
        publishedPrecision.setValue(s == null ? DatePrecision.UNKNOWN : s.publishedPrecision());
        publishedDate.setValue(s == null || s.publishedStart() == null ? "" : switch (s.publishedPrecision()) {
            case DAY -> s.publishedStart().toString();
            case MONTH -> s.publishedStart().toString().substring(0, 7);
            case YEAR -> String.valueOf(s.publishedStart().getYear());
            case UNKNOWN -> "";
        });
        publishedText.setValue(s == null || s.publishedText() == null ? "" : s.publishedText());
        url.setValue(s == null || s.url() == null ? "" : s.url());
        textNote.setText(s == null ? "" : service.textLocked(s.id())
                ? "The text cannot be changed: observations and events quote it by character offsets. To correct "
                + "it, add the corrected text as a new source."
                : "The text is not quoted yet, but it is edited only by adding it again: delete this source and add "
                + "the corrected text under “Add source”. Once quoted, a text never changes.");
    }
}
