package org.crdash.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

/** The frame around every view: title bar and a side menu. */
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
        bar.addAndExpand(new Span());
        bar.add(EditorMenu.account(auth));
        addToNavbar(bar);

        SideNav nav = new SideNav();
        nav.addItem(new SideNavItem("Dashboard", "", VaadinIcon.CHART.create()));
        nav.addItem(new SideNavItem("All series", "series", VaadinIcon.LINE_CHART.create()));
        nav.addItem(new SideNavItem("Events", "events", VaadinIcon.CALENDAR.create()));
        nav.addItem(new SideNavItem("Sources", "sources", VaadinIcon.BOOK.create()));
        nav.addItem(new SideNavItem("Overview", OverviewView.class, VaadinIcon.DASHBOARD.create()));
        EditorMenu.addItems(nav, auth);
        addToDrawer(nav);
        setPrimarySection(Section.DRAWER);
    }
}
