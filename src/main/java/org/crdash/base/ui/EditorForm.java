package org.crdash.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.binder.Binder;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.crdash.base.AuditEntry;
import org.crdash.base.ConflictException;
import org.crdash.base.InUseException;
import org.crdash.base.ValidationException;
import org.crdash.base.write.SaveWarning;
import org.crdash.base.write.UnknownAuthorException;
import org.crdash.base.write.VersionedRow;
import org.crdash.base.write.VersionedService;
import org.crdash.base.write.WarningsException;
import org.springframework.security.access.AccessDeniedException;

/**
 * The one editor form: fields checked as they change by the service's own validator ({@link LiveValidation}),
 * Save enabled only while valid, the server's errors on their fields, a conflict told as "changed by X at T" with
 * a Reload button, a delete with Undo — and, for a row others depend on, an offer to delete them together — and
 * "sign in as an editor" when the session is not allowed to write. A feature's form adds its fields with
 * {@link #field} (under its input record's component names) and says how to read and fill a row; its service
 * ({@link VersionedService}) checks and writes it.
 *
 * @param <I> the input record the service validates
 * @param <T> the stored row
 */
public abstract class EditorForm<I, T extends VersionedRow> extends VerticalLayout {

    private final String noun;
    private final VersionedService<I, T> service;
    private final H3 heading = new H3();
    private final Button save = new Button("Save");
    private final Button delete = new Button("Delete");
    private final Button cancel = new Button("Cancel");
    private final Div status = new Div();
    private final Binder<Object> binder = new Binder<>();
    private final LiveValidation<I> live;
    private final FieldErrors serverErrors = new FieldErrors();
    private final List<Binder.Binding<?, ?>> bindings = new ArrayList<>();
    private String idPrefix = "";
    private Long id;
    private int version;
    private Consumer<T> onSaved = t -> { };
    private Consumer<T> onDeleted = t -> { };
    private Runnable onCancel = () -> { };

    /**
     * @param noun    a row in words, capitalised: "Observation", "Series"
     * @param service checks and writes the rows
     */
    protected EditorForm(String noun, VersionedService<I, T> service) {
        this.noun = noun;
        this.service = service;
        this.live = new LiveValidation<>(this::input, in -> service.validate(in, id));
        setPadding(false);
        heading.getStyle().set("overflow-wrap", "anywhere"); // long keys on phones
        save.setId("save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        delete.setId("delete");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(e -> delete(false));
        cancel.setId("cancel");
        cancel.addClickListener(e -> onCancel.run());
        status.setId("form-status");
        status.addClassName("form-status");
        binder.addStatusChangeListener(e -> save.setEnabled(binder.isValid()));
    }

    /** Adds the heading, status line, the feature's fields and the buttons, in that order; call once. */
    protected void layout(Component... fields) {
        live.watch(bindings);
        add(heading, status);
        add(fields);
        add(new HorizontalLayout(save, cancel, delete));
    }

    /** Checks {@code component} with the validator's errors on {@code key} (a component name, or "name.part"). */
    protected <V, C extends HasValue<?, V> & HasValidation> C field(C component, String key) {
        bindings.add(binder.forField(component).withValidator(live.rule(key)).bind(b -> component.getValue(),
                (b, v) -> { }));
        serverErrors.on(key, component);
        return component;
    }

    /** What the fields hold, as the service takes it. */
    protected abstract I input();

    /** Puts a row's values (or a new row's defaults, for {@code null}) into the fields. */
    protected abstract void fill(T row);

    /**
     * Puts a new row's proposed values into the fields, for {@link #propose}; only forms that take proposals (the
     * extraction assistant's candidates) implement it.
     */
    protected void fillDraft(I draft) {
        throw new UnsupportedOperationException(noun + " forms take no proposals");
    }

    /** What the heading adds about a stored row, e.g. " (seeded)". */
    protected String describe(T row) { return ""; }

    /** Whether stored rows can be deleted here (accounts are disabled instead). */
    protected boolean offersDelete() { return true; }

    /**
     * Adds a new row ({@code saveAnyway}: also one with warnings); a form whose new rows take more than the input (a
     * source's file) says how.
     */
    protected T addNew(I input, boolean saveAnyway) {
        return service.add(input, saveAnyway);
    }

    /** What the notification says after a save ({@code added}: it was a new row). */
    protected String savedMessage(T saved, boolean added) {
        return "Saved " + noun.toLowerCase(java.util.Locale.ROOT) + " #" + saved.id() + ".";
    }

    public void create() {
        id = null;
        version = 0;
        heading.setText("New " + noun.toLowerCase(java.util.Locale.ROOT));
        loadWith(() -> fill(null));
        delete.setVisible(false);
    }

    public void edit(T row) {
        id = row.id();
        version = row.version();
        heading.setText(noun + " #" + id + describe(row));
        loadWith(() -> fill(row));
        delete.setVisible(offersDelete());
    }

    /** A new row with the fields prefilled from {@code draft}, to check, edit and save as any new row. */
    public void propose(I draft) {
        id = null;
        version = 0;
        heading.setText("New " + noun.toLowerCase(java.util.Locale.ROOT) + " (proposed)");
        loadWith(() -> fillDraft(draft));
        delete.setVisible(false);
    }

    private void loadWith(Runnable filling) {
        status.removeAll();
        live.load(filling);
        save.setEnabled(binder.isValid());
    }

    /**
     * Prefixes the id of every part of the form, and of the messages and buttons it shows later: for a form opened
     * over another one (the new-series dialog over the observation form), so no id is on the page twice.
     */
    public void prefixIds(String prefix) {
        idPrefix = prefix + idPrefix;
        prefix(this, prefix);
    }

    private static void prefix(Component c, String prefix) {
        c.getId().ifPresent(id -> c.setId(prefix + id));
        c.getChildren().forEach(child -> prefix(child, prefix));
    }

    /**
     * What Save does: checks the fields and writes the row, or shows why not. A row the service has warnings about
     * ({@link WarningsException}) is written only once the editor confirms them ("Save anyway?").
     */
    public void save() {
        status.removeAll();
        if (binder.validate().isOk()) {
            write(false);
        }
    }

    private void confirm(List<SaveWarning> warned) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId(idPrefix + "save-warnings");
        confirm.setHeader("Save anyway?");
        Div text = new Div();
        warned.forEach(w -> text.add(new Paragraph(w.message())));
        text.add(new Paragraph("Nothing is saved unless you confirm."));
        confirm.setText(text);
        confirm.setCancelable(true);
        confirm.setCancelText("Cancel");
        confirm.setConfirmText("Save anyway");
        confirm.addConfirmListener(e -> write(true));
        confirm.open();
    }

