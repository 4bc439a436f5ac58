package org.crdash.base.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;
import org.crdash.ApiTest;
import org.crdash.base.ValidationException;
import org.crdash.base.security.AccountService.Account;
import org.crdash.base.security.AccountService.AccountInput;
import org.crdash.base.security.AccountService.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Team accounts in the database: the first admin from APP_ADMIN_*, accounts added, disabled, re-enabled, given
 * new passwords and roles by an admin only, every change audited without the hash; a disabled account can
 * neither sign in nor use the API; a viewer cannot write.
 */
class AccountServiceTest extends ApiTest {

    @Autowired
    AccountService accounts;

    private Account account(String name) {
        return accounts.list().stream().filter(a -> a.userName().equals(name)).findFirst().orElseThrow();
    }

    private static AccountInput input(String name, Role role, boolean enabled, String password) {
        return new AccountInput(name, role, enabled, password);
    }

    /** The one change an admin makes on the accounts page: role, status and (unless blank) a new password. */
    private void change(String name, Role role, boolean enabled, String password) {
        Account a = account(name);
        accounts.update(a.id(), a.version(), input(name, role, enabled, password));
    }

    private int status(String user, String password) throws Exception {
        return secured.perform(get("/api/series").with(httpBasic(user, password))).andReturn().getResponse()
                .getStatus();
    }

    @Test
    void theEnvironmentsAccountsAreTheFirstAdminAndAViewer() {
        assertThat(account(EDITOR).role()).isEqualTo(Role.admin);
        assertThat(account(VIEWER).role()).isEqualTo(Role.viewer);
        assertThat(jdbc.sql("SELECT password_hash FROM account WHERE user_name = ?").param(EDITOR)
                .query(String.class).single()).startsWith("{bcrypt}$2");
    }

