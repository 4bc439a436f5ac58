package org.crdash.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;
import org.crdash.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;

class ErrorViewTest extends KaribuTest {

    /** A view whose data access fails, as any view's would while the database is down. */
    @Route("test-database-down")
    @com.vaadin.flow.server.auth.AnonymousAllowed
    public static class DatabaseDownView extends Div {
        public DatabaseDownView() {
            throw new DataAccessResourceFailureException("Connection to 127.0.0.1:5432 refused");
        }
    }

    @Test
    void aDatabaseFailureShowsAMessageNotAStackTrace() {
        UI.getCurrent().navigate("test-database-down");
        ErrorView view = _get(ErrorView.class);
        String text = view.getElement().getTextRecursively();
        assertThat(text).contains("The data cannot be shown right now").doesNotContain("Exception")
                .doesNotContain("at org.");
    }
}
