package org.crdash.base.security;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.crdash.base.ConflictException;
import org.crdash.base.FieldError;
import org.crdash.base.ValidationException;
import org.crdash.base.security.AccountService.Account;
import org.crdash.base.security.AccountService.Role;
import org.crdash.base.ui.MainLayout;

/**
 * The team's accounts, for admins: add one (name, role, a password of at least 12 characters), change its role,
 * disable or re-enable it, set a new password. Every change is in the audit log.
 */
@Route(value = "admin/accounts", layout = MainLayout.class)
@Menu(title = "Accounts", order = 20, icon = "vaadin:users")
@PageTitle("Accounts · China–Russia dashboard")
@RolesAllowed(Roles.ADMIN)
public class AccountsView extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final AccountService accounts;
    private final Grid<Account> grid = new Grid<>();
    final TextField userName = new TextField("User name");
    final ComboBox<Role> role = new ComboBox<>("Role");
    final PasswordField password = new PasswordField("Password");
    final Button add = new Button("Add account");

    public AccountsView(AccountService accounts) {
        this.accounts = accounts;
        setPadding(true);
        add(new H2("Accounts"), new Paragraph("Viewers read, editors also change data, admins also manage the "
                + "accounts. A disabled account cannot sign in or use the API; what it wrote keeps its name."));

        userName.setId("account-name");
        role.setId("account-role");
        role.setItems(Role.values());
        role.setValue(Role.editor);
        password.setId("account-password");
        password.setHelperText("At least " + AccountService.MIN_PASSWORD_LENGTH + " characters");
        add.setId("add-account");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> addAccount());
        HorizontalLayout form = new HorizontalLayout(userName, role, password, add);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        add(new H3("Add an account"), form);

        grid.setId("accounts");
        grid.addColumn(Account::userName).setHeader("User name").setFlexGrow(2);
        grid.addComponentColumn(a -> {
            ComboBox<Role> r = new ComboBox<>();
            r.setItems(Role.values());
            r.setValue(a.role());
            r.addValueChangeListener(e -> {
                if (e.isFromClient() && e.getValue() != null) {
                    run(() -> accounts.setRole(a.id(), a.version(), e.getValue()),
                            "'" + a.userName() + "' is now " + e.getValue());
                }
            });
            return r;
        }).setHeader("Role").setAutoWidth(true);
        grid.addColumn(a -> a.enabled() ? "active" : "disabled").setHeader("Status").setAutoWidth(true);
        grid.addColumn(a -> a.updatedBy() + ", " + WHEN.format(a.updatedAt())).setHeader("Last changed")
                .setAutoWidth(true);
        grid.addComponentColumn(a -> {
            Button toggle = new Button(a.enabled() ? "Disable" : "Enable", e -> run(
                    () -> accounts.setEnabled(a.id(), a.version(), !a.enabled()),
                    "'" + a.userName() + "' " + (a.enabled() ? "disabled" : "enabled")));
            toggle.addThemeVariants(ButtonVariant.LUMO_SMALL);
            toggle.setId("toggle-" + a.userName());
            Button reset = new Button("New password", e -> newPassword(a));
            reset.addThemeVariants(ButtonVariant.LUMO_SMALL);
            reset.setId("reset-" + a.userName());
            return new HorizontalLayout(toggle, reset);
        }).setAutoWidth(true);
        add(new H3("Team"), grid);
        refresh();
    }

    private void addAccount() {
        userName.setInvalid(false);
        password.setInvalid(false);
        try {
            accounts.add(userName.getValue(), role.getValue(), password.getValue());
            notify("Added '" + userName.getValue().strip() + "'", false);
            userName.clear();
            password.clear();
            refresh();
        } catch (ValidationException e) {
            for (FieldError f : e.errors()) {
                switch (f.field()) {
                    case "userName" -> invalid(userName, f.message());
                    case "password" -> invalid(password, f.message());
                    default -> notify(f.message(), true);
                }
            }
        }
    }

    private void newPassword(Account a) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("New password for '" + a.userName() + "'");
        PasswordField field = new PasswordField("New password");
        field.setId("new-password");
        field.setHelperText("At least " + AccountService.MIN_PASSWORD_LENGTH + " characters; tell it to its owner");
        Button save = new Button("Set password", e -> {
            try {
                accounts.resetPassword(a.id(), a.version(), field.getValue());
                dialog.close();
                notify("New password set for '" + a.userName() + "'", false);
                refresh();
            } catch (ValidationException ex) {
                invalid(field, ex.errors().getFirst().message());
            } catch (ConflictException ex) {
                dialog.close();
                notify(ex.getMessage(), true);
                refresh();
            }
        });
        save.setId("set-password");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(field);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.open();
    }

    private void run(Runnable change, String done) {
        try {
            change.run();
            notify(done, false);
        } catch (ValidationException e) {
            notify(e.errors().getFirst().message(), true);
        } catch (ConflictException e) {
            notify(e.getMessage(), true);
        }
        refresh();
    }

    private static void invalid(com.vaadin.flow.component.HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    private static void notify(String text, boolean error) {
        Notification n = Notification.show(text, 4000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(error ? NotificationVariant.LUMO_ERROR : NotificationVariant.LUMO_SUCCESS);
    }

    private void refresh() {
        grid.setItems(accounts.list());
    }
}