    /** Signs in for the service calls that follow (ApiTest starts every test as nobody). */
    private static void signedInAs(String name, String... roles) {
        var authorities = java.util.Arrays.stream(roles)
                .map(r -> new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_" + r)).toList();
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(
                new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(name, null,
                        authorities));
    }

    @Test
    void anAdminAddsDisablesReEnablesAndResetsAndEveryChangeIsAuditedWithoutTheHash() throws Exception {
        signedInAs(EDITOR, "ADMIN", "EDITOR", "VIEWER");
        String name = "alice-" + UUID.randomUUID().toString().substring(0, 8);
        assertThatThrownBy(() -> accounts.add(input(name, Role.editor, true, "short-pass1")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("password");
        assertThatThrownBy(() -> accounts.add(input("bad name", Role.editor, true, "a-long-enough-password")))
                .isInstanceOf(ValidationException.class);
        long id = accounts.add(input(name, Role.editor, true, "alice-first-password")).id();
        assertThatThrownBy(() -> accounts.add(input(name.toUpperCase(), Role.viewer, true, "another-long-password")))
                .as("names are unique whatever their case").isInstanceOf(ValidationException.class);

        assertThat(status(name, "alice-first-password")).isEqualTo(200);
        signedInAs(EDITOR, "ADMIN", "EDITOR", "VIEWER"); // MockMvc signed the test out
        change(name, Role.editor, false, "");
        assertThat(status(name, "alice-first-password")).as("disabled: no API").isEqualTo(401);
        assertThat(secured.perform(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders
                .formLogin("/login").user(name).password("alice-first-password")).andReturn().getResponse()
                .getRedirectedUrl()).as("disabled: no sign-in").contains("/login?error");

        signedInAs(EDITOR, "ADMIN", "EDITOR", "VIEWER"); // MockMvc signed the test out
        change(name, Role.editor, true, "");
        change(name, Role.editor, true, "alice-second-password");
        assertThat(status(name, "alice-first-password")).isEqualTo(401);
        assertThat(status(name, "alice-second-password")).isEqualTo(200);
        signedInAs(EDITOR, "ADMIN", "EDITOR", "VIEWER"); // MockMvc signed the test out
        change(name, Role.viewer, true, "");
        assertThat(secured.perform(post("/api/series").with(httpBasic(name, "alice-second-password")))
                .andReturn().getResponse().getStatus()).as("a viewer cannot write").isEqualTo(403);

        assertThat(count("SELECT count(*) FROM audit_log WHERE entity_type = 'account' AND entity_id = ?", id))
                .as("create, disable, enable, password, role").isEqualTo(5);
        assertThat(count("SELECT count(*) FROM audit_log WHERE entity_type = 'account' AND (old_value::text "
                + "LIKE '%password_hash%' OR new_value::text LIKE '%password_hash%' OR new_value::text LIKE '%$2a$%')")).isZero();
        assertThat(jdbc.sql("SELECT actor FROM audit_log WHERE entity_type = 'account' AND entity_id = ? "
                + "ORDER BY id LIMIT 1").param(id).query(String.class).single()).isEqualTo(EDITOR);
    }

    /**
     * What the UI's chain answers the session {@code session} (health, which shows its details only to a signed-in
     * editor): 200, or a redirect to the sign-in page once the session has ended.
     */
    private org.springframework.mock.web.MockHttpServletResponse page(
            org.springframework.mock.web.MockHttpSession session) throws Exception {
        return secured.perform(get("/actuator/health").session(session)).andReturn().getResponse();
    }

    private org.springframework.mock.web.MockHttpSession signInWithTheForm(String name, String password)
            throws Exception {
        var result = secured.perform(org.springframework.security.test.web.servlet.request
                .SecurityMockMvcRequestBuilders.formLogin("/login").user(name).password(password)).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).doesNotContain("error");
        return (org.springframework.mock.web.MockHttpSession) result.getRequest().getSession(false);
    }

    @Test
    void disablingAnAccountEndsItsOpenSessionsAndNoOneElses() throws Exception {
        signedInAs(EDITOR, "ADMIN", "EDITOR", "VIEWER");
        String name = "dave-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.add(input(name, Role.editor, true, "dave-first-password"));
        var daves = signInWithTheForm(name, "dave-first-password");
        var admins = signInWithTheForm(EDITOR, EDITOR_PASSWORD);
        assertThat(page(daves).getStatus()).as("signed in").isEqualTo(200);
        assertThat(page(daves).getContentAsString()).as("as an editor").contains("components");

        signedInAs(EDITOR, "ADMIN", "EDITOR", "VIEWER"); // MockMvc signed the test out
        change(name, Role.editor, false, "");
        var after = page(daves);
        assertThat(after.getStatus()).as("the disabled account's open session has ended").isEqualTo(302);
        assertThat(after.getRedirectedUrl()).endsWith("/login");
        assertThat(page(daves).getContentAsString()).as("signed out: what anyone sees").doesNotContain("components");
        assertThat(page(admins).getStatus()).as("other accounts' sessions go on").isEqualTo(200);
        assertThat(page(admins).getContentAsString()).contains("components");
    }

    @Test
    void theLastAdminCannotBeDisabledOrDemotedNorAnAdminLockThemselvesOut() {
        signedInAs(EDITOR, "ADMIN", "EDITOR", "VIEWER");
        Account me = account(EDITOR);
        assertThatThrownBy(() -> accounts.update(me.id(), me.version(), input(EDITOR, Role.admin, false, "")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("your own account");
        assertThatThrownBy(() -> accounts.update(me.id(), me.version(), input(EDITOR, Role.editor, true, "")))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void onlyAdminsManageAccounts() {
        signedInAs("someone", "EDITOR", "VIEWER");
        assertThatThrownBy(() -> accounts.add(input("mallory-x", Role.admin, true, "mallory-password-123")))
                .isInstanceOf(AccessDeniedException.class);
        Account viewer = account(VIEWER);
        assertThatThrownBy(() -> accounts.update(viewer.id(), viewer.version(), input(VIEWER, Role.viewer, true, "taken-over-password")))
                .isInstanceOf(AccessDeniedException.class);
    }
}
