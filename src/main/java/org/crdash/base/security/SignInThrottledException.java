package org.crdash.base.security;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** Sign-in refused without checking the password, because of earlier failures (see {@link SignInThrottle}). */
final class SignInThrottledException extends AuthenticationException {

    private final Duration retryAfter;

    SignInThrottledException(Duration retryAfter) {
        super("Too many failed sign-ins; try again in " + retryAfter.toSeconds() + " s");
        this.retryAfter = retryAfter;
    }

    /** Whole seconds, at least 1 (for {@code Retry-After}). */
    long retryAfterSeconds() {
        return Math.max(1, retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0));
    }
}
