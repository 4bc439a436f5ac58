package org.crdash.base.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts failed sign-ins per user name and per client address and refuses further tries for a while once either
 * count is too high ({@link SignInProperties}). A name is counted whether or not such an account exists, and a
 * refusal looks the same for both, so the throttle reveals no user names. While refused, tries are neither
 * checked (no password hashing for an attacker) nor counted, so the owner can sign in once the window has passed.
 */
final class SignInThrottle {

    private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);
    private static final int MAX_KEY = 100;

    private final SignInProperties props;
    private final Clock clock;
    private final Cache<String, Failures> accounts;
    private final Cache<String, Failures> addresses;

    /** Failures since the count was last cleared; {@code lockedUntil} is null while not locked. */
    private record Failures(int count, Instant last, Instant lockedUntil) {
    }

    SignInThrottle(SignInProperties props, Clock clock) {
        this.props = props;
        this.clock = clock;
        // bounded, so a flood of made-up names or addresses cannot fill the memory
        this.accounts = Caffeine.newBuilder().maximumSize(100_000)
                .expireAfterAccess(props.forgetAfter().plus(props.maxLockout())).build();
        this.addresses = Caffeine.newBuilder().maximumSize(100_000)
                .expireAfterAccess(props.forgetAfter().plus(props.maxLockout())).build();
    }

    /** How long sign-in stays refused for this name from this address; empty if it may be tried now. */
    Optional<Duration> refusedFor(String account, String address) {
        Instant now = clock.instant();
        Duration a = remaining(accounts.getIfPresent(accountKey(account)), now);
        Duration b = remaining(addresses.getIfPresent(address), now);
        Duration longer = a.compareTo(b) >= 0 ? a : b;
        return longer.isZero() ? Optional.empty() : Optional.of(longer);
    }

    void failed(String account, String address) {
        Instant now = clock.instant();
        String key = accountKey(account);
        accounts.asMap().compute(key, (k, f) -> next(f, now, props.accountFailures(), "account '" + k + "'", address));
        addresses.asMap().compute(address, (k, f) -> next(f, now, props.addressFailures(), "address " + k, address));
    }

    /** A right password: the name's failures are forgotten (the address's are not; it may be guessing others). */
    void succeeded(String account) {
        accounts.invalidate(accountKey(account));
    }

    private Failures next(Failures f, Instant now, int free, String what, String address) {
        int count = f == null || now.isAfter(f.last().plus(props.forgetAfter())) ? 1 : f.count() + 1;
        if (count < free) {
            return new Failures(count, now, null);
        }
        Duration lockout = lockout(count - free);
        log.warn("Sign-in locked for {} for {} s after {} failed attempts (the last from {})",
                what, lockout.toSeconds(), count, address);
        return new Failures(count, now, now.plus(lockout));
    }

    /** {@code firstLockout × 2^n}, at most {@code maxLockout}. */
    private Duration lockout(int n) {
        Duration d = props.firstLockout();
        for (int i = 0; i < n && d.compareTo(props.maxLockout()) < 0; i++) {
            d = d.multipliedBy(2);
        }
        return d.compareTo(props.maxLockout()) > 0 ? props.maxLockout() : d;
    }

    private static Duration remaining(Failures f, Instant now) {
        if (f == null || f.lockedUntil() == null || !now.isBefore(f.lockedUntil())) {
            return Duration.ZERO;
        }
        return Duration.between(now, f.lockedUntil());
    }

    /**
     * Names are compared as the sign-in compares them, ignoring case; cut to the longest valid name and stripped of
     * control characters, so the key (and the log line naming it) stays small and cannot forge log lines.
     */
    private static String accountKey(String account) {
        String a = account == null ? "" : account.strip().toLowerCase(Locale.ROOT).replaceAll("\\p{Cntrl}", "?");
        return a.length() > MAX_KEY ? a.substring(0, MAX_KEY) : a;
    }
}
