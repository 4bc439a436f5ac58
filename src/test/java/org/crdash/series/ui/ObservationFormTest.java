package org.crdash.series.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValidationUtilsKt._expectInvalid;
import static com.github.mvysny.kaributesting.v10.HasValidationUtilsKt._expectValid;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import org.crdash.KaribuSecurity;
import org.crdash.KaribuTest;
import org.crdash.base.PeriodPrecision;
import org.crdash.base.security.Roles;
import org.crdash.base.ui.HistoryPanel;
import org.crdash.series.Observation;
import org.crdash.series.ObservationInput;
import org.crdash.series.Series;
import org.crdash.series.ObservationService;
import org.crdash.series.SeriesService;
import org.crdash.source.Source;
import org.crdash.source.ui.ArticleView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/** The figure form shows the server's rules on each field and enables Save only while everything is valid. */
@Transactional
class ObservationFormTest extends KaribuTest {

    static final String SOURCE = "000_86d270af3dbf64d1.txt";
    static final String PASSAGE = "Russia’s exclusion from European markets forced it to redirect its exports toward "
            + "Asia, especially China.";

    @Autowired
    ObservationService service;
    @Autowired
    SeriesService seriesService;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void signIn() {
        KaribuSecurity.login("alice", Roles.EDITOR, Roles.VIEWER);
    }

    @SuppressWarnings("unchecked")
    static <T> ComboBox<T> combo(String id) {
        return _get(ComboBox.class, spec -> spec.withId(id));
    }

    @SuppressWarnings("unchecked")
    static <T> Select<T> select(String id) {
        return _get(Select.class, spec -> spec.withId(id));
    }

    static TextField text(String id) {
        return _get(TextField.class, spec -> spec.withId(id));
    }

    static TextArea area(String id) {
        return _get(TextArea.class, spec -> spec.withId(id));
    }

    static Button button(String id) {
        return _get(Button.class, spec -> spec.withId(id));
    }

    /** Confirms the claim checks' "save anyway" question, if the save asked it. */
    static void saveAnyway() {
        com.github.mvysny.kaributesting.v10.LocatorJ._find(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class)
                .forEach(com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt::_fireConfirm);
    }

    static <T> T item(ComboBox<T> box, java.util.function.Predicate<T> which) {
        return box.getListDataView().getItems().filter(which).findFirst().orElseThrow();
    }

    @Test
    void fieldErrorsAppearAsYouTypeAndSaveIsEnabledOnlyWhenValid() {
        UI.getCurrent().navigate(ObservationEditorView.class);
        _click(button("add-observation"));
        Button save = button("save");
        assertThat(save.isEnabled()).as("empty form").isFalse();

        ComboBox<Series> series = combo("series");
        _setValue(series, item(series, s -> s.key().equals("china_russia_trade_usd_bn")));
        assertThat(combo("unit").getValue()).as("unit follows the series").isEqualTo("USD bn");
        _setValue(text("period"), "2023");
        _setValue(text("value"), "12abc");
        _expectInvalid(text("value"), "'12abc' is not a number; write it like 244.8 or 1,234.5 (digits, optional "
                + "thousands commas, a point for decimals).");
        assertThat(save.isEnabled()).isFalse();
        _setValue(text("value"), "1,234.5");
        _expectValid(text("value"));

        ComboBox<Source> source = combo("source");
        _setValue(source, item(source, s -> s.sourceKey().equals(SOURCE)));
        assertThat(_get(ArticleView.class, spec -> spec.withId("picker-text")).getElement().getProperty("innerHTML"))
                .as("the article to pick in").contains(PASSAGE.substring(0, 20));
        _setValue(area("passage"), "Russia exported nothing to China.");
        assertThat(area("passage").isInvalid()).isTrue();
        assertThat(area("passage").getErrorMessage()).contains("not in the source text");
        assertThat(save.isEnabled()).isFalse();
        _setValue(area("passage"), PASSAGE);
        _expectValid(area("passage"));
        assertThat(save.isEnabled()).as("valid form").isTrue();

        _setValue(combo("unit"), "%");
        assertThat(combo("unit").getErrorMessage()).contains("is in 'USD bn'");
        assertThat(save.isEnabled()).isFalse();
        _setValue(combo("unit"), "USD bn");

        Select<PeriodPrecision> precision = select("precision");
        _setValue(precision, PeriodPrecision.QUARTER);
        assertThat(precision.isInvalid()).isTrue();
        assertThat(precision.getErrorMessage()).contains("'2023' is a year, but the precision says quarter");
        assertThat(save.isEnabled()).isFalse();
        _setValue(precision, PeriodPrecision.RANGE);
        _setValue(text("period-end"), "2022");
        assertThat(text("period-end").getErrorMessage()).contains("before the start");
        _setValue(precision, PeriodPrecision.YEAR);
        assertThat(save.isEnabled()).isTrue();

        long before = service.count();
        _click(save);
        saveAnyway(); // 1,234.5 is not in the passage: the claim checks ask first

        assertThat(service.count()).isEqualTo(before + 1);
        Observation saved = service.ofSeries(series.getValue().id()).stream()
                .filter(o -> o.passage().equals(PASSAGE)).findFirst().orElseThrow();
        assertThat(saved.value()).isEqualByComparingTo(new BigDecimal("1234.5"));
        assertThat(saved.updatedBy()).isEqualTo("alice");
        assertThat(_get(HistoryPanel.class).getElement().getTextRecursively()).contains("alice · created");
    }

