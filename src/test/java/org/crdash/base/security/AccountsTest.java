package org.crdash.base.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/** Sign-in accounts from APP_ADMIN_USER / APP_ADMIN_PASSWORD: hashed, never logged (except a generated one, once). */
@ExtendWith(OutputCaptureExtension.class)
class AccountsTest {

    private static final BCryptPasswordEncoder ENCODER = new BCryptPasswordEncoder(4);

    private static InMemoryUserDetailsManager create(String user, String password) {
        return Accounts.create(new AccountProperties(new AccountProperties.Account(user, password),
                new AccountProperties.Account(null, null)), ENCODER, LoggerFactory.getLogger(Accounts.class));
    }

    @Test
    void withoutPasswordARandomOneIsGeneratedAndLoggedExactlyOnce(CapturedOutput output) {
        InMemoryUserDetailsManager users = create(null, null);

        Matcher m = Pattern.compile("generated a password for editor 'editor':\\s+(\\S+)").matcher(output.getAll());
        assertThat(m.find()).as("the generated password is logged").isTrue();
        String generated = m.group(1);
        assertThat(generated).hasSizeGreaterThanOrEqualTo(20);
        assertThat(output.getAll().split(Pattern.quote(generated), -1)).as("logged exactly once").hasSize(2);

        UserDetails editor = users.loadUserByUsername("editor");
        assertThat(editor.getPassword()).startsWith("$2").doesNotContain(generated);
        assertThat(ENCODER.matches(generated, editor.getPassword())).isTrue();
        assertThat(editor.getAuthorities()).extracting(Object::toString)
                .containsExactlyInAnyOrder("ROLE_ADMIN", "ROLE_EDITOR", "ROLE_VIEWER");

        // never a fixed default: a second start generates another password
        InMemoryUserDetailsManager again = create(null, null);
        assertThat(ENCODER.matches(generated, again.loadUserByUsername("editor").getPassword())).isFalse();
    }

    @Test
    void aConfiguredPasswordIsStoredBcryptHashedAndNeverLogged(CapturedOutput output) {
        InMemoryUserDetailsManager users = create("alice", "correct horse battery");

        UserDetails alice = users.loadUserByUsername("alice");
        assertThat(alice.getPassword()).startsWith("$2").isNotEqualTo("correct horse battery");
        assertThat(ENCODER.matches("correct horse battery", alice.getPassword())).isTrue();
        assertThat(output.getAll()).contains("alice").doesNotContain("correct horse battery")
                .doesNotContain(alice.getPassword()).doesNotContain("generated");
    }

    @Test
    void aBcryptHashIsAcceptedAsIs(CapturedOutput output) {
        String hash = ENCODER.encode("s3cret-passphrase");
        UserDetails u = create("bob", hash).loadUserByUsername("bob");
        assertThat(u.getPassword()).isEqualTo(hash);
        assertThat(output.getAll()).doesNotContain(hash);
    }

    @Test
    void tooShortPasswordsAndOddUserNamesStopStartup() {
        assertThatThrownBy(() -> create("alice", "short")).hasMessageContaining("at least 8");
        assertThatThrownBy(() -> create("alice smith", "long-enough-password")).hasMessageContaining("APP_ADMIN_USER");
    }

    @Test
    void anOptionalViewerAccountOnlyReads() {
        InMemoryUserDetailsManager users = Accounts.create(new AccountProperties(
                        new AccountProperties.Account("ed", "editor-password"),
                        new AccountProperties.Account("vera", "viewer-password")),
                ENCODER, LoggerFactory.getLogger(Accounts.class));
        assertThat(users.loadUserByUsername("vera").getAuthorities()).extracting(Object::toString)
                .containsExactly("ROLE_VIEWER");
    }
}
