package org.crdash.base.security;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * Builds the sign-in accounts. Passwords are BCrypt-hashed at once; the plain text is never logged, except a
 * generated editor password, which is printed exactly once so the operator can sign in.
 */
final class Accounts {

    static final String DEFAULT_EDITOR = "editor";
    static final int MIN_PASSWORD_LENGTH = 8;
    private static final Pattern BCRYPT = Pattern.compile("^\\$2[aby]?\\$\\d{2}\\$[./A-Za-z0-9]{53}$");
    private static final Pattern USER_NAME = Pattern.compile("^[A-Za-z0-9._@-]{1,100}$");

    private Accounts() {
    }

    static InMemoryUserDetailsManager create(AccountProperties props, PasswordEncoder encoder, Logger log) {
        return new InMemoryUserDetailsManager(users(props, encoder, log));
    }

    /** The first start's accounts (see {@link AccountService#bootstrap}): the admin, and the viewer if configured. */
    static List<UserDetails> users(AccountProperties props, PasswordEncoder encoder, Logger log) {
        List<UserDetails> users = new ArrayList<>();
        AccountProperties.Account admin = props.admin();
        String editorName = blank(admin.user()) ? DEFAULT_EDITOR : checkName(admin.user(), "APP_ADMIN_USER");
        String hash;
        if (blank(admin.password())) {
            String generated = generatePassword();
            hash = encoder.encode(generated);
            log.warn("""

                    ====================================================================
                    No APP_ADMIN_PASSWORD set: generated a password for editor '{}':

                        {}

                    It is shown only this once; it stays the admin's password (change it on the Accounts page).
                    Set APP_ADMIN_USER / APP_ADMIN_PASSWORD to choose your own.
                    ====================================================================""", editorName, generated);
        } else {
            hash = hash(admin.password(), encoder, "APP_ADMIN_PASSWORD");
            log.info("Editor account '{}' configured from APP_ADMIN_USER / APP_ADMIN_PASSWORD", editorName);
        }
        users.add(User.withUsername(editorName).password(hash).roles(Roles.ADMIN, Roles.EDITOR, Roles.VIEWER).build());

        AccountProperties.Account viewer = props.viewer();
        if (!blank(viewer.user())) {
            String viewerName = checkName(viewer.user(), "APP_VIEWER_USER");
            if (viewerName.equals(editorName)) {
                throw new IllegalStateException("APP_VIEWER_USER must differ from the editor's user name");
            }
            if (blank(viewer.password())) {
                throw new IllegalStateException("APP_VIEWER_USER is set but APP_VIEWER_PASSWORD is not");
            }
            users.add(User.withUsername(viewerName).password(hash(viewer.password(), encoder, "APP_VIEWER_PASSWORD"))
                    .roles(Roles.VIEWER).build());
            log.info("Viewer account '{}' configured", viewerName);
        }
        return users;
    }

    static String generatePassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String hash(String password, PasswordEncoder encoder, String variable) {
        if (BCRYPT.matcher(password).matches()) {
            return password;
        }
        if (password.length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalStateException(variable + " must be at least " + MIN_PASSWORD_LENGTH + " characters long");
        }
        return encoder.encode(password);
    }

    private static String checkName(String name, String variable) {
        String n = name.strip();
        if (!USER_NAME.matcher(n).matches()) {
            throw new IllegalStateException(variable + " must be 1-100 letters, digits or . _ @ -");
        }
        return n;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
