package org.crdash;

import java.util.List;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Every author is an account (V181: the database refuses any other name), so the names tests write as must be
 * accounts: the user a test signs in as ({@code @WithMockUser}, {@link KaribuSecurity}, or {@link #ensure} by name) and the
 * fixture authors tests' own SQL writes ({@link #FIXTURE_AUTHORS}). {@link #ensure} adds the missing ones as
 * enabled editors without a usable password (nobody signs in with them; the test's security context is set
 * directly), once per test database, outside the audit log. {@link SecurityContextStrategyListener} calls it
 * before every test of a Spring context.
 */
public final class TestAccounts {

    /** The authors of rows tests write with their own SQL. */
    public static final List<String> FIXTURE_AUTHORS = List.of("test", "t", "bench", "alice");

    private static volatile ApplicationContext current;

    private TestAccounts() {
    }

    /** The running test's context: {@link #ensure(String...)} writes to its database. */
    static void use(ApplicationContext context) {
        current = context;
        ensure(FIXTURE_AUTHORS.toArray(String[]::new));
    }

    /** Makes each name an account in the running test's database (if it is not one yet). */
    public static void ensure(String... names) {
        if (current != null) {
            ensure(current.getBean(JdbcClient.class), names);
        }
    }

    public static void ensure(JdbcClient jdbc, String... names) {
        for (String name : names) {
            jdbc.sql("""
                    INSERT INTO account (user_name, role, enabled, password_hash, origin, created_at, created_by,
                                         updated_at, updated_by)
                    SELECT ?, 'editor', true, '{none}', 'user', now(), 'system', now(), 'system'
                    WHERE NOT EXISTS (SELECT 1 FROM account WHERE lower(user_name) = lower(?))""")
                    .params(name, name).update();
        }
    }

    /** Makes whoever the test signed in on this thread (if anyone) an account. */
    static void signedIn() {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        if (a != null && a.isAuthenticated() && !(a instanceof AnonymousAuthenticationToken) && a.getName() != null
                && !a.getName().isBlank()) {
            ensure(a.getName());
        }
    }
}
