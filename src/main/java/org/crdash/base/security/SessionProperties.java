package org.crdash.base.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long sessions live ({@code app.session.*}); the idle timeout of a session in use is
 * {@code server.servlet.session.timeout}.
 *
 * @param untilActive a new session's lifetime until its page talks back (the first Vaadin round trip or heartbeat,
 *                    which a browser sends within {@code vaadin.heartbeatInterval}); a client that only fetches
 *                    pages never gets further
 * @param absolute    no session lives longer, however busy (a signed-in user signs in again)
 */
@ConfigurationProperties("app.session")
public record SessionProperties(
        @DefaultValue("2m") Duration untilActive,
        @DefaultValue("12h") Duration absolute) {
}
