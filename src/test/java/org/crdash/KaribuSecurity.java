package org.crdash;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import java.util.Arrays;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Bridges Spring Security into Karibu's fake servlet request (what Spring's servlet filter does in a real
 * container): the request's principal and roles are read from {@link SecurityContextHolder}, so Vaadin's
 * navigation access control sees who is signed in. Call after {@code MockVaadin.setup()}.
 */
public final class KaribuSecurity {

    private KaribuSecurity() {
    }

    /** Signs in (for this thread) as {@code user} with the given roles, e.g. "EDITOR". */
    public static void login(String user, String... roles) {
        String[] authorities = Arrays.stream(roles).map(r -> "ROLE_" + r).toArray(String[]::new);
        Authentication auth = UsernamePasswordAuthenticationToken.authenticated(user, "n/a",
                AuthorityUtils.createAuthorityList(authorities));
        // a new context object: mutating the current one could leak into contexts other tests still hold
        org.springframework.security.core.context.SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(auth);
        SecurityContextHolder.setContext(context);
        TestAccounts.ensure(user);
        bridge();
    }

    /** {@link #login} as the browser does it: a full page load follows, so the layout and menu are built anew. */
    public static void signIn(String user, String... roles) {
        login(user, roles);
        reload();
    }

    /** Signing in or out is a full page load in the browser: the layout (and its menu) is built anew. */
    private static void reload() {
        if (com.vaadin.flow.component.UI.getCurrent() != null) {
            com.vaadin.flow.component.UI.getCurrent().getPage().reload();
            bridge();
        }
    }

    public static void logout() {
        SecurityContextHolder.clearContext();
        org.springframework.security.test.context.TestSecurityContextHolder.clearContext();
        bridge();
    }

    /** Makes the current fake request answer getUserPrincipal / isUserInRole from the security context. */
    public static void bridge() {
        jakarta.servlet.ServletRequest r = (VaadinServletRequest) VaadinRequest.getCurrent();
        while (!(r instanceof FakeRequest) && r instanceof jakarta.servlet.ServletRequestWrapper w) {
            r = w.getRequest();
        }
        FakeRequest request = (FakeRequest) r;
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        boolean signedIn = auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
        request.setUserPrincipalInt(signedIn ? auth : null);
        request.setUserInRole((principal, role) -> signedIn && auth.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_" + role)));
    }
}
