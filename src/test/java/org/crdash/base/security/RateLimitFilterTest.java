package org.crdash.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Per-address budgets for new sessions, page loads and the API; 429 with Retry-After past them. */
class RateLimitFilterTest {

    private final RateLimitFilter filter = new RateLimitFilter(new RateLimitProperties(true, 10, 15, 20, 1000));

    private MockHttpServletResponse send(MockHttpServletRequest request) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        return response;
    }

    private static MockHttpServletRequest get(String path, String address) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setRemoteAddr(address);
        return request;
    }

    /** A request carrying the cookie of a live session. */
    private static MockHttpServletRequest withSession(MockHttpServletRequest request) {
        request.setRequestedSessionId("live");
        request.setRequestedSessionIdValid(true);
        return request;
    }

    private int okCount(int n, java.util.function.Supplier<MockHttpServletRequest> request) throws Exception {
        int ok = 0;
        for (int i = 0; i < n; i++) {
            if (send(request.get()).getStatus() == 200) {
                ok++;
            }
        }
        return ok;
    }

    @Test
    void cookieLessPageLoadsFromOneAddressAreCutOffAfterTheBudgetWithRetryAfter() throws Exception {
        assertThat(okCount(10, () -> get("/", "198.51.100.1"))).isEqualTo(10);
        MockHttpServletResponse refused = send(get("/", "198.51.100.1"));
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(Long.parseLong(refused.getHeader("Retry-After"))).isBetween(1L, 60L);
        assertThat(refused.getContentAsString()).contains("new visits a minute");

        assertThat(send(get("/", "198.51.100.2")).getStatus()).as("another address").isEqualTo(200);
        assertThat(send(get("/?v-r=init", "198.51.100.1")).getStatus()).as("a cookie-less init").isEqualTo(429);
    }

    @Test
    void pageLoadsAndUiInitsInOneSessionHaveTheirOwnBudgetButItsOtherRequestsAreNotCounted() throws Exception {
        assertThat(okCount(15, () -> withSession(get("/?v-r=init", "198.51.100.3")))).isEqualTo(15);
        assertThat(send(withSession(get("/events", "198.51.100.3"))).getStatus()).isEqualTo(429);
        MockHttpServletRequest uidl = withSession(new MockHttpServletRequest("POST", "/"));
        uidl.setQueryString("v-r=uidl");
        uidl.setParameter("v-r", "uidl");
        uidl.setRemoteAddr("198.51.100.3");
        assertThat(send(uidl).getStatus()).as("server round trips of an open page").isEqualTo(200);
    }

    @Test
    void theApiAnswers429AsProblemDetails() throws Exception {
        assertThat(okCount(20, () -> get("/api/series", "198.51.100.4"))).isEqualTo(20);
        MockHttpServletResponse refused = send(get("/api/series", "198.51.100.4"));
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getContentType()).startsWith("application/problem+json");
        assertThat(refused.getHeader("Retry-After")).isNotBlank();
        String body = refused.getContentAsString();
        assertThat((String) JsonPath.read(body, "$.type")).isEqualTo("urn:crdash:problem:too-many-requests");
        assertThat((Integer) JsonPath.read(body, "$.status")).isEqualTo(429);
        assertThat((String) JsonPath.read(body, "$.instance")).isEqualTo("/api/series");
    }

    @Test
    void staticResourcesAndHealthAreNotCounted() throws Exception {
        assertThat(okCount(100, () -> get("/webjars/echarts/5.5.0/echarts.min.js", "198.51.100.5"))).isEqualTo(100);
        assertThat(okCount(100, () -> get("/actuator/health", "198.51.100.5"))).isEqualTo(100);
        assertThat(okCount(100, () -> get("/VAADIN/build/x.js", "198.51.100.5"))).isEqualTo(100);
    }

    @Test
    void switchedOffNothingIsCounted() throws Exception {
        RateLimitFilter off = new RateLimitFilter(new RateLimitProperties(false, 1, 1, 1, 10));
        for (int i = 0; i < 5; i++) {
            MockHttpServletResponse response = new MockHttpServletResponse();
            off.doFilter(get("/", "198.51.100.6"), response, new MockFilterChain());
            assertThat(response.getStatus()).isEqualTo(200);
        }
    }
}
