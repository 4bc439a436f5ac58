package org.crdash.base.security;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.crdash.KaribuSecurity;
import org.crdash.KaribuTest;
import org.crdash.base.security.AccountService.Account;
import org.crdash.base.security.AccountService.Role;
import org.crdash.base.ui.HistoryPanel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accounts page on the one editor form: an admin adds an account (the service's rules shown as typed),
 * changes its role and status and sets a new password in one audited change, and cannot lock themselves out.
 */
@Transactional
class AccountsViewTest extends KaribuTest {

    @Autowired
    AccountService accounts;
    @Autowired
    org.springframework.security.crypto.password.PasswordEncoder encoder;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @BeforeEach
    void signIn() {
        KaribuSecurity.login("editor", Roles.ADMIN, Roles.EDITOR, Roles.VIEWER);
        UI.getCurrent().navigate(AccountsView.class);
    }

    static TextField text(String id) {
        return _get(TextField.class, spec -> spec.withId(id));
    }

    @SuppressWarnings("unchecked")
    static <T> Select<T> select(String id) {
        return _get(Select.class, spec -> spec.withId(id));
    }

    static Button button(String id) {
        return _get(Button.class, spec -> spec.withId(id));
    }

    @SuppressWarnings("unchecked")
    static Grid<Account> grid() {
        return _get(Grid.class, spec -> spec.withId("accounts"));
    }

    private void choose(String name) {
        Grid<Account> grid = grid();
        grid.select(GridKt._findAll(grid).stream().filter(a -> a.userName().equals(name)).findFirst()
                .orElseThrow());
    }

    private String hash(String name) {
        return jdbc.sql("SELECT password_hash FROM account WHERE user_name = ?").param(name).query(String.class)
                .single();
    }

    @Test
    void anAdminAddsAnAccountThenDisablesItAndSetsANewPasswordInOneChange() {
        PasswordField password = _get(PasswordField.class, spec -> spec.withId("account-password"));
        _setValue(text("account-name"), "bad name");
        assertThat(text("account-name").getErrorMessage()).contains("letters, digits");
        _setValue(text("account-name"), "carol");
        _setValue(password, "too-short");
        assertThat(password.getErrorMessage()).contains("At least 12 characters");
        assertThat(button("save").isEnabled()).isFalse();
        _setValue(password, "carol-first-password");
        Select<Role> role = select("account-role");
        _setValue(role, Role.viewer);
        assertThat(button("save").isEnabled()).isTrue();
        _click(button("save"));

        Account carol = accounts.list().stream().filter(a -> a.userName().equals("carol")).findFirst().orElseThrow();
        assertThat(carol.role()).isEqualTo(Role.viewer);
        assertThat(carol.enabled()).isTrue();
        assertThat(encoder.matches("carol-first-password", hash("carol"))).isTrue();
        assertThat(GridKt._findAll(grid())).extracting(Account::userName).contains("carol");
        _assertNone(Button.class, spec -> spec.withId("delete")); // accounts are disabled, not deleted

        choose("carol");
        assertThat(_get(H3.class).getText()).isEqualTo("Account #" + carol.id() + " · carol");
        assertThat(text("account-name").isReadOnly()).isTrue();
        Select<Boolean> status = select("account-enabled");
        _setValue(status, false);
        _setValue(select("account-role"), Role.editor);
        _setValue(_get(PasswordField.class, spec -> spec.withId("account-password")), "carol-second-password");
        _click(button("save"));

        Account changed = accounts.findById(carol.id()).orElseThrow();
        assertThat(changed.enabled()).isFalse();
        assertThat(changed.role()).isEqualTo(Role.editor);
        assertThat(changed.version()).as("one change").isEqualTo(carol.version() + 1);
        assertThat(encoder.matches("carol-second-password", hash("carol"))).isTrue();
        assertThat(_get(HistoryPanel.class).getElement().getTextRecursively()).contains("editor · created")
                .doesNotContain("$2a$").doesNotContain("bcrypt");
    }

    @Test
    void anEmptyPasswordKeepsTheOldOneAndAnAdminCannotDisableThemselves() {
        String before = hash("reader");
        choose("reader");
        _setValue(select("account-role"), Role.editor);
        _click(button("save"));
        assertThat(hash("reader")).as("blank keeps the password").isEqualTo(before);

        choose("editor");
        _setValue(select("account-enabled"), false);
        assertThat(select("account-enabled").getErrorMessage()).contains("your own account");
        assertThat(button("save").isEnabled()).isFalse();
    }

    @Test
    void systemAccountsAreShownAsSuchAndCannotBeEnabled() {
        java.util.List<Account> rows = GridKt._findAll(grid());
        int seed = rows.stream().map(Account::userName).toList().indexOf("seed");
        assertThat(rows.get(seed).system()).isTrue();
        assertThat(GridKt._getFormattedRow(grid(), seed)).contains("system: never signs in");
        choose("seed");
        assertThat(select("account-enabled").isReadOnly()).isTrue();
        assertThat(select("account-role").isReadOnly()).isTrue();
        assertThat(_get(PasswordField.class, spec -> spec.withId("account-password")).isReadOnly()).isTrue();
        assertThat(select("account-enabled").getErrorMessage()).contains("system account");
        assertThat(button("save").isEnabled()).isFalse();
    }
}
