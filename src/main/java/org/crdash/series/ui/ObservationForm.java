package org.crdash.series.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
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
import org.crdash.base.Decimals;
import org.crdash.base.PeriodPrecision;
import org.crdash.base.ValidationException;
import org.crdash.base.ui.FieldErrors;
import org.crdash.base.ui.LiveValidation;
import org.crdash.series.Observation;
import org.crdash.series.ObservationInput;
import org.crdash.series.ObservationService;
import org.crdash.series.Qualifier;
import org.crdash.series.Series;
import org.crdash.series.SeriesService;
import org.crdash.source.Source;
import org.crdash.source.SourceService;
import org.crdash.source.ui.PassagePicker;
import org.springframework.security.access.AccessDeniedException;

/**
 * Adding or editing one observation. Every field is checked as it changes by the same validator the service applies
 * on save ({@link org.crdash.series.ObservationValidator}); Save is enabled only while the form is valid.
 * Saving an edit is optimistic: if someone else saved the observation meanwhile, nothing is overwritten and the
 * editor is told who changed it and when.
 */
public class ObservationForm extends VerticalLayout {

    static final List<PeriodPrecision> PRECISIONS = List.of(PeriodPrecision.YEAR, PeriodPrecision.QUARTER,
            PeriodPrecision.MONTH, PeriodPrecision.DAY, PeriodPrecision.RANGE);

    /** What the form holds; Binder reads it into the fields. */
    static final class Data {
        Series series;
        PeriodPrecision precision = PeriodPrecision.YEAR;
        String period = "";
        String periodEnd = "";
        String value = "";
        String unit;
        Qualifier qualifier = Qualifier.EXACT;
        String note = "";
        Source source;
        String passage = "";
        Integer passageStart;
    }

    private final ObservationService service;
    private final H3 heading = new H3();
    private final ComboBox<Series> series = new ComboBox<>("Series");
    private final Button newSeries = new Button("New series…");
    private final Select<PeriodPrecision> precision = new Select<>();
    private final TextField period = new TextField("Period");
    private final TextField periodEnd = new TextField("to");
    private final TextField value = new TextField("Value");
    private final ComboBox<String> unit = new ComboBox<>("Unit");
    private final Select<Qualifier> qualifier = new Select<>();
    private final TextArea note = new TextArea("Note");
    private final PassagePicker passage;
    private final Button save = new Button("Save");
    private final Button delete = new Button("Delete");
    private final Button cancel = new Button("Cancel");
    private final Div status = new Div();
    private final Binder<Data> binder = new Binder<>();
    private final LiveValidation<ObservationInput> live;
    private final FieldErrors serverErrors = new FieldErrors();
    private Long id;
    private int version;
    private Consumer<Observation> onSaved = o -> { };
    private Consumer<Observation> onDeleted = o -> { };
    private Runnable onCancel = () -> { };

