package org.crdash.base.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crdash.base.ConflictException;
import org.crdash.base.FieldError;
import org.crdash.base.InUseException;
import org.crdash.base.write.VersionedRow;
import org.crdash.base.write.VersionedService;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The scaffold alone, on an in-memory service (no Spring, no database): a form is given its service and nothing
 * else, and Save, Reload after a conflict and Delete (together) go to that service.
 */
class EditorFormTest {

    record Thing(long id, String name, int version, @Nullable Instant deletedAt) implements VersionedRow {
    }

    /** Names must not be blank; "in use" things are refused a plain delete. */
    static final class Things implements VersionedService<String, Thing> {
        final Map<Long, Thing> rows = new HashMap<>();
        final List<String> calls = new ArrayList<>();
        final List<Long> found = new ArrayList<>();
        long next = 1;

        @Override
        public List<FieldError> validate(String input, @Nullable Long id) {
            return input.isBlank() ? List.of(new FieldError("name", null, "A name is needed.")) : List.of();
        }

        @Override
        public Thing add(String input) {
            calls.add("add " + input);
            Thing t = new Thing(next++, input, 0, null);
            rows.put(t.id(), t);
            return t;
        }

        @Override
        public Thing update(long id, int expectedVersion, String input) {
            calls.add("update " + id + "@" + expectedVersion);
            Thing now = rows.get(id);
            if (now.version() != expectedVersion) {
                throw new ConflictException("Thing #" + id + " was changed by bob at 12:00.");
            }
            Thing t = new Thing(id, input, now.version() + 1, null);
            rows.put(id, t);
            return t;
        }

        @Override
        public Thing delete(long id, int expectedVersion) {
            calls.add("delete " + id);
            if (rows.get(id).name().startsWith("in use")) {
                throw new InUseException("Thing #" + id + " is quoted by 2 others; nothing was deleted.", 2);
            }
            return markDeleted(id);
        }

        @Override
        public Thing deleteTogether(long id, int expectedVersion) {
            calls.add("delete together " + id);
            return markDeleted(id);
        }

        private Thing markDeleted(long id) {
            Thing now = rows.get(id);
            Thing t = new Thing(id, now.name(), now.version() + 1, Instant.EPOCH);
            rows.put(id, t);
            return t;
        }

        @Override
        public Thing restore(long id, int expectedVersion) {
            calls.add("restore " + id);
            return rows.get(id);
        }

        @Override
        public Optional<Thing> findById(long id) {
            found.add(id);
            return Optional.ofNullable(rows.get(id));
        }
    }

    static final class ThingForm extends EditorForm<String, Thing> {
        final TextField name = new TextField("Name");

        ThingForm(Things things) {
            super("Thing", things);
            name.setId("name");
            layout(field(name, "name"));
            create();
        }

        @Override
        protected String input() {
            return name.getValue();
        }

        @Override
        protected void fill(@Nullable Thing row) {
            name.setValue(row == null ? "" : row.name());
        }
    }

    private final Things things = new Things();
    private ThingForm form;

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
        form = new ThingForm(things);
        UI.getCurrent().add(form);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    private static Button button(String id) {
        return _get(Button.class, spec -> spec.withId(id));
    }

    @Test
    void savesThroughTheServiceAndEditsWhatWasSaved() {
        assertThat(button("save").isEnabled()).isFalse(); // blank name: the service's rule
        _setValue(form.name, "lng");
        _click(button("save"));
        assertThat(things.calls).containsExactly("add lng");
        assertThat(_get(H3.class).getText()).isEqualTo("Thing #1");
        _setValue(form.name, "lng2");
        _click(button("save"));
        assertThat(things.calls).containsExactly("add lng", "update 1@0");
    }

    @Test
    void reloadAfterAConflictLoadsOnlyThatRowAndOpensABlankFormWhenItWasDeleted() {
        _setValue(form.name, "gas");
        _click(button("save"));
        things.markDeleted(1); // someone else deletes it: version 1
        _setValue(form.name, "gas, changed");
        _click(button("save"));
        assertThat(_get(Span.class, spec -> spec.withId("form-message")).getText()).contains("changed by bob");
        _click(button("reload"));
        assertThat(things.found).containsExactly(1L);
        assertThat(_get(H3.class).getText()).isEqualTo("New thing");
    }

    @Test
    void aRowOthersDependOnIsDeletedTogetherOnlyWhenAsked() {
        _setValue(form.name, "in use by two");
        _click(button("save"));
        _click(button("delete"));
        assertThat(_get(Span.class, spec -> spec.withId("form-message")).getText()).contains("quoted by 2 others");
        assertThat(things.rows.get(1L).deleted()).isFalse();
        _click(button("delete-together"));
        assertThat(things.calls).containsExactly("add in use by two", "delete 1", "delete together 1");
        assertThat(things.rows.get(1L).deleted()).isTrue();
        assertThat(_get(H3.class).getText()).isEqualTo("New thing");
    }
}
