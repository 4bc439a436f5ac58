package org.crdash.event.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.crdash.KaribuSecurity;
import org.crdash.KaribuTest;
import org.crdash.base.PeriodPrecision;
import org.crdash.base.security.Roles;
import org.crdash.event.Event;
import org.crdash.event.EventService;
import org.crdash.source.Source;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

@Transactional
class EventFormTest extends KaribuTest {

    static final String PASSAGE = "In March 2023, China and Russia strongly reaffirmed their friendship during Xi’s "
            + "visit to Moscow, just after the start of his unprecedented third term.";

    @Autowired
    EventService events;

    @BeforeEach
    void signIn() {
        KaribuSecurity.login("alice", Roles.EDITOR);
    }

    static TextField text(String id) {
        return _get(TextField.class, spec -> spec.withId(id));
    }

    @Test
    @SuppressWarnings("unchecked")
    void fieldErrorsAndSaveState() {
        UI.getCurrent().navigate(EventEditorView.class);
        Button save = _get(Button.class, spec -> spec.withId("save"));
        assertThat(save.isEnabled()).isFalse();

        Select<PeriodPrecision> precision = _get(Select.class, spec -> spec.withId("precision"));
        _setValue(precision, PeriodPrecision.MONTH);
        _setValue(text("date"), "2099-01");
        assertThat(text("date").getErrorMessage()).contains("future");
        _setValue(text("date"), "2023-03");
        assertThat(text("date").isInvalid()).isFalse();
        _setValue(text("title"), "x".repeat(201));
        assertThat(text("title").getErrorMessage()).contains("at most 200");
        _setValue(text("title"), "Xi visits Moscow (form test)");
        Select<String> category = _get(Select.class, spec -> spec.withId("category"));
        _setValue(category, "diplomatic visit");
        ComboBox<Source> source = _get(ComboBox.class, spec -> spec.withId("source"));
        _setValue(source, source.getListDataView().getItems()
                .filter(s -> s.sourceKey().equals("000_86d270af3dbf64d1.txt")).findFirst().orElseThrow());
        TextArea passage = _get(TextArea.class, spec -> spec.withId("passage"));
        _setValue(passage, "Xi never went.");
        assertThat(passage.getErrorMessage()).contains("not in the source text");
        assertThat(save.isEnabled()).isFalse();
        _setValue(passage, PASSAGE);
        assertThat(save.isEnabled()).isTrue();

        _click(save);

        Event saved = events.findAll().stream().filter(e -> e.title().equals("Xi visits Moscow (form test)"))
                .findFirst().orElseThrow();
        assertThat(saved.dateText()).isEqualTo("March 2023");
        assertThat(saved.updatedBy()).isEqualTo("alice");
        assertThat(events.history(saved.id())).hasSize(1);
    }
}
