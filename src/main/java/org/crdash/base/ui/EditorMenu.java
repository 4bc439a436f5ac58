package org.crdash.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.crdash.base.security.Roles;
import org.crdash.event.ui.EventEditorView;
import org.crdash.series.ui.ObservationEditorView;
import org.crdash.source.ui.AddSourceView;

/** The menu entries for editing (shown to editors only) and the Sign in / Sign out link. */
final class EditorMenu {

    private EditorMenu() {
    }

    static void addItems(SideNav nav, AuthenticationContext auth) {
        if (!auth.hasRole(Roles.EDITOR)) {
            return;
        }
        nav.addItem(new SideNavItem("Edit figures", ObservationEditorView.class, VaadinIcon.EDIT.create()));
        nav.addItem(new SideNavItem("Edit events", EventEditorView.class, VaadinIcon.CALENDAR.create()));
        nav.addItem(new SideNavItem("Add source", AddSourceView.class, VaadinIcon.FILE_ADD.create()));
        nav.addItem(new SideNavItem("Deleted", DeletedView.class, VaadinIcon.TRASH.create()));
    }

    static Component account(AuthenticationContext auth) {
        if (auth.isAuthenticated()) {
            Span who = new Span(auth.getPrincipalName().orElse(""));
            who.addClassName("account-name");
            Button signOut = new Button("Sign out", e -> auth.logout());
            signOut.setId("sign-out");
            signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            HorizontalLayout box = new HorizontalLayout(who, signOut);
            box.setAlignItems(HorizontalLayout.Alignment.CENTER);
            return box;
        }
        Anchor signIn = new Anchor("login", "Sign in");
        signIn.setId("sign-in");
        signIn.setRouterIgnore(true);
        return signIn;
    }
}
