package org.crdash.base.security;

import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletListenerRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The servlet filters in front of everything else (before the API edge and the security filters), in this
 * order: response headers (so every answer has them, a 429 too), rate limits (a refused request creates
 * nothing), session lifetimes.
 */
@Configuration(proxyBeanMethods = false)
class HardeningConfiguration {

    @Bean
    FilterRegistrationBean<SecurityHeaders> securityHeaders(@Value("${app.headers.hsts:true}") boolean hsts) {
        FilterRegistrationBean<SecurityHeaders> registration = new FilterRegistrationBean<>(new SecurityHeaders(hsts));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    @Bean
    VaadinServiceInitListener nonceTheBootstrapScripts() {
        return new SecurityHeaders.NonceTheBootstrapScripts();
    }

    @Bean
    FilterRegistrationBean<RateLimitFilter> rateLimitFilter(RateLimitProperties props) {
        FilterRegistrationBean<RateLimitFilter> registration = new FilterRegistrationBean<>(new RateLimitFilter(props));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        return registration;
    }

    @Bean
    SessionLifetimes sessionLifetimes(SessionProperties props,
                                      @Value("${server.servlet.session.timeout:30m}") java.time.Duration idle) {
        return new SessionLifetimes(props, idle);
    }

    @Bean
    FilterRegistrationBean<SessionLifetimes> sessionLifetimesFilter(SessionLifetimes lifetimes) {
        FilterRegistrationBean<SessionLifetimes> registration = new FilterRegistrationBean<>(lifetimes);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 3);
        return registration;
    }

    @Bean
    ServletListenerRegistrationBean<SessionLifetimes> sessionLifetimesListener(SessionLifetimes lifetimes) {
        return new ServletListenerRegistrationBean<>(lifetimes);
    }
}
