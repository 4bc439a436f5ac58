package org.crdash.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Shown instead of a stack trace when a view fails; a database failure gets its own message. The log has the
 * details under the reference shown to the user.
 */
@ParentLayout(MainLayout.class)
@com.vaadin.flow.server.auth.AnonymousAllowed
public class ErrorView extends VerticalLayout implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(ErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        boolean database = false;
        for (Throwable t = parameter.getException(); t != null; t = t.getCause()) {
            // a @Transactional service that cannot get a connection fails before any DataAccessException
            if (t instanceof DataAccessException || t instanceof CannotCreateTransactionException) {
                database = true;
                break;
            }
        }
        log.error("View {} failed (reference {}): {}", event.getLocation().getPath(), reference,
                parameter.getException().getMessage(), parameter.getException());
        removeAll();
        setId("error-view");
        if (database) {
            add(new H2("The data cannot be shown right now"),
                    new Paragraph("The database did not answer. Nothing was changed. Try again in a moment; if this "
                            + "persists, the operator should check the database (see /actuator/health)."));
        } else {
            add(new H2("Something went wrong"),
                    new Paragraph("This page could not be shown. Nothing was changed."));
        }
        add(new Paragraph("Reference for the log: " + reference), new Anchor("", "Back to the dashboard"));
        return database ? HttpServletResponse.SC_SERVICE_UNAVAILABLE : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
