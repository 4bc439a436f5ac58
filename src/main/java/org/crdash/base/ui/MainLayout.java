package org.crdash.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;

/** The frame around every view: title bar and a side menu. */
public class MainLayout extends AppLayout {

    public MainLayout() {
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel("Menu");
        Span title = new Span("China–Russia: trade & events, sourced");
        title.addClassName("app-title");
        HorizontalLayout bar = new HorizontalLayout(toggle, title);
        bar.setAlignItems(HorizontalLayout.Alignment.CENTER);
        bar.setWidthFull();
        addToNavbar(bar);

        SideNav nav = new SideNav();
        nav.addItem(new SideNavItem("Dashboard", "", VaadinIcon.CHART.create()));
        nav.addItem(new SideNavItem("All series", "series", VaadinIcon.LINE_CHART.create()));
        nav.addItem(new SideNavItem("Events", "events", VaadinIcon.CALENDAR.create()));
        nav.addItem(new SideNavItem("Sources", "sources", VaadinIcon.BOOK.create()));
        nav.addItem(new SideNavItem("Overview", OverviewView.class, VaadinIcon.DASHBOARD.create()));
        addToDrawer(nav);
        setPrimarySection(Section.DRAWER);
    }
}
