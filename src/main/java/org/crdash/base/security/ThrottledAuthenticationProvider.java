package org.crdash.base.security;

import java.util.Optional;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The one place every sign-in passes (form and HTTP Basic): asks the {@link SignInThrottle} first, then checks the
 * password with the wrapped provider and tells the throttle how it went.
 */
final class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider delegate;
    private final SignInThrottle throttle;

    ThrottledAuthenticationProvider(AuthenticationProvider delegate, SignInThrottle throttle) {
        this.delegate = delegate;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String name = authentication.getName();
        String address = ClientAddress.of(authentication.getDetails() instanceof WebAuthenticationDetails d
                ? d.getRemoteAddress() : null);
        Optional<java.time.Duration> refused = throttle.refusedFor(name, address);
        if (refused.isPresent()) {
            throw new SignInThrottledException(refused.get());
        }
        try {
            Authentication result = delegate.authenticate(authentication);
            if (result != null && result.isAuthenticated()) {
                throttle.succeeded(name);
            }
            return result;
        } catch (BadCredentialsException e) {
            // also what an unknown user name gives (DaoAuthenticationProvider hides which it was)
            throttle.failed(name, address);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return delegate.supports(authentication);
    }
}
