package org.crdash;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.LoadState;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The whole UI under the app's Content-Security-Policy in Chromium: every page, anonymous and signed in, the
 * chart clicked, the reader opened; the browser must report no CSP violation (neither a
 * {@code securitypolicyviolation} event nor a console message). Also shows the policy is enforced, not just
 * reported: an injected inline script does not run.
 */
class CspIT extends BrowserTest {

    private static final String RECORD_VIOLATIONS = "window.__csp = [];"
            + "document.addEventListener('securitypolicyviolation', e => window.__csp.push("
            + "e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sample || '')));";

    private final List<String> problems = new ArrayList<>();

    private Page page() {
        Page page = page(DESKTOP);
        page.addInitScript(RECORD_VIOLATIONS);
        page.onConsoleMessage(m -> {
            if (m.text().contains("Content Security Policy") || m.text().contains("Refused to")) {
                problems.add(page.url() + ": " + m.text());
            }
        });
        return page;
    }

    private void visit(Page page, String path) {
        Response response = page.navigate(url(path));
        assertThat(response.headers().get("content-security-policy")).as(path).contains("script-src 'self' 'nonce-");
        page.waitForLoadState(LoadState.NETWORKIDLE);
        page.waitForSelector("vaadin-app-layout, vaadin-login-form, #swagger-ui");
        page.waitForTimeout(300);
        collect(page);
    }

    private void collect(Page page) {
        @SuppressWarnings("unchecked")
        List<String> seen = (List<String>) page.evaluate("() => window.__csp.splice(0)");
        seen.forEach(v -> problems.add(page.url() + ": " + v));
    }

    @Test
    void everyPageWorksUnderThePolicyWithoutAViolation() {
        Page page = page();
        visit(page, "/");
        String chart = "#chart-china_russia_trade_usd_bn";
        page.waitForSelector(chart + "[data-ready='true']");
        var box = page.querySelector(chart).boundingBox();
        page.mouse().move(box.x + box.width / 2, box.y + box.height / 2);
        page.mouse().click(box.x + box.width / 2, box.y + box.height / 2);
        page.waitForTimeout(500);
        collect(page);
        for (String path : List.of("/events", "/series", "/sources", "/overview",
                "/sources/000_86d270af3dbf64d1.txt", "/swagger-ui/index.html", "/login")) {
            visit(page, path);
        }
        screenshot(page, "csp-login.png");

        signIn(page);
        collect(page);
        for (String path : List.of("/edit/observations", "/edit/events", "/sources/new", "/import", "/deleted")) {
            visit(page, path);
        }
        screenshot(page, "csp-signed-in.png");
        assertThat(problems).as("CSP violations").isEmpty();
    }

    @Test
    void theSignInFormSendsItsCsrfTokenAndSignsIn() {
        Page page = page();
        visit(page, "/login");
        signIn(page);
        assertThat(page.url()).doesNotContain("error");
    }

    @Test
    void anInjectedInlineScriptDoesNotRun() {
        Page page = page();
        visit(page, "/");
        page.evaluate("() => { const s = document.createElement('script'); s.textContent = 'window.__ran = true';"
                + " document.body.appendChild(s);"
                + " const i = document.createElement('img'); i.setAttribute('onerror', 'window.__ran2 = true');"
                + " i.src = 'data:,x'; document.body.appendChild(i); }");
        page.waitForTimeout(300);
        assertThat(page.evaluate("() => window.__ran === true || window.__ran2 === true")).isEqualTo(false);
        @SuppressWarnings("unchecked")
        List<String> seen = (List<String>) page.evaluate("() => window.__csp");
        assertThat(seen).as("the browser reports the refusal").isNotEmpty();
    }
}
