package org.crdash.source.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.crdash.base.DatePrecision;
import org.crdash.base.ValidationException;
import org.crdash.document.Document;
import org.crdash.document.DocumentMetadata;
import org.crdash.document.DocumentReader;
import org.crdash.base.security.Roles;
import org.crdash.base.ui.FieldErrors;
import org.crdash.base.ui.LiveValidation;
import org.crdash.base.ui.MainLayout;
import org.crdash.source.Source;
import org.crdash.source.SourceInput;
import org.crdash.source.SourceService;
import org.springframework.security.access.AccessDeniedException;

/**
 * Adding a source: its bibliographic data and full text, pasted or read from an uploaded document (whose title,
 * author and date prefill the fields, and which is kept with the source). The text is stored with its SHA-256;
 * observations and events then quote passages from it.
 */
@Route(value = "sources/new", layout = MainLayout.class)
@Menu(title = "Add source", order = 12, icon = "vaadin:file-add")
@PageTitle("Add source · China–Russia dashboard")
@RolesAllowed(Roles.EDITOR)
public class AddSourceView extends VerticalLayout {

    static final class Data {
        String title = "";
        String author = "";
        String publisher = "";
        String publishedDate = "";
        DatePrecision publishedPrecision = DatePrecision.UNKNOWN;
        String publishedText = "";
        String url = "";
        String fullText = "";
    }

    private final SourceService service;
    private final TextField title = new TextField("Title");
    private final TextField author = new TextField("Author");
    private final TextField publisher = new TextField("Publisher");
    private final TextField publishedDate = new TextField("Published");
    private final Select<DatePrecision> publishedPrecision = new Select<>();
    private final TextField publishedText = new TextField("Date as the text states it");
    private final TextField url = new TextField("URL");
    private final TextArea fullText = new TextArea("Full text");
    private final DocumentUpload upload;
    /** The file the text was read from, or null for a pasted text. */
    private Document document;
    private final Button save = new Button("Add source");
    private final Div status = new Div();
    private final Binder<Data> binder = new Binder<>();
    private final LiveValidation<SourceInput> live;
    private final FieldErrors serverErrors = new FieldErrors();

    public AddSourceView(SourceService service) {
        this.service = service;
        this.live = new LiveValidation<>(this::input, in -> service.validate(in, null));
        setPadding(true);
        add(new H2("Add a source"), new Paragraph("Observations and events must quote a source verbatim. Upload the "
                + "article (a web page saved as .html, a PDF, a Word .docx, Markdown or UTF-8 text) or paste its "
                + "full text."));

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

        upload = new DocumentUpload(this::useDocument, this::dropDocument);

        List<Binder.Binding<?, ?>> bindings = List.of(
                binder.forField(title).withValidator(live.rule("title")).bind(d -> d.title, (d, v) -> d.title = v),
                binder.forField(author).withValidator(live.rule("author")).bind(d -> d.author, (d, v) -> d.author = v),
                binder.forField(publisher).withValidator(live.rule("publisher"))
                        .bind(d -> d.publisher, (d, v) -> d.publisher = v),
                binder.forField(publishedDate).withValidator(live.rule("publishedDate"))
                        .bind(d -> d.publishedDate, (d, v) -> d.publishedDate = v),
                binder.forField(publishedPrecision).withValidator(live.rule("publishedPrecision"))
                        .bind(d -> d.publishedPrecision, (d, v) -> d.publishedPrecision = v),
                binder.forField(publishedText).withValidator(live.rule("publishedText"))
                        .bind(d -> d.publishedText, (d, v) -> d.publishedText = v),
                binder.forField(url).withValidator(live.rule("url")).bind(d -> d.url, (d, v) -> d.url = v),
                binder.forField(fullText).withValidator(live.rule("fullText"))
                        .bind(d -> d.fullText, (d, v) -> d.fullText = v));
        live.watch(bindings);
        binder.addStatusChangeListener(e -> save.setEnabled(binder.isValid()));
        serverErrors.on("title", title).on("author", author).on("publisher", publisher)
                .on("publishedDate", publishedDate).on("publishedPrecision", publishedPrecision)
                .on("publishedText", publishedText).on("url", url).on("fullText", fullText);

        save.setId("save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        status.setId("form-status");

        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        form.add(title, 2);
        form.add(author, publisher, publishedDate, publishedPrecision);
        form.add(publishedText, 2);
        form.add(url, 2);
        add(status, new Span("Upload the document (up to " + DocumentReader.MAX_BYTES / 1024 / 1024 + " MB):"), upload,
                form, fullText, save);
        reset();
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
        if (document != null) {
            document = null;
            fullText.setReadOnly(false);
            fullText.clear();
            fullText.setHelperText(null);
        }
    }

    private static void fillIfEmpty(TextField field, String value) {
        if (field.isEmpty() && !value.isEmpty()) {
            field.setValue(value);
        }
    }

    /** The upload, for tests. */
    DocumentUpload upload() {
        return upload;
    }

    private void reset() {
        live.load(() -> binder.readBean(new Data()));
        save.setEnabled(binder.isValid());
    }

    SourceInput input() {
        return new SourceInput(title.getValue(), author.getValue(), publisher.getValue(), publishedDate.getValue(),
                publishedPrecision.getValue() == null ? null : publishedPrecision.getValue().code(),
                publishedText.getValue(), url.getValue(), fullText.getValue());
    }

    void save() {
        status.removeAll();
        if (!binder.validate().isOk()) {
            return;
        }
        try {
            Source s = document == null ? service.add(input()) : service.add(input(), document);
            Notification.show("Added source '" + s.title() + "' (" + s.sourceKey() + "). You can now quote it.",
                    5000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            upload.clear(false);
            dropDocument();
            reset();
        } catch (ValidationException e) {
            live.invalidate();
            List<String> other = serverErrors.show(e.errors());
            status.add(new Span(other.isEmpty() ? "Nothing was saved: fix the fields marked in red."
                    : String.join(" ", other)));
        } catch (AccessDeniedException e) {
            status.add(new Span("Sign in as an editor to add sources."));
            UI.getCurrent().navigate("login");
        }
    }
}
