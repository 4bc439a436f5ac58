package org.crdash.event.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.crdash.base.Origin;
import org.crdash.base.PeriodPrecision;
import org.crdash.base.ui.EditorForm;
import org.crdash.event.Event;
import org.crdash.event.EventInput;
import org.crdash.event.EventService;
import org.crdash.source.Source;
import org.crdash.source.SourceService;
import org.crdash.source.ui.PassagePicker;
import org.springframework.modulith.NamedInterface;

/**
 * Adding or editing one event: date and precision, the source's wording of the date, title, category, and the
 * verbatim passage. Checked as it changes by {@link org.crdash.event.EventValidator}; the rest is the one editor
 * scaffold, {@link EditorForm}.
 */
@NamedInterface("ui")
public class EventForm extends EditorForm<EventInput, Event> {

    private final Select<PeriodPrecision> precision = new Select<>();
    private final TextField date = new TextField("Date");
    private final TextField dateEnd = new TextField("to");
    private final TextField dateText = new TextField("Date as the source words it");
    private final TextField title = new TextField("Title");
    private final Select<String> category = new Select<>();
    private final TextArea note = new TextArea("Note");
    private final PassagePicker passage;

    public EventForm(EventService service, SourceService sources) {
        super("Event", service);
        this.passage = new PassagePicker(sources);
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

        FormLayout fields = new FormLayout();
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        fields.add(field(precision, "precision"), new Span(), field(date, "date"), field(dateEnd, "date.end"));
        fields.add(field(dateText, "dateText"), 2);
        fields.add(field(title, "title"), 2);
        fields.add(field(category, "category"), new Span());
        fields.add(field(note, "note"), 2);
        field(passage.sourceField(), "sourceKey");
        field(passage.passageField(), "passage");
        field(passage.passageStartField(), "passageStart");
        layout(fields, passage);
        create();
    }

    @Override
    protected void fill(Event e) {
        fillDraft(e != null ? EventInput.of(e) : new EventInput("", PeriodPrecision.DAY.code(), "", "", null, null, "",
                null, ""));
    }

    /** The fields from an input (a stored row's, or a proposal's). */
    @Override
    protected void fillDraft(EventInput in) {
        PeriodPrecision p = in.precision() == null ? PeriodPrecision.DAY : PeriodPrecision.ofCode(in.precision());
        String label = in.date() == null ? "" : in.date();
        int slash = label.indexOf('/');
        precision.setValue(p);
        dateEnd.setVisible(p == PeriodPrecision.RANGE);
        date.setEnabled(p != PeriodPrecision.NONE);
        date.setValue(slash < 0 ? label : label.substring(0, slash));
        dateEnd.setValue(slash < 0 ? "" : label.substring(slash + 1));
        dateText.setValue(in.dateText() == null ? "" : in.dateText());
        title.setValue(in.title() == null ? "" : in.title());
        category.setValue(in.category());
        note.setValue(in.note() == null ? "" : in.note());
        passage.fill(in.sourceKey(), in.passage(), in.passageStart());
    }

    @Override
    protected EventInput input() {
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

    @Override
    protected String describe(Event e) {
        return e.origin() == Origin.SEEDED ? " (seeded)" : "";
    }
}
