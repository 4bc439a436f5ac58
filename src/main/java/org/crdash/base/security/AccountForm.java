package org.crdash.base.security;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.crdash.base.security.AccountService.Account;
import org.crdash.base.security.AccountService.AccountInput;
import org.crdash.base.security.AccountService.Role;
import org.crdash.base.ui.EditorForm;
import org.jspecify.annotations.Nullable;

/**
 * Adding an account (name, role, a password of at least 12 characters) or changing one: its role, whether it may
 * sign in, a new password. The one editor scaffold; accounts are disabled, never deleted. A system account (the
 * seed loader's, the app's own) is shown read-only: it never signs in.
 */
class AccountForm extends EditorForm<AccountInput, Account> {

    private final TextField userName = new TextField("User name");
    private final Select<Role> role = new Select<>();
    private final Select<Boolean> enabled = new Select<>();
    private final PasswordField password = new PasswordField("Password");

    AccountForm(AccountService accounts) {
        super("Account", accounts);
        addClassName("account-form");
        userName.setId("account-name");
        userName.setRequiredIndicatorVisible(true);
        userName.setHelperText("Letters, digits or . _ @ -; it never changes (it is the author of what it writes).");
        role.setId("account-role");
        role.setLabel("Role");
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> switch (r) {
            case viewer -> "viewer (reads)";
            case editor -> "editor (also changes data)";
            case admin -> "admin (also manages accounts)";
        });
        enabled.setId("account-enabled");
        enabled.setLabel("Status");
        enabled.setItems(true, false);
        enabled.setItemLabelGenerator(on -> on ? "active: may sign in" : "disabled: cannot sign in or use the API");
        password.setId("account-password");
        FormLayout fields = new FormLayout();
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        fields.add(field(userName, "userName"), field(role, "role"), field(enabled, "enabled"),
                field(password, "password"));
        layout(fields);
        create();
    }

    @Override
    protected AccountInput input() {
        return new AccountInput(userName.getValue(), role.getValue(), !Boolean.FALSE.equals(enabled.getValue()),
                password.getValue());
    }

    @Override
    protected boolean offersDelete() {
        return false;
    }

    @Override
    protected String describe(Account a) {
        return " · " + a.userName();
    }

    @Override
    protected void fill(@Nullable Account a) {
        userName.setValue(a == null ? "" : a.userName());
        userName.setReadOnly(a != null);
        role.setValue(a == null ? Role.editor : a.role());
        enabled.setValue(a == null || a.enabled());
        boolean system = a != null && a.system();
        role.setReadOnly(system);
        enabled.setReadOnly(system);
        password.setReadOnly(system);
        password.setValue("");
        password.setLabel(a == null ? "Password" : "New password");
        password.setHelperText(a == null ? "At least " + AccountService.MIN_PASSWORD_LENGTH + " characters"
                : "Leave empty to keep the password; a new one needs " + AccountService.MIN_PASSWORD_LENGTH
                + " characters. Tell it to its owner.");
    }
}
