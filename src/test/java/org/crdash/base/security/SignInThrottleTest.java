package org.crdash.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Back-off after failed sign-ins, per name and per address, the same for names that do not exist. */
@ExtendWith(OutputCaptureExtension.class)
class SignInThrottleTest {

    /** A clock the test moves by hand. */
    private static final class TestClock extends Clock {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }
    }

    private final TestClock clock = new TestClock();
    private final SignInThrottle throttle = new SignInThrottle(
            new SignInProperties(5, 20, Duration.ofSeconds(30), Duration.ofMinutes(15), Duration.ofHours(1)), clock);

    private void fail(String name, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(name, address);
        }
    }

    @Test
    void fiveWrongPasswordsPauseTheAccountFromEveryAddressUntilTheWindowHasPassed(CapturedOutput output) {
        fail("editor", "10.0.0.1", 4);
        assertThat(throttle.refusedFor("editor", "10.0.0.1")).as("four are forgiven").isEmpty();
        throttle.failed("editor", "10.0.0.1");

        assertThat(throttle.refusedFor("editor", "10.0.0.1")).contains(Duration.ofSeconds(30));
        assertThat(throttle.refusedFor("Editor", "10.9.9.9")).as("any address, any case").isPresent();
        assertThat(throttle.refusedFor("other", "10.0.0.1")).as("other names from that address").isEmpty();
        assertThat(output.getAll()).contains("Sign-in locked for account 'editor' for 30 s after 5 failed attempts");

        clock.advance(Duration.ofSeconds(30));
        assertThat(throttle.refusedFor("editor", "10.0.0.1")).as("the owner can sign in after the window").isEmpty();
    }

    @Test
    void eachFurtherFailureDoublesThePauseUpToTheMaximum() {
        fail("editor", "10.0.0.1", 5);
        clock.advance(Duration.ofSeconds(30));
        throttle.failed("editor", "10.0.0.1");
        assertThat(throttle.refusedFor("editor", "10.0.0.1")).contains(Duration.ofSeconds(60));
        for (int i = 0; i < 10; i++) {
            clock.advance(Duration.ofMinutes(15));
            throttle.failed("editor", "10.0.0.1");
        }
        assertThat(throttle.refusedFor("editor", "10.0.0.1")).contains(Duration.ofMinutes(15));
    }

    @Test
    void aRightPasswordClearsTheNamesCountAndOldFailuresAreForgotten() {
        fail("editor", "10.0.0.1", 4);
        throttle.succeeded("editor");
        fail("editor", "10.0.0.1", 4);
        assertThat(throttle.refusedFor("editor", "10.0.0.1")).isEmpty();

        clock.advance(Duration.ofHours(2));
        throttle.failed("editor", "10.0.0.1");
        assertThat(throttle.refusedFor("editor", "10.0.0.1")).as("counting starts again").isEmpty();
    }

    @Test
    void aNameThatDoesNotExistIsThrottledExactlyLikeOneThatDoes() {
        fail("editor", "10.0.0.1", 5);
        fail("no-such-user", "10.0.0.2", 5);
        assertThat(throttle.refusedFor("no-such-user", "10.0.0.2"))
                .isEqualTo(throttle.refusedFor("editor", "10.0.0.1"));
    }

    @Test
    void oneAddressGuessingManyNamesIsPausedForAllOfThem() {
        for (int i = 0; i < 20; i++) {
            throttle.failed("user" + i, "203.0.113.7");
        }
        assertThat(throttle.refusedFor("someone-else", "203.0.113.7")).contains(Duration.ofSeconds(30));
        assertThat(throttle.refusedFor("someone-else", "203.0.113.8")).isEmpty();
    }

    @Test
    void aHugeOrForgedNameIsCutAndCannotForgeLogLines(CapturedOutput output) {
        String forged = "x".repeat(5000) + "\nINFO fake line";
        fail(forged, "10.0.0.1", 5);
        assertThat(throttle.refusedFor(forged, "10.0.0.1")).isPresent();
        assertThat(output.getAll()).doesNotContain("\nINFO fake line").doesNotContain("x".repeat(101));
    }

    @Test
    void ipv6ClientsAreCountedByTheirSlash64() {
        assertThat(ClientAddress.of("2001:db8:1:2:aaaa::1")).isEqualTo(ClientAddress.of("2001:db8:1:2:ffff::9"));
        assertThat(ClientAddress.of("2001:db8:1:2::1")).isNotEqualTo(ClientAddress.of("2001:db8:1:3::1"));
        assertThat(ClientAddress.of("192.0.2.1")).isEqualTo("192.0.2.1");
    }
}
