package org.crdash.base.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in accounts, from the environment: {@code APP_ADMIN_USER} / {@code APP_ADMIN_PASSWORD} for the editor
 * (roles EDITOR and VIEWER), optionally {@code APP_VIEWER_USER} / {@code APP_VIEWER_PASSWORD} for a read-only
 * account. A password may be given in plain text or as a BCrypt hash ({@code $2a$...}); only the hash is kept.
 * Without {@code APP_ADMIN_PASSWORD} a random password is generated at each start and logged once.
 */
@ConfigurationProperties("app")
public record AccountProperties(@DefaultValue Account admin, @DefaultValue Account viewer) {

    public record Account(String user, String password) {
    }
}
