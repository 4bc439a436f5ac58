package org.crdash.base.security;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.crdash.base.Timestamps;
import org.crdash.base.security.AccountService.Account;
import org.crdash.base.ui.EditorPage;
import org.crdash.base.ui.MainLayout;

/**
 * The team's accounts, for admins: choose one to change its role, disable or re-enable it or set a new password,
 * or add one — on the one editor form ({@link AccountForm}), each account with its history.
 */
@Route(value = "admin/accounts", layout = MainLayout.class)
@Menu(title = "Accounts", order = 20, icon = "vaadin:users")
@PageTitle("Accounts · China–Russia dashboard")
@RolesAllowed(Roles.ADMIN)
public class AccountsView extends VerticalLayout {

    private final AccountService accounts;
    private final Grid<Account> grid = new Grid<>();
    private final AccountForm form;

    public AccountsView(AccountService accounts) {
        this.accounts = accounts;
        this.form = new AccountForm(accounts);
        setPadding(true);
        EditorPage<Account, Account> page = new EditorPage<>(grid, a -> a, form, this::refresh, form::create);
        grid.setId("accounts");
        grid.addColumn(Account::userName).setHeader("User name").setFlexGrow(2);
        grid.addColumn(a -> a.role().name()).setHeader("Role").setAutoWidth(true);
        grid.addColumn(a -> a.system() ? "system: never signs in" : a.enabled() ? "active" : "disabled")
                .setHeader("Status").setAutoWidth(true);
        grid.addColumn(a -> Timestamps.byAt(a.updatedBy(), a.updatedAt())).setHeader("Last changed")
                .setAutoWidth(true);
        grid.setAllRowsVisible(true); // a team, not a crowd
        add(new H2("Accounts"), new Paragraph("Viewers read, editors also change data, admins also manage the "
                + "accounts. A disabled account cannot sign in or use the API; what it wrote keeps its name. System "
                + "accounts are the authors of what the app itself wrote (the seed data) and never sign in."),
                page.addButton("Add account", "add-account"), grid, page.body());
        refresh();
    }

    private void refresh() {
        grid.setItems(accounts.list());
    }
}
