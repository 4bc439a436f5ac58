package org.crdash.event.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.List;
import java.util.function.Consumer;
import org.crdash.base.ConflictException;
import org.crdash.base.PeriodPrecision;
import org.crdash.base.ValidationException;
import org.crdash.base.ui.FieldErrors;
import org.crdash.base.ui.LiveValidation;
import org.crdash.event.Event;
import org.crdash.event.EventInput;
import org.crdash.event.EventService;
import org.crdash.source.Source;
import org.crdash.source.SourceService;
import org.crdash.source.ui.PassagePicker;
import org.springframework.security.access.AccessDeniedException;

/**
 * Adding or editing one event: date and precision, the source's wording of the date, title, category, and the
 * verbatim passage. Checked as it changes by {@link org.crdash.event.EventValidator}, saved optimistically.
 */
public class EventForm extends VerticalLayout {

    static final class Data {
        PeriodPrecision precision = PeriodPrecision.DAY;
        String date = "";
        String dateEnd = "";
        String dateText = "";
        String title = "";
        String category;
        String note = "";
        Source source;
        String passage = "";
        Integer passageStart;
    }

    private final EventService service;
    private final H3 heading = new H3();
    private final Select<PeriodPrecision> precision = new Select<>();
    private final TextField date = new TextField("Date");
    private final TextField dateEnd = new TextField("to");
    private final TextField dateText = new TextField("Date as the source words it");
    private final TextField title = new TextField("Title");
    private final Select<String> category = new Select<>();
    private final TextArea note = new TextArea("Note");
    private final PassagePicker passage;
    private final Button save = new Button("Save");
    private final Button delete = new Button("Delete");
    private final Button cancel = new Button("Cancel");
    private final Div status = new Div();
    private final Binder<Data> binder = new Binder<>();
    private final LiveValidation<EventInput> live;
    private final FieldErrors serverErrors = new FieldErrors();
    private Long id;
    private int version;
    private Consumer<Event> onSaved = e -> { };
    private Consumer<Event> onDeleted = e -> { };
    private Runnable onCancel = () -> { };

