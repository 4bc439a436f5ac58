package org.crdash.source.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.function.Consumer;
import org.crdash.base.ValidationException;
import org.crdash.document.Document;
import org.crdash.document.DocumentFormat;
import org.crdash.document.DocumentReader;

/**
 * Uploading the document a source is made from (.txt, .md, .html, .pdf, .docx): reads it at once and hands the
 * {@link Document} over, or says why it cannot be read. Nothing is stored here; the form stores the source and the
 * file together when it is saved.
 */
class DocumentUpload extends VerticalLayout {

    private final Upload upload;
    private final Div status = new Div();
    private final Button discard = new Button("Remove the file and paste text instead");
    private final Consumer<Document> onRead;
    private final Runnable onDiscard;

    DocumentUpload(Consumer<Document> onRead, Runnable onDiscard) {
        this.onRead = onRead;
        this.onDiscard = onDiscard;
        setPadding(false);
        setSpacing(false);
        addClassName("document-upload");
        upload = new Upload(UploadHandler.inMemory((meta, bytes) -> getUI().ifPresent(ui ->
                ui.access(() -> receive(meta.fileName(), bytes)))));
        upload.setId("upload");
        upload.setAcceptedFileTypes(DocumentFormat.EXTENSIONS);
        upload.setMaxFiles(1);
        upload.setMaxFileSize(DocumentReader.MAX_BYTES);
        upload.addFileRejectedListener(e -> fail(rejected(e.getFileName(), e.getErrorMessage())));
        status.setId("upload-status");
        status.addClassName("upload-status");
        discard.setId("discard-file");
        discard.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        discard.setVisible(false);
        discard.addClickListener(e -> clear(true));
        add(upload, status, discard);
    }

    /** Reads an uploaded file (what the upload handler calls; tests call it directly). */
    void receive(String fileName, byte[] bytes) {
        Document d;
        try {
            d = DocumentReader.read(fileName, bytes, "file");
        } catch (ValidationException e) {
            upload.clearFileList();
            fail(String.join(" ", e.messagesFor("file")) + " Nothing was stored.");
            return;
        }
        // the status and "remove" stand for the file from now on; the list is free for a file that replaces it
        upload.clearFileList();
        status.removeAll();
        status.removeClassName("error");
        status.add(new Span("Read " + d.fileName() + " (" + d.format().code().toUpperCase(Locale.ROOT) + ", "
                + size(d.bytes().length) + "): " + NumberFormat.getIntegerInstance(Locale.ENGLISH)
                .format(d.text().length()) + " characters of text. The file is kept with the source; check the "
                + "title, author and date read from it."));
        discard.setVisible(true);
        onRead.accept(d);
    }

    private void fail(String message) {
        clear(discard.isVisible()); // a file read before is no longer the one the form holds
        status.add(new Span(message));
        status.addClassName("error");
    }

    /** Forgets the file: after saving, or when the editor goes back to pasting. */
    void clear(boolean notify) {
        status.removeAll();
        status.removeClassName("error");
        upload.clearFileList();
        discard.setVisible(false);
        if (notify) {
            onDiscard.run();
        }
    }

    /** What the browser refused to send, said as the server would: the reason, in our words. */
    private static String rejected(String fileName, String browserMessage) {
        String name = fileName == null || fileName.isBlank() ? "The file" : "'" + fileName + "'";
        String m = browserMessage == null ? "" : browserMessage.toLowerCase(Locale.ROOT);
        if (m.contains("big")) {
            return name + " is larger than " + DocumentReader.MAX_BYTES / 1024 / 1024 + " MB, the most that can be "
                    + "uploaded. Nothing was stored.";
        }
        if (m.contains("type")) {
            return name + " is not a type that can be read; upload .txt, .md, .html, .pdf or .docx.";
        }
        return name + " was not uploaded (" + browserMessage + "). Nothing was stored.";
    }

    private static String size(int bytes) {
        return bytes >= 1024 * 1024 ? "%.1f MB".formatted(bytes / 1024.0 / 1024.0)
                : bytes >= 1024 ? bytes / 1024 + " KB" : bytes + " bytes";
    }
}
