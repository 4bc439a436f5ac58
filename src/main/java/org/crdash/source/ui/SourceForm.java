package org.crdash.source.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.crdash.base.DatePrecision;
import org.crdash.base.ui.EditorForm;
import org.crdash.document.Document;
import org.crdash.document.DocumentMetadata;
import org.crdash.document.DocumentReader;
import org.crdash.source.Source;
import org.crdash.source.SourceInput;
import org.crdash.source.SourceService;
import org.jspecify.annotations.Nullable;

/**
 * Adding a source, or editing a stored one's metadata: title, author, publisher, publication date and URL. A new
 * source's full text is pasted or read from an uploaded document (whose title, author and date prefill the empty
 * fields, and which is kept with the source). A stored source's text stays as it is: once observations or events
 * quote it, their character offsets point into it, so the form says so and never sends a changed text (a new text
 * is a new source). Deleting a quoted source offers to delete what quotes it together.
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
    private final Span uploadHint = new Span("Upload the document (up to " + DocumentReader.MAX_BYTES / 1024 / 1024
            + " MB):");
    private final DocumentUpload upload = new DocumentUpload(this::useDocument, this::dropDocument);
    private final TextArea fullText = new TextArea("Full text");
    private final Paragraph textNote = new Paragraph();
    /** The file a new source's text was read from, or null for a pasted text. */
    private @Nullable Document document;
    /** A stored source's text, sent unchanged with every change of its metadata. */
    private @Nullable String storedText;

    public SourceForm(SourceService service) {
        super("Source", service);
        this.service = service;
        addClassName("source-form");
        title.setId("title");
        title.setRequiredIndicatorVisible(true);
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
        fullText.setId("full-text");
        fullText.setRequiredIndicatorVisible(true);
        fullText.setWidthFull();
        fullText.setMinHeight("12em");
        fullText.setMaxHeight("30em");
        textNote.setId("text-note");
        textNote.addClassName("form-hint");
        FormLayout fields = new FormLayout();
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        fields.add(field(title, "title"), 2);
        fields.add(field(author, "author"), field(publisher, "publisher"), field(publishedDate, "publishedDate"),
                field(publishedPrecision, "publishedPrecision"));
        fields.add(field(publishedText, "publishedText"), 2);
        fields.add(field(url, "url"), 2);
        layout(uploadHint, upload, fields, field(fullText, "fullText"), textNote);
        create();
    }

    /** The text becomes the document's, as read; empty fields are filled from what the document says. */
    private void useDocument(Document d) {
        document = d;
        fullText.setValue(d.text());
        fullText.setReadOnly(true);
        fullText.setHelperText("Read from " + d.fileName() + "; passages are quoted from this text.");
        DocumentMetadata m = d.metadata();
        fillIfEmpty(title, m.title());
        fillIfEmpty(author, m.author());
        fillIfEmpty(publisher, m.publisher());
        fillIfEmpty(url, m.url());
        if (publishedDate.isEmpty() && !m.published().isEmpty()) {
            publishedDate.setValue(m.published());
            publishedPrecision.setValue(switch (m.published().length()) {
                case 10 -> DatePrecision.DAY;
                case 7 -> DatePrecision.MONTH;
                default -> DatePrecision.YEAR;
            });
        }
    }

    private void dropDocument() {
        document = null;
        fullText.setReadOnly(false);
        fullText.clear();
        fullText.setHelperText(null);
    }

    private static void fillIfEmpty(TextField field, String value) {
        if (field.isEmpty() && !value.isEmpty()) {
            field.setValue(value);
        }
    }

    @Override
    protected SourceInput input() {
        DatePrecision p = publishedPrecision.getValue();
        return new SourceInput(title.getValue(), author.getValue(), publisher.getValue(), publishedDate.getValue(),
                p == null ? null : p.code(), publishedText.getValue(), url.getValue(),
                storedText == null ? fullText.getValue() : storedText);
    }

    @Override
    protected Source addNew(SourceInput input, boolean saveAnyway) {
        return document == null ? service.add(input) : service.add(input, document);
    }

    @Override
    protected String savedMessage(Source s, boolean added) {
        return added ? "Added source '" + s.title() + "' (" + s.sourceKey() + "). You can now quote it."
                : super.savedMessage(s, false);
    }

    @Override
    protected String describe(Source s) {
        return " · " + s.sourceKey() + ("seeded".equals(s.origin()) ? " (seeded)" : "");
    }

    @Override
    protected void fill(@Nullable Source s) {
        upload.clear(false);
        dropDocument();
        storedText = s == null ? null : service.text(s.id());
        uploadHint.setVisible(s == null);
        upload.setVisible(s == null);
        fullText.setVisible(s == null);
        textNote.setVisible(s != null);
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
