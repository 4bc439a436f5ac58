package org.crdash.base.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounds what one client address can make the server hold: every UI request without a live session would
 * create an HTTP session, every page load or {@code ?v-r=init} a Vaadin UI, and the API costs a query each. Each
 * kind has a per-address token bucket ({@link RateLimitProperties}); over budget the request is answered 429 with
 * {@code Retry-After} before anything is created (the API's as RFC 9457 problem details, like its other errors).
 * Static resources, health and the API description are not counted: they hold no state.
 */
final class RateLimitFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RateLimitFilter.class);
    private static final List<String> UNCOUNTED = List.of("/VAADIN/", "/webjars/", "/styles/", "/scripts/",
            "/icons/", "/favicon.ico", "/sw.js", "/manifest.webmanifest", "/offline", "/actuator/", "/v3/api-docs",
            "/swagger-ui");

    private enum Kind { API, NEW_SESSION, PAGE_LOAD }

    private final RateLimitProperties props;
    private final Cache<String, Bucket> api;
    private final Cache<String, Bucket> newSessions;
    private final Cache<String, Bucket> pageLoads;

    RateLimitFilter(RateLimitProperties props) {
        this.props = props;
        this.api = buckets(props.maxClients());
        this.newSessions = buckets(props.maxClients());
        this.pageLoads = buckets(props.maxClients());
    }

    private static Cache<String, Bucket> buckets(int maxClients) {
        // a bucket untouched for two minutes is full again anyway, so forgetting it changes nothing
        return Caffeine.newBuilder().maximumSize(maxClients).expireAfterAccess(Duration.ofMinutes(2)).build();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (!props.enabled()) {
            return true;
        }
        String path = path(request);
        return UNCOUNTED.stream().anyMatch(path::startsWith);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String client = ClientAddress.of(request.getRemoteAddr());
        String path = path(request);
        if (path.equals("/api") || path.startsWith("/api/")) {
            if (!allowed(Kind.API, client, request, response)) {
                return;
            }
        } else {
            boolean newSession = request.getRequestedSessionId() == null || !request.isRequestedSessionIdValid();
            if (newSession && !allowed(Kind.NEW_SESSION, client, request, response)) {
                return;
            }
            if (isPageLoad(request) && !allowed(Kind.PAGE_LOAD, client, request, response)) {
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** A request that makes Vaadin build a UI: a page (GET without {@code v-r}) or an explicit init. */
    private static boolean isPageLoad(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            return false; // (and a POST body is left unparsed here)
        }
        String vr = request.getParameter("v-r");
        return vr == null || "init".equals(vr);
    }

    private boolean allowed(Kind kind, String client, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Bucket bucket = switch (kind) {
            case API -> api.get(client, k -> bucket(props.apiPerMinute()));
            case NEW_SESSION -> newSessions.get(client, k -> bucket(props.newSessionsPerMinute()));
            case PAGE_LOAD -> pageLoads.get(client, k -> bucket(props.pageLoadsPerMinute()));
        };
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return true;
        }
        long retryAfter = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
        log.debug("429 for {} ({}), retry after {} s: {}", client, kind, retryAfter, request.getRequestURI());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
        String detail = switch (kind) {
            case API -> "More than " + props.apiPerMinute() + " API requests a minute from your address";
            case NEW_SESSION -> "More than " + props.newSessionsPerMinute() + " new visits a minute from your address";
            case PAGE_LOAD -> "More than " + props.pageLoadsPerMinute() + " page loads a minute from your address";
        } + "; try again in " + retryAfter + " s.";
        if (kind == Kind.API) {
            ApiProblems.write(request, response, HttpStatus.TOO_MANY_REQUESTS, ApiProblems.TOO_MANY_REQUESTS,
                    "Too many requests", detail);
        } else {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("Too many requests. " + detail + "\n");
        }
        return false;
    }

    private static Bucket bucket(int perMinute) {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)))
                .build();
    }

    private static String path(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        return context.isEmpty() ? uri : uri.substring(context.length());
    }
}