    public EventForm(EventService service, SourceService sources) {
        this.service = service;
        this.passage = new PassagePicker(sources);
        this.live = new LiveValidation<>(this::input, in -> service.validate(in, id));
        setPadding(false);
        addClassName("event-form");

        precision.setId("precision");
        precision.setLabel("Precision");
        precision.setItems(PeriodPrecision.values());
        precision.setItemLabelGenerator(p -> switch (p) {
            case DAY -> "Day (2024-03-15)";
            case MONTH -> "Month (2024-03)";
            case QUARTER -> "Quarter (2024-Q1)";
            case YEAR -> "Year (2024)";
            case DECADE -> "Decade (1990s)";
            case RANGE -> "Range (from / to)";
            case NONE -> "No date";
        });
        precision.addValueChangeListener(e -> {
            dateEnd.setVisible(e.getValue() == PeriodPrecision.RANGE);
            date.setEnabled(e.getValue() != PeriodPrecision.NONE);
            if (e.getValue() == PeriodPrecision.NONE) {
                date.clear();
            }
        });
        date.setId("date");
        date.setPlaceholder("2024-03-15, 2024-03, 2024-Q1, 2024 or 1990s");
        dateEnd.setId("date-end");
        dateEnd.setVisible(false);
        dateText.setId("date-text");
        dateText.setHelperText("e.g. “late 1990s”; left empty, the date itself is used.");
        title.setId("title");
        title.setRequiredIndicatorVisible(true);
        title.setMaxLength(org.crdash.event.EventValidator.MAX_TITLE + 1);
        category.setId("category");
        category.setLabel("Category");
        category.setItems(service.categories());
        note.setId("note");

        List<Binder.Binding<?, ?>> bindings = List.of(
                binder.forField(precision).withValidator(live.rule("precision"))
                        .bind(d -> d.precision, (d, v) -> d.precision = v),
                binder.forField(date).withValidator(live.rule("date")).bind(d -> d.date, (d, v) -> d.date = v),
                binder.forField(dateEnd).withValidator(live.rule("date.end"))
                        .bind(d -> d.dateEnd, (d, v) -> d.dateEnd = v),
                binder.forField(dateText).withValidator(live.rule("dateText"))
                        .bind(d -> d.dateText, (d, v) -> d.dateText = v),
                binder.forField(title).withValidator(live.rule("title")).bind(d -> d.title, (d, v) -> d.title = v),
                binder.forField(category).withValidator(live.rule("category"))
                        .bind(d -> d.category, (d, v) -> d.category = v),
                binder.forField(note).withValidator(live.rule("note")).bind(d -> d.note, (d, v) -> d.note = v),
                binder.forField(passage.sourceField()).withValidator(live.rule("sourceKey"))
                        .bind(d -> d.source, (d, v) -> d.source = v),
                binder.forField(passage.passageField()).withValidator(live.rule("passage"))
                        .bind(d -> d.passage, (d, v) -> d.passage = v),
                binder.forField(passage.passageStartField()).withValidator(live.rule("passageStart"))
                        .bind(d -> d.passageStart, (d, v) -> d.passageStart = v));
        live.watch(bindings);
        binder.addStatusChangeListener(e -> save.setEnabled(binder.isValid()));
        serverErrors.on("precision", precision).on("date", date).on("date.end", dateEnd).on("dateText", dateText)
                .on("title", title).on("category", category).on("note", note)
                .on("sourceKey", passage.sourceField()).on("passage", passage.passageField())
                .on("passageStart", passage.passageStartField());

        save.setId("save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        delete.setId("delete");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(e -> delete());
        cancel.setId("cancel");
        cancel.addClickListener(e -> onCancel.run());
        status.setId("form-status");
        status.addClassName("form-status");

        FormLayout fields = new FormLayout();
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        fields.add(precision, new Span(), date, dateEnd);
        fields.add(dateText, 2);
        fields.add(title, 2);
        fields.add(category, new Span());
        fields.add(note, 2);
        add(heading, status, fields, passage, new HorizontalLayout(save, cancel, delete));
        create();
    }

    public void create() {
        id = null;
        version = 0;
        heading.setText("New event");
        load(new Data());
        delete.setVisible(false);
    }

    public void edit(Event e) {
        id = e.id();
        version = e.version();
        heading.setText("Event #" + e.id() + (e.origin() == org.crdash.base.Origin.SEEDED ? " (seeded)" : ""));
        Data d = new Data();
        d.precision = e.date().precision();
        String label = e.date().label() == null ? "" : e.date().label();
        int slash = label.indexOf('/');
        d.date = slash < 0 ? label : label.substring(0, slash);
        d.dateEnd = slash < 0 ? "" : label.substring(slash + 1);
        d.dateText = e.dateText();
        d.title = e.title();
        d.category = e.category();
        d.note = e.note() == null ? "" : e.note();
        d.source = passage.sourceField().getListDataView().getItems().filter(s -> s.id() == e.sourceId())
                .findFirst().orElse(null);
        d.passage = e.passage();
        d.passageStart = e.passageStart();
        load(d);
        delete.setVisible(true);
    }

    private void load(Data d) {
        status.removeAll();
        dateEnd.setVisible(d.precision == PeriodPrecision.RANGE);
        date.setEnabled(d.precision != PeriodPrecision.NONE);
        live.load(() -> binder.readBean(d));
        save.setEnabled(binder.isValid());
    }

    EventInput input() {
        PeriodPrecision p = precision.getValue();
        String label = date.getValue().strip();
        if (p == PeriodPrecision.RANGE) {
            label = label + "/" + dateEnd.getValue().strip();
        }
        Source s = passage.sourceField().getValue();
        return new EventInput(label, p == null ? null : p.code(), dateText.getValue(), title.getValue(),
                category.getValue(), s == null ? null : s.sourceKey(), passage.passageField().getValue(),
                passage.passageStartField().getValue(), note.getValue());
    }

    void save() {
        status.removeAll();
        if (!binder.validate().isOk()) {
            return;
        }
        try {
            Event saved = id == null ? service.add(input()) : service.update(id, version, input());
            Notification.show("Saved event #" + saved.id() + ".", 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            edit(saved);
            onSaved.accept(saved);
        } catch (ValidationException e) {
            live.invalidate();
            List<String> other = serverErrors.show(e.errors());
            showStatus(other.isEmpty() ? "Nothing was saved: fix the fields marked in red." : String.join(" ", other),
                    null);
        } catch (ConflictException e) {
            showStatus(e.getMessage(), id);
        } catch (AccessDeniedException e) {
            showStatus("Sign in as an editor to save.", null);
        }
    }

    private void delete() {
        if (id == null) {
            return;
        }
        try {
            Event deleted = service.delete(id, version);
            org.crdash.base.ui.UndoNotification.show("Event #" + deleted.id() + " deleted (restorable under Deleted).",
                    () -> service.restore(deleted.id(), deleted.version()), onSaved);
            create();
            onDeleted.accept(deleted);
        } catch (ConflictException e) {
            showStatus(e.getMessage(), id);
        }
    }

    private void showStatus(String message, Long reloadId) {
        status.removeAll();
        Span text = new Span(message);
        text.setId("form-message");
        status.add(text);
        if (reloadId != null) {
            Button reload = new Button("Reload", e -> service.findById(reloadId).ifPresentOrElse(ev -> {
                if (ev.deleted()) {
                    create();
                } else {
                    edit(ev);
                }
                onSaved.accept(ev);
            }, this::create));
            reload.setId("reload");
            status.add(reload);
        }
    }

    public void onSaved(Consumer<Event> listener) {
        this.onSaved = listener;
    }

    public void onDeleted(Consumer<Event> listener) {
        this.onDeleted = listener;
    }

    public void onCancel(Runnable listener) {
        this.onCancel = listener;
    }
}
