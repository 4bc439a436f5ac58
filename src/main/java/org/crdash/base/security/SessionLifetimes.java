package org.crdash.base.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.io.IOException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounded session lifetimes. Every new session starts short-lived ({@link SessionProperties#untilActive()}): an
 * anonymous client that only loads pages (a crawler, a flood) leaves nothing behind for long. Once the page in
 * the browser talks back (a Vaadin round trip or heartbeat), the session gets the normal idle timeout, after
 * which Vaadin closes it even if the tab keeps sending heartbeats ({@code vaadin.closeIdleSessions}). No session,
 * however busy, outlives {@link SessionProperties#absolute()}.
 */
final class SessionLifetimes extends OncePerRequestFilter implements HttpSessionListener {

    private static final Logger log = LoggerFactory.getLogger(SessionLifetimes.class);
    private static final String ACTIVE = SessionLifetimes.class.getName() + ".active";

    private final SessionProperties props;
    private final int idleSeconds;

    /** @param idle the idle timeout of a session in use ({@code server.servlet.session.timeout}) */
    SessionLifetimes(SessionProperties props, Duration idle) {
        this.props = props;
        this.idleSeconds = (int) Math.min(Integer.MAX_VALUE, idle.toSeconds());
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        event.getSession().setMaxInactiveInterval((int) props.untilActive().toSeconds());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            long age = System.currentTimeMillis() - session.getCreationTime();
            if (age > props.absolute().toMillis()) {
                log.debug("Session older than {} ended", props.absolute());
                session.invalidate();
            } else if (session.getAttribute(ACTIVE) == null && talksBack(request)) {
                session.setAttribute(ACTIVE, Boolean.TRUE);
                session.setMaxInactiveInterval(idleSeconds);
            }
        }
        chain.doFilter(request, response);
    }

    /** A request only a running Vaadin page sends: a server round trip or a heartbeat. */
    private static boolean talksBack(HttpServletRequest request) {
        String query = request.getQueryString();
        return "POST".equals(request.getMethod()) && query != null
                && (query.contains("v-r=uidl") || query.contains("v-r=heartbeat"));
    }
}
