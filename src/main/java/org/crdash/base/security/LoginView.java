package org.crdash.base.security;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

/** Sign-in for editors; reading needs no account. */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · China–Russia dashboard")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    /** Where signing out leads. */
    static final String AFTER_LOGOUT = "/";
    private static final String WRONG_TITLE = "Wrong user name or password";
    private static final String WRONG_MESSAGE = "Check them and try again. Reading and exporting need no account.";

    private final LoginForm login = new LoginForm();
    private final LoginI18n i18n = LoginI18n.createDefault();
    private final AuthenticationContext auth;

    public LoginView(AuthenticationContext auth) {
        this.auth = auth;
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        i18n.getForm().setTitle("Sign in to edit");
        i18n.getErrorMessage().setTitle(WRONG_TITLE);
        i18n.getErrorMessage().setMessage(WRONG_MESSAGE);
        login.setI18n(i18n);
        login.setForgotPasswordButtonVisible(false);
        login.setAction("login");
        add(login, new Paragraph("Anyone can read and export the data without signing in."),
                new Anchor("", "Back to the dashboard"));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (auth.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        var parameters = event.getLocation().getQueryParameters();
        boolean throttled = parameters.getSingleParameter("error").filter("throttled"::equals).isPresent();
        if (throttled) {
            long seconds = parameters.getSingleParameter("retry").map(LoginView::seconds).orElse(60L);
            i18n.getErrorMessage().setTitle("Too many failed sign-ins");
            i18n.getErrorMessage().setMessage("Signing in is paused for a while after repeated wrong passwords. "
                    + "Try again in " + (seconds < 120 ? seconds + " seconds." : (seconds + 59) / 60 + " minutes."));
        } else {
            i18n.getErrorMessage().setTitle(WRONG_TITLE);
            i18n.getErrorMessage().setMessage(WRONG_MESSAGE);
        }
        login.setI18n(i18n);
        login.setError(parameters.getParameters().containsKey("error"));
    }

    private static long seconds(String s) {
        try {
            return Math.clamp(Long.parseLong(s), 1, 24 * 3600);
        } catch (NumberFormatException e) {
            return 60;
        }
    }

    LoginForm form() {
        return login;
    }
}
