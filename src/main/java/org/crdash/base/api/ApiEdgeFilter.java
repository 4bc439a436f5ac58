package org.crdash.base.api;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.crdash.base.InvalidParameterException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Makes everything under {@code /api} answer as an API, before the security filters and before Vaadin's
 * catch-all servlet (which would answer any unknown path with its HTML page and 200):
 * <ul>
 * <li>an unknown path is a 404, a method the path does not have a 405 (with {@code Allow}), a body type it does
 * not take a 415 and an {@code Accept} it cannot serve a 406 — whoever is signed in, since no credentials make
 * such a request work;</li>
 * <li>control characters (NUL, …) in the path or a parameter are a 400 naming the parameter, before anything can
 * hand them to PostgreSQL;</li>
 * <li>errors raised before Spring MVC (the firewall's rejections, the container's own errors) reach the error
 * dispatch, and for an {@code /api} request become problem details instead of Boot's error JSON or HTML.</li>
 * </ul>
 * Every answer is written by the MVC exception handlers ({@link ApiProblemHandler} and Spring's problem-details
 * handler), so it looks exactly like the problems the controllers raise.
 */
final class ApiEdgeFilter extends OncePerRequestFilter {

    // looked up at the first request: the filter is created before Spring MVC's beans are
    private final Supplier<HandlerMapping> controllers;
    private final Supplier<HandlerExceptionResolver> problems;

    ApiEdgeFilter(Supplier<HandlerMapping> controllers, Supplier<HandlerExceptionResolver> problems) {
        this.controllers = controllers;
        this.problems = problems;
    }

    static boolean isApi(String path) {
        return path != null && (path.equals("/api") || path.startsWith("/api/"));
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
            if (uri instanceof String u && isApi(stripContext(request, u))) {
                answer(request, response, containerError(request));
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        String path = stripContext(request, request.getRequestURI());
        if (!isApi(path)) {
            chain.doFilter(request, response);
            return;
        }
        Exception refusal = ControlCharacters.find(request, path);
        if (refusal == null) {
            refusal = routeProblem(request);
        }
        if (refusal != null) {
            answer(request, response, refusal);
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * Why no controller can take this request, or {@code null} if one can. The lookup runs on a copy of the
     * request's attributes, so the dispatcher later maps the request afresh.
     */
    private Exception routeProblem(HttpServletRequest request) {
        HttpServletRequest probe = new OwnAttributes(request);
        ServletRequestPathUtils.parseAndCache(probe);
        try {
            if (controllers.get().getHandler(probe) != null) {
                return null;
            }
            HttpHeaders headers = new HttpHeaders();
            return new NoHandlerFoundException(request.getMethod(), request.getRequestURI(), headers);
        } catch (Exception e) { // 405, 415, 406 from the mapping's own conditions
            return e;
        }
    }

    private static Exception containerError(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatusCode status = HttpStatusCode.valueOf(code instanceof Integer i ? i : 500);
        Object cause = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        String detail;
        if (status.is5xxServerError()) {
            detail = "The server could not answer this request.";
        } else if (cause instanceof Throwable t && t.getMessage() != null) {
            detail = t.getMessage();
        } else {
            Object message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
            detail = message instanceof String m && !m.isBlank() ? m : "The request was not accepted.";
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        HttpStatus known = HttpStatus.resolve(status.value());
        problem.setTitle(known == null ? "Error" : known.getReasonPhrase());
        if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri) {
            problem.setInstance(java.net.URI.create(uri.replace(" ", "%20")));
        }
        return new ErrorResponseException(status, problem, cause instanceof Throwable t ? t : null);
    }

    private void answer(HttpServletRequest request, HttpServletResponse response, Exception e) throws IOException {
        ModelAndView done = problems.get().resolveException(request, response, null, e);
        if (done == null) {
            response.sendError(e instanceof InvalidParameterException ? 400 : 500);
        }
    }

    private static String stripContext(HttpServletRequest request, String uri) {
        String context = request.getContextPath();
        return context != null && !context.isEmpty() && uri.startsWith(context) ? uri.substring(context.length()) : uri;
    }

    /** The request with attributes of its own, so that probing the handler mapping leaves the real one untouched. */
    private static final class OwnAttributes extends HttpServletRequestWrapper {

        private final Map<String, Object> attributes = new HashMap<>();

        OwnAttributes(HttpServletRequest request) {
            super(request);
        }

        @Override
        public Object getAttribute(String name) {
            return attributes.containsKey(name) ? attributes.get(name) : super.getAttribute(name);
        }

        @Override
        public void setAttribute(String name, Object value) {
            attributes.put(name, value);
        }

        @Override
        public void removeAttribute(String name) {
            attributes.put(name, null);
        }
    }
}
