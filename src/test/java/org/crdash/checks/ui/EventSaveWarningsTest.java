package org.crdash.checks.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.stream.Collectors;
import org.crdash.KaribuSecurity;
import org.crdash.KaribuTest;
import org.crdash.base.security.Roles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * The event form warns as the figure form does: a date another source contradicts for the same event (the Checks
 * page's event_date_conflict rule) asks "Save anyway?", saves nothing until confirmed, and the audit row records it.
 */
@Transactional
class EventSaveWarningsTest extends KaribuTest {

    static final String INVASION = "Russia launches full-scale invasion of Ukraine";

    @Autowired
    JdbcClient jdbc;

    private long id;

    @BeforeEach
    void signIn() {
        KaribuSecurity.login("alice", Roles.EDITOR, Roles.VIEWER);
        id = jdbc.sql("SELECT id FROM event WHERE title = ? AND date_label = '2022-02-24' AND deleted_at IS NULL "
                + "ORDER BY id LIMIT 1").param(INVASION).query(Long.class).single();
    }

    private String date() {
        return jdbc.sql("SELECT date_label FROM event WHERE id = ?").param(id).query(String.class).single();
    }

    private long audits() {
        return jdbc.sql("SELECT count(*) FROM audit_log WHERE entity_type = 'event' AND entity_id = ?")
                .param(id).query(Long.class).single();
    }

    private ConfirmDialog saveWithDate(String date) {
        UI.getCurrent().navigate("edit/events/" + id);
        _setValue(_get(TextField.class, spec -> spec.withId("date")), date);
        _click(_get(Button.class, spec -> spec.withId("save")));
        return _get(ConfirmDialog.class, spec -> spec.withId("save-warnings"));
    }

    @Test
    void aDateOtherSourcesContradictAsksAndSavesOnlyWhenConfirmed() {
        long before = audits();
        ConfirmDialog confirm = saveWithDate("2022-03-01");
        String text = ConfirmDialogKt.getTextComponents(confirm).stream().flatMap(c -> c.getChildren())
                .filter(c -> c instanceof Paragraph).map(c -> ((Paragraph) c).getText())
                .collect(Collectors.joining("\n"));
        // the other day (24 February) and the month (February 2022) contradict 1 March; the year 2022 holds it
        assertThat(text).contains("Another source dates this event differently").contains("2022-02-24")
                .contains("2022-03-01").contains("5 days apart").contains("2022-02,")
                .contains("Nothing is saved unless you confirm.");
        assertThat(text.lines().filter(l -> l.startsWith("Another source"))).hasSize(2);
        assertThat(date()).isEqualTo("2022-02-24");
        assertThat(audits()).isEqualTo(before);

        ConfirmDialogKt._fireConfirm(confirm);
        assertThat(date()).isEqualTo("2022-03-01");
        assertThat(audits()).isEqualTo(before + 1);
        assertThat(jdbc.sql("""
                SELECT string_agg(w->>'code' || '@' || (w->>'field'), ',') FROM audit_log a,
                       jsonb_array_elements(a.acknowledged_warnings) w
                WHERE a.id = (SELECT max(id) FROM audit_log WHERE entity_type = 'event' AND entity_id = ?)""")
                .param(id).query(String.class).single()).isEqualTo("date_conflict@date,date_conflict@date");
    }

    @Test
    void cancellingSavesNothingAndADateTheOthersHoldDoesNotAsk() {
        ConfirmDialogKt._fireCancel(saveWithDate("2022-03-01"));
        assertThat(date()).isEqualTo("2022-02-24");

        long before = audits();
        UI.getCurrent().navigate("edit/events/" + id);
        _setValue(_get(TextArea.class, spec -> spec.withId("note")), "the same day as the others");
        _click(_get(Button.class, spec -> spec.withId("save")));
        _assertNone(ConfirmDialog.class);
        assertThat(audits()).isEqualTo(before + 1);
    }
}
