package org.crdash.series.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.stream.Collectors;
import org.crdash.base.Origin;
import org.crdash.base.ui.EditorForm;
import org.crdash.series.Series;
import org.crdash.series.SeriesCategory;
import org.crdash.series.SeriesInput;
import org.crdash.series.SeriesService;
import org.crdash.series.Unit;

/**
 * Creating or editing a series: key (fixed once created), name, unit (fixed while observations are in it),
 * category and description. Deleting one that observations belong to offers to delete them together.
 */
public class SeriesForm extends EditorForm<SeriesInput, Series> {

    private final SeriesService service;
    private final TextField key = new TextField("Key");
    private final TextField name = new TextField("Name");
    private final ComboBox<Unit> unit = new ComboBox<>("Unit");
    private final Select<SeriesCategory> category = new Select<>();
    private final Map<String, Unit> units;
    private final Map<String, SeriesCategory> categories;
    private final TextArea description = new TextArea("Description");

    public SeriesForm(SeriesService service) {
        super("Series", service);
        this.service = service;
        addClassName("series-form");
        units = service.units().stream().collect(Collectors.toMap(Unit::code, u -> u));
        categories = service.categories().stream().collect(Collectors.toMap(SeriesCategory::code, c -> c));
        key.setId("key");
        key.setPlaceholder("china_russia_trade_usd_bn");
        key.setHelperText("snake_case, e.g. china_russia_lng_mt; it never changes (links and exports use it).");
        name.setId("name");
        unit.setId("unit");
        unit.setItems(service.units());
        unit.setItemLabelGenerator(u -> u.code() + " — " + u.label());
        unit.setHelperText("Fixed while observations are in it.");
        category.setId("category");
        category.setLabel("Category");
        category.setItems(service.categories());
        category.setItemLabelGenerator(SeriesCategory::label);
        description.setId("description");
        FormLayout fields = new FormLayout();
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        fields.add(field(key, "key"), field(name, "name"), field(unit, "unit"), field(category, "category"));
        fields.add(field(description, "description"), 2);
        layout(fields);
        create();
    }

    @Override
    protected SeriesInput input() {
        return new SeriesInput(key.getValue(), name.getValue(), unit.isEmpty() ? null : unit.getValue().code(),
                category.isEmpty() ? null : category.getValue().code(), description.getValue());
    }

    @Override
    protected String describe(Series s) {
        return " · " + s.key() + (s.origin() == Origin.SEEDED ? " (seeded)" : "");
    }

    @Override
    protected void fill(Series s) {
        key.setValue(s == null ? "" : s.key());
        key.setReadOnly(s != null);
        name.setValue(s == null ? "" : s.name());
        unit.setValue(s == null ? null : units.get(s.unit()));
        category.setValue(s == null ? null : categories.get(s.category()));
        description.setValue(s == null || s.description() == null ? "" : s.description());
    }
}
