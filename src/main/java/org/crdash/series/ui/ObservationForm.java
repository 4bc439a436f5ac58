package org.crdash.series.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.crdash.base.Decimals;
import org.crdash.base.Origin;
import org.crdash.base.PeriodPrecision;
import org.crdash.base.ui.EditorForm;
import org.crdash.series.Observation;
import org.crdash.series.ObservationInput;
import org.crdash.series.ObservationService;
import org.crdash.series.ObservationValidator;
import org.crdash.series.Qualifier;
import org.crdash.series.Series;
import org.crdash.series.SeriesService;
import org.crdash.series.Unit;
import org.crdash.source.Source;
import org.crdash.source.SourceService;
import org.crdash.source.ui.PassagePicker;
import org.springframework.modulith.NamedInterface;

/**
 * Adding or editing one observation: series (or a new one), period and precision, value, unit, qualifier, note and
 * the verbatim passage. Checked as it changes by {@link ObservationValidator}; the rest — save, conflict and
 * reload, delete and undo, sign-in errors — is the one editor scaffold, {@link EditorForm}.
 */
@NamedInterface("ui")
public class ObservationForm extends EditorForm<ObservationInput, Observation> {

    static final List<PeriodPrecision> PRECISIONS = List.of(PeriodPrecision.YEAR, PeriodPrecision.QUARTER,
            PeriodPrecision.MONTH, PeriodPrecision.DAY, PeriodPrecision.RANGE);

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
    /** The series a new observation starts in: the one chosen by the view, or the one just deleted from. */
    private Series preselected;

    public ObservationForm(SeriesService seriesService, ObservationService service, SourceService sources) {
        super("Observation", service);
        this.passage = new PassagePicker(sources);
        addClassName("observation-form");

        series.setId("series");
        series.setItems(seriesService.findAll());
        series.setItemLabelGenerator(s -> s.name() + " (" + s.key() + ", " + s.unit() + ")");
        series.setRequiredIndicatorVisible(true);
        // the unit follows the series unless the editor typed another one
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
        unit.setItems(seriesService.units().stream().map(Unit::code).toList());
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
        note.setMaxLength(ObservationValidator.MAX_NOTE + 1);

        FormLayout fields = new FormLayout();
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        HorizontalLayout seriesRow = new HorizontalLayout(field(series, "seriesKey"), newSeries);
        seriesRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        seriesRow.setWidthFull();
        series.setWidthFull();
        fields.add(seriesRow, 2);
        fields.add(field(precision, "precision"), new Span());
        fields.add(field(period, "period"), field(periodEnd, "period.end"), field(value, "value"),
                field(unit, "unit"), field(qualifier, "qualifier"));
        fields.add(field(note, "note"), 2);
        field(passage.sourceField(), "sourceKey");
        field(passage.passageField(), "passage");
        field(passage.passageStartField(), "passageStart");
        layout(fields, passage);
        create();
    }

    /** A blank form for a new observation in {@code preselected} (or none). */
    public void create(Series preselected) {
        this.preselected = preselected;
        super.create();
    }

    /** A blank form in the series shown (after a delete, the next new observation goes where that one was). */
    @Override
    public void create() {
        create(series.getValue());
    }

    @Override
    protected void fill(Observation o) {
        fillDraft(o != null ? ObservationInput.of(o, null) : new ObservationInput(
                preselected == null ? null : preselected.key(), "", null, "", null, null, "", null, "", null));
    }

    /** The fields from an input (a stored row's, or a proposal's); no unit means the series' unit. */
    @Override
    protected void fillDraft(ObservationInput in) {
        Series s = series.getListDataView().getItems().filter(x -> x.key().equals(in.seriesKey())).findFirst()
                .orElse(preselected != null && preselected.key().equals(in.seriesKey()) ? preselected : null);
        PeriodPrecision p = in.precision() == null ? PeriodPrecision.YEAR : PeriodPrecision.ofCode(in.precision());
        String label = in.period() == null ? "" : in.period();
        int slash = label.indexOf('/');
        series.setValue(s);
        precision.setValue(p);
        periodEnd.setVisible(p == PeriodPrecision.RANGE);
        period.setValue(slash < 0 ? label : label.substring(0, slash));
        periodEnd.setValue(slash < 0 ? "" : label.substring(slash + 1));
        value.setValue(in.value() == null ? "" : in.value());
        unit.setValue(in.unit() != null ? in.unit() : s == null ? null : s.unit());
        qualifier.setValue(in.qualifier() == null ? Qualifier.EXACT : Qualifier.ofCode(in.qualifier()));
        note.setValue(in.note() == null ? "" : in.note());
        passage.fill(in.sourceKey(), in.passage(), in.passageStart());
    }

    @Override
    protected ObservationInput input() {
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

    @Override
    protected String describe(Observation o) {
        return o.origin() == Origin.SEEDED ? " (seeded)" : "";
    }
}