    private void write(boolean saveAnyway) {
        try {
            boolean added = id == null;
            T saved = added ? addNew(input(), saveAnyway) : service.update(id, version, input(), saveAnyway);
            Notification.show(savedMessage(saved, added), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            edit(saved);
            onSaved.accept(saved);
        } catch (WarningsException e) {
            confirm(e.warnings());
        } catch (ValidationException e) {
            live.invalidate();
            List<String> other = serverErrors.show(e.errors());
            showStatus(other.isEmpty() ? "Nothing was saved: fix the fields marked in red." : String.join(" ", other),
                    null);
        } catch (ConflictException e) {
            showStatus(e.getMessage(), id);
        } catch (AccessDeniedException e) {
            showStatus("Sign in as an editor to save.", null);
        } catch (UnknownAuthorException e) {
            showStatus(e.getMessage(), null);
        }
    }

    private void delete(boolean together) {
        if (id == null) {
            return;
        }
        try {
            T deleted = together ? service.deleteTogether(id, version) : service.delete(id, version);
            UndoNotification.show(noun + " #" + deleted.id() + " deleted (restorable under Deleted).",
                    () -> service.restore(deleted.id(), deleted.version()), onSaved);
            create();
            onDeleted.accept(deleted);
        } catch (InUseException e) {
            showStatus(e.getMessage(), null);
            Button both = new Button("Delete together", click -> delete(true));
            both.setId(idPrefix + "delete-together");
            both.addThemeVariants(ButtonVariant.LUMO_ERROR);
            status.add(both);
        } catch (ConflictException e) {
            showStatus(e.getMessage(), id);
        } catch (AccessDeniedException e) {
            showStatus("Sign in as an editor to delete.", null);
        } catch (UnknownAuthorException e) {
            showStatus(e.getMessage(), null);
        }
    }

    /** A message above the form; with {@code reloadId}, a button that loads the current version of that row. */
    private void showStatus(String message, Long reloadId) {
        status.removeAll();
        Span text = new Span(message);
        text.setId(idPrefix + "form-message");
        status.add(text);
        if (reloadId != null) {
            Button reload = new Button("Reload", e -> service.findById(reloadId).ifPresentOrElse(row -> {
                if (row.deleted()) {
                    create();
                } else {
                    edit(row);
                }
                onSaved.accept(row);
            }, this::create));
            reload.setId(idPrefix + "reload");
            status.add(reload);
        }
    }

    /** The audit trail of row {@code id}, for the history beside the form. */
    List<AuditEntry> history(long id) {
        return service.history(id);
    }

    public void onSaved(Consumer<T> listener) {
        this.onSaved = listener;
    }

    public void onDeleted(Consumer<T> listener) {
        this.onDeleted = listener;
    }

    public void onCancel(Runnable listener) {
        this.onCancel = listener;
    }
}
