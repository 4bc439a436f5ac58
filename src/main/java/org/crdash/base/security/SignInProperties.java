package org.crdash.base.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in throttling ({@code app.sign-in.*}), for the form and HTTP Basic alike. After {@code accountFailures}
 * wrong passwords for one user name (or {@code addressFailures} from one address, which may be a shared office
 * network) sign-in is refused for {@code firstLockout}, doubling with each further failure up to
 * {@code maxLockout}. Failures are forgotten {@code forgetAfter} after the last one; a right password clears the
 * account's count.
 */
@ConfigurationProperties("app.sign-in")
public record SignInProperties(
        @DefaultValue("5") int accountFailures,
        @DefaultValue("20") int addressFailures,
        @DefaultValue("30s") Duration firstLockout,
        @DefaultValue("15m") Duration maxLockout,
        @DefaultValue("1h") Duration forgetAfter) {

    public SignInProperties {
        if (accountFailures < 1 || addressFailures < 1) {
            throw new IllegalArgumentException("app.sign-in.*-failures must be at least 1");
        }
        if (firstLockout.isNegative() || firstLockout.isZero() || maxLockout.compareTo(firstLockout) < 0) {
            throw new IllegalArgumentException("app.sign-in: 0 < first-lockout <= max-lockout");
        }
    }
}
