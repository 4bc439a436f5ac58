package org.crdash.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpSessionEvent;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

/** New sessions are short-lived until their page talks back; none outlives the absolute lifetime. */
class SessionLifetimesTest {

    private final SessionLifetimes lifetimes = new SessionLifetimes(
            new SessionProperties(Duration.ofMinutes(2), Duration.ofHours(12)), Duration.ofMinutes(30));

    private MockHttpSession newSession() {
        MockHttpSession session = new MockHttpSession();
        lifetimes.sessionCreated(new HttpSessionEvent(session));
        return session;
    }

    private void send(MockHttpSession session, String method, String query) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest(method, "/");
        request.setQueryString(query);
        request.setSession(session);
        lifetimes.doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
    }

    @Test
    void aNewSessionLivesTwoMinutesUntilItsPageTalksBackThenThirtyIdle() throws Exception {
        MockHttpSession session = newSession();
        assertThat(session.getMaxInactiveInterval()).isEqualTo(120);

        send(session, "GET", null);
        send(session, "GET", "v-r=init&location=");
        assertThat(session.getMaxInactiveInterval()).as("page loads and inits are not activity").isEqualTo(120);

        send(session, "POST", "v-r=heartbeat&v-uiId=0");
        assertThat(session.getMaxInactiveInterval()).isEqualTo(1800);
        assertThat(session.isInvalid()).isFalse();
    }

    @Test
    void aSessionOlderThanTheAbsoluteLifetimeIsEndedAtItsNextRequest() throws Exception {
        SessionLifetimes shortLived = new SessionLifetimes(
                new SessionProperties(Duration.ofMinutes(2), Duration.ofMillis(50)), Duration.ofMinutes(30));
        MockHttpSession session = new MockHttpSession();
        Thread.sleep(80);
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/");
        request.setQueryString("v-r=uidl&v-uiId=0");
        request.setSession(session);
        shortLived.doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
        assertThat(session.isInvalid()).isTrue();
    }
}