    public ObservationForm(SeriesService seriesService, ObservationService service, SourceService sources) {
        this.service = service;
        this.passage = new PassagePicker(sources);
        this.live = new LiveValidation<>(this::input, in -> service.validate(in, id));
        setPadding(false);
        addClassName("observation-form");

        series.setId("series");
        series.setItems(seriesService.findAll());
        series.setItemLabelGenerator(s -> s.name() + " (" + s.key() + ", " + s.unit() + ")");
        series.setRequiredIndicatorVisible(true);
        series.addValueChangeListener(e -> {
            Series old = e.getOldValue();
            if (e.getValue() != null && (unit.isEmpty() || old != null && old.unit().equals(unit.getValue()))) {
                unit.setValue(e.getValue().unit());
            }
        });
        newSeries.setId("new-series");
        newSeries.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        newSeries.addClickListener(e -> new NewSeriesDialog(seriesService, created -> {
            series.setItems(seriesService.findAll());
            series.setValue(created);
        }).open());

        precision.setId("precision");
        precision.setLabel("Precision");
        precision.setItems(PRECISIONS);
        precision.setItemLabelGenerator(p -> switch (p) {
            case YEAR -> "Year (2024)";
            case QUARTER -> "Quarter (2024-Q1)";
            case MONTH -> "Month (2024-03)";
            case DAY -> "Day (2024-03-15)";
            case RANGE -> "Range (from / to)";
            default -> p.code();
        });
        precision.addValueChangeListener(e -> periodEnd.setVisible(e.getValue() == PeriodPrecision.RANGE));
        period.setId("period");
        period.setRequiredIndicatorVisible(true);
        period.setPlaceholder("2024, 2024-Q1, 2024-03 or 2024-03-15");
        periodEnd.setId("period-end");
        periodEnd.setPlaceholder("e.g. 2024");
        periodEnd.setVisible(false);

        value.setId("value");
        value.setRequiredIndicatorVisible(true);
        value.setPlaceholder("244.8 or 1,234.5");
        unit.setId("unit");
        unit.setItems(seriesService.units().stream().map(org.crdash.series.Unit::code).toList());
        unit.setHelperText("Must be the series' unit.");
        qualifier.setId("qualifier");
        qualifier.setLabel("Qualifier");
        qualifier.setItems(Qualifier.values());
        qualifier.setItemLabelGenerator(q -> switch (q) {
            case EXACT -> "exact";
            case APPROX -> "approximately (≈)";
            case ALMOST -> "almost";
            case MORE_THAN -> "more than (>)";
            case LESS_THAN -> "less than (<)";
        });
        note.setId("note");
        note.setMaxLength(org.crdash.series.ObservationValidator.MAX_NOTE + 1);

        List<Binder.Binding<?, ?>> bindings = List.of(
                binder.forField(series).withValidator(live.rule("seriesKey"))
                        .bind(d -> d.series, (d, v) -> d.series = v),
                binder.forField(precision).withValidator(live.rule("precision"))
                        .bind(d -> d.precision, (d, v) -> d.precision = v),
                binder.forField(period).withValidator(live.rule("period"))
                        .bind(d -> d.period, (d, v) -> d.period = v),
                binder.forField(periodEnd).withValidator(live.rule("period.end"))
                        .bind(d -> d.periodEnd, (d, v) -> d.periodEnd = v),
                binder.forField(value).withValidator(live.rule("value"))
                        .bind(d -> d.value, (d, v) -> d.value = v),
                binder.forField(unit).withValidator(live.rule("unit"))
                        .bind(d -> d.unit, (d, v) -> d.unit = v),
                binder.forField(qualifier).withValidator(live.rule("qualifier"))
                        .bind(d -> d.qualifier, (d, v) -> d.qualifier = v),
                binder.forField(note).withValidator(live.rule("note"))
                        .bind(d -> d.note, (d, v) -> d.note = v),
                binder.forField(passage.sourceField()).withValidator(live.rule("sourceKey"))
                        .bind(d -> d.source, (d, v) -> d.source = v),
                binder.forField(passage.passageField()).withValidator(live.rule("passage"))
                        .bind(d -> d.passage, (d, v) -> d.passage = v),
                binder.forField(passage.passageStartField()).withValidator(live.rule("passageStart"))
                        .bind(d -> d.passageStart, (d, v) -> d.passageStart = v));
        live.watch(bindings);
        binder.addStatusChangeListener(e -> updateSave());
        serverErrors.on("seriesKey", series).on("precision", precision).on("period", period)
                .on("period.end", periodEnd).on("value", value).on("unit", unit).on("qualifier", qualifier)
                .on("note", note).on("sourceKey", passage.sourceField()).on("passage", passage.passageField())
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
        HorizontalLayout seriesRow = new HorizontalLayout(series, newSeries);
        seriesRow.setAlignItems(Alignment.BASELINE);
        seriesRow.setWidthFull();
        series.setWidthFull();
        fields.add(seriesRow, 2);
        fields.add(precision, new Span());
        fields.add(period, periodEnd, value, unit, qualifier);
        fields.add(note, 2);
        add(heading, status, fields, passage, new HorizontalLayout(save, cancel, delete));
        create(null);
    }

