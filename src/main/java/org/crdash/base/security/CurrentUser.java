package org.crdash.base.security;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is making a change: the signed-in user's name, written to {@code updated_by} and the audit log. */
public final class CurrentUser {

    private CurrentUser() {
    }

    /**
     * @throws AccessDeniedException when nobody is signed in
     */
    public static String require() {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        if (a == null || !a.isAuthenticated() || a instanceof AnonymousAuthenticationToken || a.getName() == null
                || a.getName().isBlank()) {
            throw new AccessDeniedException("Sign in as an editor to change data.");
        }
        return a.getName();
    }
}
