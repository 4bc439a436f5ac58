package org.crdash.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * The frame around every view: title bar with the account, and a side menu. The menu lists the views annotated
 * with {@code @Menu} that the current user may open (Vaadin checks each view's {@code @RolesAllowed} /
 * {@code @AnonymousAllowed}), so a feature adds itself to the menu without this class knowing it.
 */
@AnonymousAllowed
public class MainLayout extends AppLayout {

    public MainLayout(AuthenticationContext auth) {
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel("Menu");
        Span title = new Span("China–Russia: trade & events, sourced");
        title.addClassName("app-title");
        HorizontalLayout bar = new HorizontalLayout(toggle, title);
        bar.setAlignItems(HorizontalLayout.Alignment.CENTER);
        bar.setWidthFull();
        // on a phone the title may take two lines; the account never does, and keeps off the screen's edge
        bar.getStyle().set("padding-inline-end", "var(--lumo-space-m)");
        title.getStyle().set("min-width", "0");
        bar.addAndExpand(new Span());
        bar.add(account(auth));
        addToNavbar(bar);

        SideNav nav = new SideNav();
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            nav.addItem(entry.icon() == null || entry.icon().isBlank()
                    ? new SideNavItem(entry.title(), entry.path())
                    : new SideNavItem(entry.title(), entry.path(), new Icon(entry.icon())));
        }
        addToDrawer(nav);
        setPrimarySection(Section.DRAWER);
    }

    /** The signed-in user with "Sign out", or a "Sign in" link. */
    private static Component account(AuthenticationContext auth) {
        if (auth.isAuthenticated()) {
            Span who = new Span(auth.getPrincipalName().orElse(""));
            who.addClassName("account-name");
            Button signOut = new Button("Sign out", e -> auth.logout());
            signOut.setId("sign-out");
            signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            HorizontalLayout box = new HorizontalLayout(who, signOut);
            box.setAlignItems(HorizontalLayout.Alignment.CENTER);
            return oneLine(box);
        }
        Anchor signIn = new Anchor("login", "Sign in");
        signIn.setId("sign-in");
        signIn.setRouterIgnore(true);
        return oneLine(signIn);
    }

    /** Kept on one line and at its width when the bar is narrow (390 px: "Sign in" wrapped to two lines). */
    private static Component oneLine(Component c) {
        c.getElement().getStyle().set("white-space", "nowrap").set("flex-shrink", "0");
        return c;
    }
}
