package org.crdash.series.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.List;
import java.util.function.Consumer;
import org.crdash.base.ValidationException;
import org.crdash.base.ui.FieldErrors;
import org.crdash.base.ui.LiveValidation;
import org.crdash.series.Series;
import org.crdash.series.SeriesCategory;
import org.crdash.series.SeriesInput;
import org.crdash.series.SeriesService;
import org.crdash.series.Unit;

/** Creating a series from the observation form: key, name, unit, category, description. */
class NewSeriesDialog extends Dialog {

    static final class Data {
        String key = "";
        String name = "";
        Unit unit;
        SeriesCategory category;
        String description = "";
    }

    private final TextField key = new TextField("Key");
    private final TextField name = new TextField("Name");
    private final ComboBox<Unit> unit = new ComboBox<>("Unit");
    private final Select<SeriesCategory> category = new Select<>();
    private final TextArea description = new TextArea("Description");
    private final Button create = new Button("Create series");
    private final Span message = new Span();

    NewSeriesDialog(SeriesService service, Consumer<Series> created) {
        setHeaderTitle("New series");
        key.setId("series-key");
        key.setPlaceholder("china_russia_trade_usd_bn");
        key.setHelperText("snake_case: lower-case letters, digits, underscores");
        name.setId("series-name");
        unit.setId("series-unit");
        unit.setItems(service.units());
        unit.setItemLabelGenerator(u -> u.code() + " — " + u.label());
        category.setId("series-category");
        category.setLabel("Category");
        category.setItems(service.categories());
        category.setItemLabelGenerator(SeriesCategory::label);
        description.setId("series-description");

        Binder<Data> binder = new Binder<>();
        LiveValidation<SeriesInput> live = new LiveValidation<>(this::input, in -> service.validate(in, null));
        List<Binder.Binding<?, ?>> bindings = List.of(
                binder.forField(key).withValidator(live.rule("key")).bind(d -> d.key, (d, v) -> d.key = v),
                binder.forField(name).withValidator(live.rule("name")).bind(d -> d.name, (d, v) -> d.name = v),
                binder.forField(unit).withValidator(live.rule("unit")).bind(d -> d.unit, (d, v) -> d.unit = v),
                binder.forField(category).withValidator(live.rule("category"))
                        .bind(d -> d.category, (d, v) -> d.category = v),
                binder.forField(description).withValidator(live.rule("description"))
                        .bind(d -> d.description, (d, v) -> d.description = v));
        live.watch(bindings);
        binder.readBean(new Data());
        binder.addStatusChangeListener(e -> create.setEnabled(binder.isValid()));
        create.setEnabled(false);
        FieldErrors errors = new FieldErrors().on("key", key).on("name", name).on("unit", unit)
                .on("category", category).on("description", description);

        create.setId("create-series");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> {
            if (!binder.validate().isOk()) {
                return;
            }
            try {
                Series s = service.add(input());
                close();
                created.accept(s);
            } catch (ValidationException ex) {
                message.setText(String.join(" ", errors.show(ex.errors())));
            }
        });
        FormLayout form = new FormLayout(key, name, unit, category, description);
        add(message, form);
        getFooter().add(new Button("Cancel", e -> close()), create);
    }

    private SeriesInput input() {
        return new SeriesInput(key.getValue(), name.getValue(), unit.getValue() == null ? null : unit.getValue().code(),
                category.getValue() == null ? null : category.getValue().code(), description.getValue());
    }
}
