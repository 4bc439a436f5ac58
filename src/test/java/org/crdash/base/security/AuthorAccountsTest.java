package org.crdash.base.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Map;
import org.crdash.ApiTest;
import org.crdash.base.ValidationException;
import org.crdash.base.security.AccountService.Account;
import org.crdash.base.security.AccountService.AccountInput;
import org.crdash.base.security.AccountService.Role;
import org.crdash.base.write.UnknownAuthorException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Every figure's author is a real account (V181): the seed loader and the app write as system accounts that never
 * sign in, and the database refuses a write by any name that is not an account — the API says so with a 403.
 */
class AuthorAccountsTest extends ApiTest {

    @Autowired
    AccountService accounts;

    private Account account(String name) {
        return accounts.list().stream().filter(a -> a.userName().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void theSeedAndTheFirstStartWriteAsSystemAccountsThatNeverSignIn() throws Exception {
        assertThat(count("SELECT count(*) FROM observation WHERE created_by = 'seed'")).as("the seed loaded")
                .isPositive();
        assertThat(count("SELECT count(*) FROM account WHERE user_name = 'editor' AND created_by = 'system'"))
                .as("the first start made the admin").isOne();
        for (String name : List.of("seed", "system")) {
            Account a = account(name);
            assertThat(a.system()).as(name).isTrue();
            assertThat(a.enabled()).as(name).isFalse();
            assertThatThrownBy(() -> accounts.loadUserByUsername(name.toUpperCase(java.util.Locale.ROOT)))
                    .as("sign-in does not see " + name).isInstanceOf(UsernameNotFoundException.class);
            assertThatThrownBy(() -> jdbc.sql("UPDATE account SET enabled = true WHERE user_name = ?").param(name)
                    .update()).as("the database never enables " + name)
                    .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("never_enabled");
            signIn(EDITOR, "ADMIN", "EDITOR", "VIEWER");
            assertThatThrownBy(() -> accounts.update(a.id(), a.version(),
                    new AccountInput(name, Role.admin, true, "a-long-enough-password")))
                    .isInstanceOf(ValidationException.class).hasMessageContaining("system account");
        }
        assertThat(account("seed").version()).as("nothing changed").isZero();
        // one wrong try only: the sign-in throttle counts the test client's address across this context's tests
        assertThat(secured.perform(get("/api/series").with(httpBasic("seed", "{none}"))).andReturn().getResponse()
                .getStatus()).isEqualTo(401);
    }

    @Test
    void aWriteByANameWithoutAnAccountIsRefusedByTheDatabase() throws Exception {
        long audits = count("SELECT count(*) FROM audit_log");
        assertThatThrownBy(() -> jdbc.sql("""
                INSERT INTO audit_log (occurred_at, actor, action, entity_type, entity_id, new_value)
                VALUES (now(), 'ghost', 'create', 'series', 1, '{}')""").update())
                .isInstanceOf(UnknownAuthorException.class).hasMessageContaining("'ghost' has no account");
        assertThatThrownBy(() -> jdbc.sql("UPDATE observation SET updated_by = 'Editor' WHERE id = "
                + "(SELECT min(id) FROM observation)").update())
                .as("a name is an account exactly, not whatever its case").isInstanceOf(UnknownAuthorException.class);

        String key = "author_test_" + Long.toHexString(System.nanoTime());
        Map<String, Object> series = Map.of("key", key, "name", "Author test", "unit", "%", "category",
                "trade_value");
        String detail = problem(send(post("/api/series").with(user("ghost").roles("EDITOR", "VIEWER")), series),
                403, "urn:crdash:problem:forbidden");
        assertThat(detail).contains("'ghost' has no account").contains("Nothing was saved");
        assertThat(count("SELECT count(*) FROM series WHERE series_key = ?", key)).isZero();
        assertThat(count("SELECT count(*) FROM audit_log")).as("nothing audited either").isEqualTo(audits);

        expect(201, send(post("/api/series").with(asEditor()), series));
        assertThat(count("SELECT count(*) FROM series WHERE series_key = ? AND created_by = ?", key, EDITOR)).isOne();
        jdbc.sql("DELETE FROM series WHERE series_key = ?").param(key).update();
    }

    @Test
    void anAuthorFromBeforeAccountsIsEnabledOnlyWithAPassword() throws Exception {
        jdbc.sql("""
                INSERT INTO account (user_name, role, enabled, password_hash, origin, created_at, created_by,
                                     updated_at, updated_by)
                VALUES ('olga', 'viewer', false, '{none}', 'user', now(), 'system', now(), 'system')""").update();
        signIn(EDITOR, "ADMIN", "EDITOR", "VIEWER");
        Account olga = account("olga");
        assertThatThrownBy(() -> accounts.update(olga.id(), olga.version(),
                new AccountInput("olga", Role.editor, true, ""))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("no password yet");
        accounts.update(olga.id(), olga.version(), new AccountInput("olga", Role.editor, true, "olga-new-password"));
        assertThat(secured.perform(get("/api/series").with(httpBasic("olga", "olga-new-password"))).andReturn()
                .getResponse().getStatus()).isEqualTo(200);
    }

    private static void signIn(String name, String... roles) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(name,
                null, AuthorityUtils.createAuthorityList(java.util.Arrays.stream(roles).map(r -> "ROLE_" + r)
                        .toArray(String[]::new))));
    }
}
