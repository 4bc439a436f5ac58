package org.crdash.base.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's 401, 403 and 429 as RFC 9457 problem details (they happen in the filters, before Spring MVC's
 * problem handlers). A 401 names the Basic scheme in {@code WWW-Authenticate}, as RFC 9110 requires; a 429
 * says when to come back in {@code Retry-After}.
 */
final class ApiProblems {

    static final String REALM = "crdash";
    static final String TOO_MANY_REQUESTS = "urn:crdash:problem:too-many-requests";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ApiProblems() {
    }

    /** Nobody (or a wrong password) tried to change data: 401. */
    static AuthenticationEntryPoint unauthorized() {
        return (request, response, e) -> {
            if (e instanceof SignInThrottledException throttled) {
                long seconds = throttled.retryAfterSeconds();
                response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
                write(request, response, HttpStatus.TOO_MANY_REQUESTS, TOO_MANY_REQUESTS, "Too many failed sign-ins",
                        "Sign-in is paused after repeated wrong passwords; try again in " + seconds + " s.");
                return;
            }
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
            boolean badCredentials = request.getHeader(HttpHeaders.AUTHORIZATION) != null;
            write(request, response, HttpStatus.UNAUTHORIZED, "urn:crdash:problem:unauthorized",
                    badCredentials ? "Wrong user name or password"  : "Sign-in required",
                    badCredentials ? "The credentials were not accepted; check the user name and password."
                            : "Reading is public, changing data is not: authenticate as an editor with HTTP Basic "
                            + "(e.g. curl -u editor:PASSWORD).");
        };
    }

    /** A signed-in user who is not an editor tried to change data: 403. */
    static AccessDeniedHandler forbidden() {
        return (request, response, e) -> {
            Authentication a = SecurityContextHolder.getContext().getAuthentication();
            String who = a == null ? "This account" : "'" + a.getName() + "'";
            write(request, response, HttpStatus.FORBIDDEN, "urn:crdash:problem:forbidden", "Editors only",
                    who + " may read but not change data; only editors can.");
        };
    }

    /** Writes one problem in the format the API's other errors have (see base/api/ApiProblemHandler). */
    static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
                              String type, String title, String detail) throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", type);
        problem.put("title", title);
        problem.put("status", status.value());
        problem.put("detail", detail);
        problem.put("instance", request.getRequestURI());
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JSON.writeValueAsString(problem));
    }
}
