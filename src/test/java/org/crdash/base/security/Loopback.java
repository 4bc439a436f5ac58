package org.crdash.base.security;

import java.io.IOException;
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An HTTP client for the app running on a loopback port, sending from its own loopback address (127.0.0.x), so
 * that each test is its own "client address" for the per-address limits. With a cookie jar it is a browser that
 * keeps its session; without one, every request is a new visitor.
 */
final class Loopback {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final int port;
    private final HttpClient client;

    private Loopback(int port, HttpClient client) {
        this.port = port;
        this.client = client;
    }

    /** A client without cookies from 127.0.0.{last}. */
    static Loopback cookieLess(int port, int last) {
        return new Loopback(port, builder(last).build());
    }

    /** A client that keeps cookies (a browser) from 127.0.0.{last}. */
    static Loopback browser(int port, int last) {
        return new Loopback(port, builder(last).cookieHandler(new CookieManager()).build());
    }

    private static HttpClient.Builder builder(int last) {
        try {
            return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .localAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, (byte) last}));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(20));
    }

    HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(request(path).GET().build());
    }

    HttpResponse<String> getAs(String path, String user, String password) throws IOException, InterruptedException {
        String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return send(request(path).header("Authorization", "Basic " + basic).GET().build());
    }

    /** The CSRF token the sign-in page hands the browser (Vaadin puts it in a meta tag for its login form). */
    String csrfTokenOfSignInPage() throws IOException, InterruptedException {
        Matcher m = CSRF.matcher(get("/login").body());
        return m.find() ? m.group(1) : null;
    }

    /** Posts the sign-in form as the login form does, with {@code csrf} as its token (none if null). */
    HttpResponse<String> signIn(String user, String password, String csrf, String origin)
            throws IOException, InterruptedException {
        String form = "username=" + encode(user) + "&password=" + encode(password)
                + (csrf == null ? "" : "&_csrf=" + encode(csrf));
        HttpRequest.Builder post = request("/login").header("Content-Type", "application/x-www-form-urlencoded");
        if (origin != null) {
            post.header("Origin", origin);
        }
        return send(post.POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    private static String encode(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