    /** A blank form for a new observation, optionally in a given series. */
    public void create(Series preselected) {
        id = null;
        version = 0;
        heading.setText("New observation");
        Data d = new Data();
        d.series = preselected;
        d.unit = preselected == null ? null : preselected.unit();
        load(d);
        delete.setVisible(false);
    }

    /** The form for changing a stored observation, at the version just loaded. */
    public void edit(Observation o) {
        id = o.id();
        version = o.version();
        heading.setText("Observation #" + o.id() + (o.origin() == org.crdash.base.Origin.SEEDED ? " (seeded)" : ""));
        Data d = new Data();
        d.series = series.getListDataView().getItems().filter(s -> s.id() == o.seriesId()).findFirst()
                .orElse(null);
        d.precision = o.period().precision();
        String label = o.period().label();
        int slash = label.indexOf('/');
        d.period = slash < 0 ? label : label.substring(0, slash);
        d.periodEnd = slash < 0 ? "" : label.substring(slash + 1);
        d.value = Decimals.format(o.value());
        d.unit = d.series == null ? null : d.series.unit();
        d.qualifier = o.qualifier();
        d.note = o.note() == null ? "" : o.note();
        d.source = passage.sourceField().getListDataView().getItems().filter(s -> s.id() == o.sourceId())
                .findFirst().orElse(null);
        d.passage = o.passage();
        d.passageStart = o.passageStart();
        load(d);
        delete.setVisible(true);
    }

    private void load(Data d) {
        status.removeAll();
        periodEnd.setVisible(d.precision == PeriodPrecision.RANGE);
        live.load(() -> binder.readBean(d));
        updateSave();
    }

    /** What the fields hold, as the service takes it. */
    ObservationInput input() {
        PeriodPrecision p = precision.getValue();
        String label = period.getValue().strip();
        if (p == PeriodPrecision.RANGE) {
            label = label + "/" + periodEnd.getValue().strip();
        }
        Source s = passage.sourceField().getValue();
        return new ObservationInput(series.getValue() == null ? null : series.getValue().key(), label,
                p == null ? null : p.code(), value.getValue(), unit.getValue(),
                qualifier.getValue() == null ? null : qualifier.getValue().code(), note.getValue(),
                s == null ? null : s.sourceKey(), passage.passageField().getValue(),
                passage.passageStartField().getValue());
    }

    private void updateSave() {
        save.setEnabled(binder.isValid());
    }

    void save() {
        status.removeAll();
        if (!binder.validate().isOk()) {
            return;
        }
        try {
            Observation saved = id == null ? service.add(input())
                    : service.update(id, version, input());
            Notification.show("Saved observation #" + saved.id() + ".", 3000, Notification.Position.BOTTOM_START)
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
            Observation deleted = service.delete(id, version);
            org.crdash.base.ui.UndoNotification.show("Observation #" + deleted.id() + " deleted (restorable under Deleted).",
                    () -> service.restore(deleted.id(), deleted.version()), onSaved);
            create(series.getValue());
            onDeleted.accept(deleted);
        } catch (ConflictException e) {
            showStatus(e.getMessage(), id);
        }
    }

    /** A message above the form; with {@code reloadId}, a button to load the current version of that observation. */
    private void showStatus(String message, Long reloadId) {
        status.removeAll();
        Span text = new Span(message);
        text.setId("form-message");
        status.add(text);
        if (reloadId != null) {
            Button reload = new Button("Reload", e -> service.findById(reloadId).ifPresentOrElse(o -> {
                if (o.deleted()) {
                    create(null);
                } else {
                    edit(o);
                }
                onSaved.accept(o);
            }, () -> create(null)));
            reload.setId("reload");
            status.add(reload);
        }
    }

    public void onSaved(Consumer<Observation> listener) {
        this.onSaved = listener;
    }

    public void onDeleted(Consumer<Observation> listener) {
        this.onDeleted = listener;
    }

    public void onCancel(Runnable listener) {
        this.onCancel = listener;
    }

    Long editingId() {
        return id;
    }

    Component saveButton() {
        return save;
    }
}
