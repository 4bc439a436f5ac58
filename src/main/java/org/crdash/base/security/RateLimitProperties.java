package org.crdash.base.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Per-address request budgets ({@code app.rate-limit.*}), each a token bucket that holds a minute's worth and
 * refills evenly. Over budget the answer is 429 with {@code Retry-After}.
 *
 * @param enabled             off only for benchmarks that measure without limits
 * @param newSessionsPerMinute requests without a live session cookie to the UI (each would create a session)
 * @param pageLoadsPerMinute  UI page loads and Vaadin UI inits ({@code ?v-r=init}): each creates a UI
 * @param apiPerMinute        requests to {@code /api/**}
 * @param maxClients          how many addresses are tracked at once (older ones are forgotten first)
 */
@ConfigurationProperties("app.rate-limit")
public record RateLimitProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("60") int newSessionsPerMinute,
        @DefaultValue("120") int pageLoadsPerMinute,
        @DefaultValue("600") int apiPerMinute,
        @DefaultValue("100000") int maxClients) {

    public RateLimitProperties {
        if (newSessionsPerMinute < 1 || pageLoadsPerMinute < 1 || apiPerMinute < 1 || maxClients < 1) {
            throw new IllegalArgumentException("app.rate-limit.* budgets must be at least 1");
        }
    }
}
