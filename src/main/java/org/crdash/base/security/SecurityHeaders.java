package org.crdash.base.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;
import org.jsoup.nodes.Element;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The headers every response carries, whoever answers it (Vaadin, Spring MVC, the rate limit, static files).
 *
 * <p>The Content-Security-Policy is as tight as Vaadin Flow allows, measured in Chromium ({@code CspIT}):
 * <ul>
 * <li>scripts only from this origin, plus the few inline scripts of Vaadin's bootstrap page, each allowed by a
 * per-response nonce ({@link #nonceTheBootstrapScripts}), so an injected {@code <script>} or {@code onerror=} does
 * not run. {@code 'unsafe-eval'} stays: Flow runs every {@code executeJs} call (the chart, the reader) through
 * {@code new Function};</li>
 * <li>styles from this origin and inline ({@code 'unsafe-inline'}): Vaadin's components and Flow's
 * {@code Style} API set style attributes and {@code <style>} elements at run time;</li>
 * <li>images and fonts from this origin and {@code data:} (Lumo's icons, ECharts' "save as image");
 * connections ({@code connect-src}) only back to this origin; no plugins, no {@code <base>} or form targets
 * elsewhere; framed only by this origin ({@code frame-ancestors 'self'}), except the embeddable charts under
 * {@value #EMBED} (chart/embed: plain pages without inline scripts), which any site may frame.</li>
 * </ul>
 * HSTS is sent only over TLS (a plain-HTTP answer cannot set it anyway) and can be switched off.
 */
final class SecurityHeaders extends OncePerRequestFilter {

    static final String NONCE = SecurityHeaders.class.getName() + ".nonce";
    /** The embeddable charts' path: the only pages other sites may frame. */
    static final String EMBED = "/embed/";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final boolean hsts;

    SecurityHeaders(boolean hsts) {
        this.hsts = hsts;
    }

    static String policy(String nonce) {
        return policy(nonce, false);
    }

    static String policy(String nonce, boolean frameable) {
        return "default-src 'self'; "
                + "script-src 'self' 'nonce-" + nonce + "' 'unsafe-eval'; "
                + "style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data: blob:; "
                + "font-src 'self' data:; "
                + "connect-src 'self'; "
                + "worker-src 'self'; "
                + "object-src 'none'; "
                + "base-uri 'self'; "
                + "form-action 'self'; "
                + (frameable ? "frame-ancestors *" : "frame-ancestors 'self'");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        String nonce = Base64.getEncoder().encodeToString(bytes);
        request.setAttribute(NONCE, nonce);
        boolean frameable = request.getRequestURI().startsWith(request.getContextPath() + EMBED);
        response.setHeader("Content-Security-Policy", policy(nonce, frameable));
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (!frameable) {
            response.setHeader("X-Frame-Options", "SAMEORIGIN");
        }
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        if (hsts && request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        chain.doFilter(request, response);
    }

    /** Gives each inline script of Vaadin's bootstrap page the nonce of its response. */
    static final class NonceTheBootstrapScripts implements VaadinServiceInitListener {
        @Override
        public void serviceInit(ServiceInitEvent event) {
            event.addIndexHtmlRequestListener(page -> {
                Object nonce = page.getVaadinRequest().getAttribute(NONCE);
                if (nonce != null) {
                    for (Element script : page.getDocument().select("script")) {
                        script.attr("nonce", nonce.toString());
                    }
                }
            });
        }
    }
}
