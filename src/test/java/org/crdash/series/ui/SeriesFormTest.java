package org.crdash.series.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.crdash.KaribuSecurity;
import org.crdash.KaribuTest;
import org.crdash.base.security.Roles;
import org.crdash.series.Observation;
import org.crdash.series.ObservationInput;
import org.crdash.series.ObservationService;
import org.crdash.series.Series;
import org.crdash.series.SeriesCategory;
import org.crdash.series.SeriesInput;
import org.crdash.series.SeriesService;
import org.crdash.series.Unit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * The editor form scaffold ({@code base/ui/EditorForm}) through a real form, the series form, over the real
 * service and database: Save then edit, a conflict with another user's write and Reload, and delete together.
 * Each test's rows are rolled back.
 */
@Transactional
class SeriesFormTest extends KaribuTest {

    @Autowired
    SeriesService series;
    @Autowired
    ObservationService observations;

    private SeriesForm form;

    @BeforeEach
    void openForm() {
        KaribuSecurity.login("alice", Roles.EDITOR, Roles.VIEWER);
        form = new SeriesForm(series);
        UI.getCurrent().add(form);
    }

    private TextField text(String id) {
        return _get(form, TextField.class, spec -> spec.withId(id));
    }

    private Button button(String id) {
        return _get(form, Button.class, spec -> spec.withId(id));
    }

    private String heading() {
        return _get(form, H3.class).getText();
    }

    private String message() {
        return _get(form, Span.class, spec -> spec.withId("form-message")).getText();
    }

    private Series stored(long id) {
        return series.findById(id).orElseThrow();
    }

    private Series addAs(String user, String key) {
        KaribuSecurity.login(user, Roles.EDITOR);
        Series s = series.add(new SeriesInput(key, "Form test", "USD bn", series.categories().getFirst().code(), ""));
        KaribuSecurity.login("alice", Roles.EDITOR, Roles.VIEWER);
        return s;
    }

    /** Another user changes the row through the service, as from another session. */
    private void renameAsBob(Series s, String name) {
        KaribuSecurity.login("bob", Roles.EDITOR);
        series.update(s.id(), s.version(), new SeriesInput(s.key(), name, s.unit(), s.category(), ""));
        KaribuSecurity.login("alice", Roles.EDITOR, Roles.VIEWER);
    }

    @Test
    @SuppressWarnings("unchecked")
    void savesThroughTheServiceAndEditsWhatWasSaved() {
        assertThat(button("save").isEnabled()).as("empty form").isFalse();
        _setValue(text("key"), "formtest_saved");
        _setValue(text("name"), "Form test");
        ComboBox<Unit> unit = _get(form, ComboBox.class, spec -> spec.withId("unit"));
        _setValue(unit, unit.getListDataView().getItems().filter(u -> u.code().equals("USD bn")).findFirst()
                .orElseThrow());
        Select<SeriesCategory> category = _get(form, Select.class, spec -> spec.withId("category"));
        _setValue(category, series.categories().getFirst());
        _click(button("save"));

        Series saved = series.findByKey("formtest_saved").orElseThrow();
        assertThat(saved.name()).isEqualTo("Form test");
        assertThat(saved.unit()).isEqualTo("USD bn");
        assertThat(series.history(saved.id())).hasSize(1);
        assertThat(heading()).isEqualTo("Series #" + saved.id() + " · formtest_saved");

        _setValue(text("name"), "Form test, edited");
        _click(button("save"));
        assertThat(series.findByKey("formtest_saved")).hasValueSatisfying(s -> {
            assertThat(s.id()).as("the same row, changed").isEqualTo(saved.id());
            assertThat(s.name()).isEqualTo("Form test, edited");
            assertThat(s.version()).isEqualTo(saved.version() + 1);
        });
        assertThat(series.history(saved.id())).hasSize(2);
    }

    @Test
    void aConflictIsShownAndReloadLoadsThatRowsNewVersion() {
        Series loaded = addAs("alice", "formtest_conflict");
        form.edit(loaded);
        renameAsBob(loaded, "Renamed by bob");

        _setValue(text("name"), "Renamed by alice");
        _click(button("save"));
        assertThat(message()).contains("bob");
        assertThat(stored(loaded.id()).name()).as("nothing written").isEqualTo("Renamed by bob");

        _click(button("reload"));
        assertThat(text("name").getValue()).isEqualTo("Renamed by bob");
        _setValue(text("name"), "Renamed by alice after reload");
        _click(button("save"));
        Series now = stored(loaded.id());
        assertThat(now.name()).as("saved over bob's version").isEqualTo("Renamed by alice after reload");
        assertThat(now.version()).isEqualTo(loaded.version() + 2);
    }

    @Test
    void reloadOpensABlankFormWhenTheRowWasDeletedMeanwhile() {
        Series loaded = addAs("alice", "formtest_gone");
        form.edit(loaded);
        KaribuSecurity.login("bob", Roles.EDITOR);
        series.delete(loaded.id(), loaded.version());
        KaribuSecurity.login("alice", Roles.EDITOR, Roles.VIEWER);

        _setValue(text("name"), "Renamed by alice");
        _click(button("save"));
        assertThat(message()).contains("bob");
        assertThat(stored(loaded.id())).satisfies(s -> {
            assertThat(s.deleted()).isTrue();
            assertThat(s.name()).as("nothing written").isEqualTo("Form test");
        });

        _click(button("reload"));
        assertThat(heading()).isEqualTo("New series");
        assertThat(text("key").getValue()).isEmpty();
        assertThat(stored(loaded.id()).deleted()).as("still deleted").isTrue();
    }

    @Test
    void aSeriesWithObservationsIsDeletedTogetherOnlyWhenAsked() {
        Series s = addAs("alice", "formtest_in_use");
        Observation o = observations.add(new ObservationInput(s.key(), "2023", "year", "1.5", "USD bn", "exact",
                "form test", ObservationFormTest.SOURCE, ObservationFormTest.PASSAGE, null), true);
        form.edit(s);

        _click(button("delete"));
        assertThat(message()).contains("1 live observation");
        assertThat(stored(s.id()).deleted()).isFalse();
        assertThat(observations.findById(o.id()).orElseThrow().deleted()).isFalse();

        _click(button("delete-together"));
        assertThat(stored(s.id()).deleted()).isTrue();
        assertThat(observations.findById(o.id()).orElseThrow().deleted()).isTrue();
        assertThat(heading()).isEqualTo("New series");
    }
}
