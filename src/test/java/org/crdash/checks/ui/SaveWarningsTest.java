package org.crdash.checks.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.stream.Collectors;
import org.crdash.KaribuSecurity;
import org.crdash.KaribuTest;
import org.crdash.base.security.Roles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/** Saving a figure the checker would flag asks "save anyway" and writes nothing until confirmed. */
@Transactional
class SaveWarningsTest extends KaribuTest {

    @Autowired
    JdbcClient jdbc;

    private long id;

    @BeforeEach
    void signIn() {
        KaribuSecurity.login("alice", Roles.EDITOR, Roles.VIEWER);
        id = jdbc.sql("""
                SELECT o.id FROM observation o JOIN series se ON se.id = o.series_id
                WHERE se.series_key = 'china_russia_trade_usd_bn' AND o.period_label = '2024' AND o.value = 244.8
                  AND o.deleted_at IS NULL""").query(Long.class).single();
    }

    private BigDecimal stored() {
        return jdbc.sql("SELECT value FROM observation WHERE id = ?").param(id).query(BigDecimal.class).single();
    }

    private long audits() {
        return jdbc.sql("SELECT count(*) FROM audit_log WHERE entity_type = 'observation' AND entity_id = ?")
                .param(id).query(Long.class).single();
    }

    @Test
    void aValueNoLongerInItsPassageAndAgainstTheOtherSourcesIsSavedOnlyWhenConfirmed() {
        long before = audits();
        UI.getCurrent().navigate("edit/observations/" + id);
        _setValue(_get(TextField.class, spec -> spec.withId("value")), "260"); // the passage says "$244.8 billion"
        _click(_get(Button.class, spec -> spec.withId("save")));

        ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("save-warnings"));
        String text = ConfirmDialogKt.getTextComponents(confirm).stream()
                .flatMap(c -> c.getChildren()).filter(c -> c instanceof Paragraph)
                .map(c -> ((Paragraph) c).getText()).collect(Collectors.joining("\n"));
        assertThat(text).contains("not written in the passage").contains("disagree").contains("237")
                .contains("Nothing is saved unless you confirm.");
        assertThat(stored()).isEqualByComparingTo("244.8"); // asked, not saved
        assertThat(audits()).isEqualTo(before);

        ConfirmDialogKt._fireConfirm(confirm);
        assertThat(stored()).isEqualByComparingTo("260");
        assertThat(audits()).isEqualTo(before + 1);
        // the audit row records what the editor confirmed
        assertThat(jdbc.sql("""
                SELECT string_agg(w->>'code', ',' ORDER BY n) FROM audit_log a,
                       jsonb_array_elements(a.acknowledged_warnings) WITH ORDINALITY AS x(w, n)
                WHERE a.id = (SELECT max(id) FROM audit_log WHERE entity_type = 'observation' AND entity_id = ?)""")
                .param(id).query(String.class).single()).isEqualTo("not_in_passage,conflict");
    }

    @Test
    void cancellingSavesNothing() {
        UI.getCurrent().navigate("edit/observations/" + id);
        _setValue(_get(TextField.class, spec -> spec.withId("value")), "241");
        _click(_get(Button.class, spec -> spec.withId("save")));
        ConfirmDialogKt._fireCancel(_get(ConfirmDialog.class, spec -> spec.withId("save-warnings")));
        assertThat(stored()).isEqualByComparingTo("244.8");
    }
}