    @Test
    void aDuplicateIsExplainedOnThePassageBeforeSaving() {
        long seeded = jdbc.sql("SELECT id FROM observation WHERE seed_key = '000-o001'").query(Long.class).single();
        Observation o = service.findById(seeded).orElseThrow();
        UI.getCurrent().navigate(ObservationEditorView.class);
        _click(button("add-observation"));
        ComboBox<Series> series = combo("series");
        _setValue(series, item(series, s -> s.id() == o.seriesId()));
        _setValue(text("period"), "2024");
        _setValue(text("value"), "244.8");
        ComboBox<Source> source = combo("source");
        _setValue(source, item(source, s -> s.id() == o.sourceId()));
        _setValue(area("passage"), o.passage());

        assertThat(area("passage").getErrorMessage()).contains("already recorded as #" + seeded);
        assertThat(button("save").isEnabled()).isFalse();
    }

    @Test
    void aConcurrentChangeIsReportedAndNothingIsOverwritten() {
        long id = jdbc.sql("SELECT id FROM observation WHERE seed_key = '000-o001'").query(Long.class).single();
        UI.getCurrent().navigate("edit/observations/" + id);
        assertThat(text("value").getValue()).isEqualTo("244.8");
        _setValue(text("value"), "250");

        // meanwhile bob saves the same figure
        KaribuSecurity.login("bob", Roles.EDITOR);
        Observation current = service.findById(id).orElseThrow();
        service.update(id, current.version(), new ObservationInput(current.seriesKey(), "2024", "year",
                "244.9", null, "exact", "bob's fix", current.sourceKey(), current.passage(), null), true);
        KaribuSecurity.login("alice", Roles.EDITOR);

        _click(button("save"));
        saveAnyway();

        assertThat(_get(Span.class, spec -> spec.withId("form-message")).getText())
                .contains("changed by bob at").contains("Nothing was saved");
        assertThat(service.findById(id).orElseThrow().value()).isEqualByComparingTo("244.9");
        _click(button("reload"));
        assertThat(text("value").getValue()).isEqualTo("244.9");
    }

    @Test
    void undoRightAfterDeletingRestoresTheFigure() {
        Observation o = service.add(new ObservationInput("china_russia_trade_usd_bn", "2021", "year",
                "7", null, "exact", "undo test", "000_86d270af3dbf64d1.txt",
                "In 2024, trade between China and Russia reached $244.8 billion, an all-time high.", null), true);
        UI.getCurrent().navigate("edit/observations/" + o.id());
        _click(button("delete"));
        assertThat(service.findById(o.id()).orElseThrow().deleted()).isTrue();

        _click(_get(Button.class, spec -> spec.withText("Undo")));

        assertThat(service.findById(o.id()).orElseThrow().deleted()).isFalse();
        assertThat(service.history(o.id())).extracting(e -> e.action().name())
                .containsExactly("create", "delete", "restore");
    }

    @Test
    void deleteFromTheFormThenRestoreFromTheDeletedView() {
        Observation o = service.add(new ObservationInput("china_russia_trade_usd_bn", "2023", "year", "1",
                null, null, null, SOURCE, PASSAGE, null), true);
        UI.getCurrent().navigate("edit/observations/" + o.id());
        _click(button("delete"));
        assertThat(service.findById(o.id()).orElseThrow().deleted()).isTrue();

        UI.getCurrent().navigate(org.crdash.deleted.ui.DeletedView.class);
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.grid.Grid<Observation> deleted = _get(com.vaadin.flow.component.grid.Grid.class,
                spec -> spec.withId("deleted-observations"));
        int row = com.github.mvysny.kaributesting.v10.GridKt._findAll(deleted).stream().map(Observation::id).toList()
                .indexOf(o.id());
        assertThat(row).isGreaterThanOrEqualTo(0);
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow(deleted, row))
                .anySatisfy(cell -> assertThat(cell).startsWith("alice, "));
        _click((Button) com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(deleted, row, "restore"));

        assertThat(service.findById(o.id()).orElseThrow().deleted()).isFalse();
        assertThat(service.history(o.id())).extracting(e -> e.action().name())
                .containsExactly("create", "delete", "restore");
        UI.getCurrent().navigate("edit/observations/" + o.id());
        assertThat(_get(HistoryPanel.class).getElement().getTextRecursively())
                .contains("alice · restored").contains("alice · deleted").contains("alice · created");
    }

    @Test
    void aSeriesCanBeCreatedFromTheFormAndIsThenSelected() {
        UI.getCurrent().navigate(ObservationEditorView.class);
        _click(button("new-series"));
        Button create = button("series-save");
        assertThat(create.isEnabled()).isFalse();
        _setValue(text("series-key"), "Bad Key");
        assertThat(text("series-key").getErrorMessage()).contains("is not a key");
        _setValue(text("series-key"), "china_russia_rail_freight_million_t");
        _setValue(text("series-name"), "China–Russia rail freight");
        ComboBox<org.crdash.series.Unit> unit = combo("series-unit");
        _setValue(unit, item(unit, u -> u.code().equals("million t")));
        Select<org.crdash.series.SeriesCategory> category = select("series-category");
        _setValue(category, category.getListDataView().getItems().filter(c -> c.code().equals("trade_value"))
                .findFirst().orElseThrow());
        assertThat(create.isEnabled()).isTrue();

        _click(create);

        assertThat(seriesService.findByKey("china_russia_rail_freight_million_t")).isPresent();
        ComboBox<Series> series = combo("series");
        assertThat(series.getValue().key()).isEqualTo("china_russia_rail_freight_million_t");
        assertThat(combo("unit").getValue()).isEqualTo("million t");
    }
}
