package org.crdash.base.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.crdash.KaribuSecurity;
import org.crdash.KaribuTest;
import org.crdash.chart.ui.OverviewView;
import org.crdash.deleted.ui.DeletedView;
import org.crdash.event.ui.EventEditorView;
import org.crdash.series.ui.ObservationEditorView;
import org.crdash.source.ui.AddSourceView;
import org.junit.jupiter.api.Test;

/** Who may open which view: reading is public, editing needs the EDITOR role. */
class EditorViewsSecurityTest extends KaribuTest {

    static final List<Class<? extends Component>> EDITOR_VIEWS = List.of(ObservationEditorView.class,
            EventEditorView.class, AddSourceView.class, DeletedView.class,
            org.crdash.series.ui.SeriesEditorView.class, org.crdash.source.ui.SourceEditorView.class);

    private static List<String> menu() {
        return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }

    @Test
    void anonymousVisitorsReadButAreSentToSignInForEditorViews() {
        KaribuSecurity.logout();
        UI.getCurrent().navigate(OverviewView.class);
        _assertOne(OverviewView.class);
        assertThat(menu()).contains("Overview").doesNotContain("Edit observations", "Edit events", "Add source",
                "Deleted");
        _assertOne(Anchor.class, spec -> spec.withId("sign-in"));

        for (Class<? extends Component> view : EDITOR_VIEWS) {
            UI.getCurrent().navigate(view);
            _assertNone(view);
            _assertOne(LoginView.class);
        }
    }

    @Test
    void viewersCannotOpenEditorViews() {
        KaribuSecurity.login("reader", Roles.VIEWER);
        UI.getCurrent().navigate(OverviewView.class);
        assertThat(menu()).doesNotContain("Edit observations", "Deleted");
        for (Class<? extends Component> view : EDITOR_VIEWS) {
            assertThatThrownBy(() -> UI.getCurrent().navigate(view)).as(view.getSimpleName())
                    .isInstanceOf(MockAccessDeniedException.class);
            _assertNone(view);
        }
    }

    @Test
    void editorsOpenEveryEditorViewAndSeeTheMenuAndSignOut() {
        KaribuSecurity.signIn("alice", Roles.EDITOR, Roles.VIEWER);
        UI.getCurrent().navigate(OverviewView.class);
        assertThat(menu()).contains("Overview", "Edit observations", "Edit events", "Add source", "Deleted");
        _assertOne(Button.class, spec -> spec.withId("sign-out"));
        for (Class<? extends Component> view : EDITOR_VIEWS) {
            UI.getCurrent().navigate(view);
            _assertOne(view);
        }
    }
}
