package org.crdash.base.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.time.Clock;
import org.slf4j.LoggerFactory;
import com.vaadin.flow.spring.security.RequestUtil;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.RequestCacheConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;

/**
 * Reading is public: every view (marked {@code @AnonymousAllowed}), {@code GET /api/**}, the API description and
 * the health endpoint. Writing needs an editor: editor views are {@code @RolesAllowed(EDITOR)} and the services'
 * write methods are {@code @PreAuthorize}d, whatever calls them.
 *
 * <p>Two filter chains:
 * <ul>
 * <li><b>{@code /api/**}</b> ({@link #apiFilterChain}, first): a stateless API for scripts. Writes authenticate
 * with HTTP Basic on every request and need the EDITOR role (anonymous: 401, other users: 403). The browser's
 * session is not read here ({@link RequestAttributeSecurityContextRepository}) and none is created, so a
 * signed-in browser tab carries no ambient credentials to the API: that is why this chain can go without CSRF
 * tokens. What a browser could still send on its own, cached Basic credentials, cannot make a change either:
 * every write needs a JSON body ({@code Content-Type: application/json}) or an {@code If-Match} header, which
 * no cross-site HTML form can send and which make a cross-site script need a CORS preflight (CORS is not
 * enabled).</li>
 * <li><b>everything else</b> ({@link #securityFilterChain}): the Vaadin UI with form sign-in and sessions; CSRF
 * protection stays on (Vaadin's own requests carry Vaadin's token; every other non-GET request needs
 * Spring's).</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

    static final String API = "/api/**";
    /**
     * What anyone may GET (and HEAD): health, the API description, the static resources every page needs (the
     * ECharts WebJar, the app's stylesheets, scripts and icon) and the embeddable charts (chart/embed).
     */
    private static final String[] PUBLIC_READS = {"/actuator/health", "/actuator/health/**", "/v3/api-docs",
            "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/webjars/**", "/styles/**", "/scripts/**",
            "/icons/**", SecurityHeaders.EMBED + "**"};

    @Bean
    @Order(1)
    SecurityFilterChain apiFilterChain(HttpSecurity http, AuthenticationManager signIn) throws Exception {
        http.securityMatcher(API)
                .authenticationManager(signIn)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.GET, API).permitAll()
                        .requestMatchers(HttpMethod.HEAD, API).permitAll()
                        .anyRequest().hasRole(Roles.EDITOR))
                .httpBasic(basic -> basic.realmName(ApiProblems.REALM)
                        .authenticationEntryPoint(ApiProblems.unauthorized()))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context
                        .securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .requestCache(RequestCacheConfigurer::disable)
                .csrf(AbstractHttpConfigurer::disable)
                .exceptionHandling(e -> e.authenticationEntryPoint(ApiProblems.unauthorized())
                        .accessDeniedHandler(ApiProblems.forbidden()));
        return http.build();
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationManager signIn, RequestUtil vaadinRequests,
                                            SessionRegistry sessions) throws Exception {
        http.authenticationManager(signIn);
        // every signed-in session is registered, so an admin's change of an account ends its sessions
        // (SignedInSessions); an ended session's next request goes to the sign-in page
        http.sessionManagement(session -> session.maximumSessions(-1).sessionRegistry(sessions)
                .expiredUrl("/login"));
        // Vaadin's own requests carry Vaadin's CSRF token; everything else needs Spring's, the sign-in form too
        // (Vaadin would exempt it: a cross-site form could then sign a victim in to the attacker's account). The
        // login form sends the token Vaadin puts into the page's <meta name="_csrf">.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        // X-Frame-Options is SecurityHeaders' (SAMEORIGIN everywhere but the embeddable charts); Spring's own
        // writer would add DENY to those too
        http.headers(headers -> headers.frameOptions(frame -> frame.disable()));
        // a refused sign-in says so (the same for every name, so it reveals none); any other failure is "wrong
        // user name or password", whatever was wrong
        // the login page is named here too: a form login configured without it gets Spring's generated page
        http.formLogin(form -> form.loginPage("/login").failureHandler((request, response, e) -> response.sendRedirect(
                request.getContextPath() + "/login?error" + (e instanceof SignInThrottledException t
                        ? "=throttled&retry=" + t.retryAfterSeconds() : ""))));
        http.authorizeHttpRequests(auth -> auth
                // health: anonymous visitors see UP or DOWN, editors the details (management.endpoint.health.*)
                .requestMatchers(HttpMethod.GET, PUBLIC_READS).permitAll()
                .requestMatchers(HttpMethod.HEAD, PUBLIC_READS).permitAll()
                .requestMatchers("/error").permitAll());
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                .enableCsrfConfiguration(false)
                .loginView(LoginView.class, LoginView.AFTER_LOGOUT)
                // after signing in: back to the page that asked for it, else the dashboard
                .defaultSuccessUrl(LoginView.AFTER_LOGOUT, false)
                .anyRequest(any -> any.authenticated()));
        return http.build();
    }

    /** The UI's signed-in sessions per account; told by the container when a session ends. */
    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    @Bean
    static HttpSessionEventPublisher sessionEvents() {
        return new HttpSessionEventPublisher();
    }

    /** Every sign-in, form or HTTP Basic, passes the throttle first. */
    @Bean
    AuthenticationManager signInManager(UserDetailsService users, PasswordEncoder encoder, SignInProperties props,
                                        Clock clock) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        return new ProviderManager(new ThrottledAuthenticationProvider(passwords, new SignInThrottle(props, clock)));
    }

    /** Spring Security's delegating encoder ({bcrypt} for new hashes); a bare BCrypt hash from the environment matches too. */
    @Bean
    PasswordEncoder passwordEncoder() {
        DelegatingPasswordEncoder encoder =
                (DelegatingPasswordEncoder) PasswordEncoderFactories.createDelegatingPasswordEncoder();
        encoder.setDefaultPasswordEncoderForMatches(new BCryptPasswordEncoder());
        return encoder;
    }

    /** APP_ADMIN_USER / APP_ADMIN_PASSWORD (and APP_VIEWER_*) create the first accounts, while there is no admin. */
    @Bean
    ApplicationRunner bootstrapAccounts(AccountService accounts, AccountProperties props) {
        return args -> accounts.bootstrap(() -> Accounts.users(props, new BCryptPasswordEncoder(),
                LoggerFactory.getLogger(Accounts.class)));
    }
}
