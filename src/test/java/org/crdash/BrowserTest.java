package org.crdash;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The base of the real-browser tests ({@code *IT}): the whole app on a random port (profile "test"), one Debian
 * {@link Chromium} per test class, pages in their own context (own cookies, given window size) that are closed
 * after each test, and screenshots in {@code target/screenshots/}.
 *
 * <pre>{@code
 * class MyIT extends BrowserTest {
 *     @Test
 *     void looksRight() {
 *         for (int[] size : SIZES) {
 *             Page page = navigate(size, "/");
 *             screenshot(page, "my-" + size[0] + ".png");
 *         }
 *     }
 * }
 * }</pre>
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class BrowserTest {

    /** {width, height} of the desktop (1400×900) and the phone (390×844) the UI is checked at. */
    public static final int[] DESKTOP = Browsers.DESKTOP;
    public static final int[] PHONE = Browsers.PHONE;
    /** Desktop, then phone. */
    public static final List<int[]> SIZES = List.of(DESKTOP, PHONE);

    /** Where the screenshots land: {@code target/screenshots/}. */
    public static final java.nio.file.Path SCREENSHOTS = Browsers.SCREENSHOTS;

    /** The seeded editor account of the "test" profile. */
    public static final String EDITOR = "editor";
    static final String EDITOR_PASSWORD = "editor-test-password-1";

    private static Browsers browsers;

    @LocalServerPort
    protected int port;

    private final List<BrowserContext> contexts = new ArrayList<>();

    @BeforeAll
    static void startBrowser() throws java.io.IOException {
        browsers = Browsers.launch();
    }

    @AfterAll
    static void stopBrowser() {
        if (browsers != null) {
            browsers.close();
            browsers = null;
        }
    }

    @AfterEach
    void closePages() {
        contexts.forEach(BrowserContext::close);
        contexts.clear();
    }

    /** The app's address of {@code path} (which starts with "/"). */
    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** A blank page of the given {width, height} in a new context; closed after the test (or by the test). */
    protected Page page(int[] size) {
        Page page = browsers.page(size);
        contexts.add(page.context());
        return page;
    }

    /** A new page of the given size on the app's {@code path}. */
    protected Page navigate(int[] size, String path) {
        Page page = page(size);
        page.navigate(url(path));
        return page;
    }

    /**
     * A new page of the given size on {@code path}, a page for editors: it asks to sign in, the editor signs in and
     * is taken back to {@code path}.
     */
    protected Page signedIn(int[] size, String path) {
        Page page = navigate(size, path);
        page.waitForURL("**/login");
        signIn(page);
        assertThat(page.url()).contains(path);
        page.waitForLoadState(LoadState.NETWORKIDLE);
        return page;
    }

    /** Fills the sign-in form shown on {@code page} with the editor's account and waits until it has left it. */
    protected static void signIn(Page page) {
        page.locator("vaadin-login-form input[name='username']").fill(EDITOR);
        page.locator("vaadin-login-form input[name='password']").fill(EDITOR_PASSWORD);
        page.locator("vaadin-login-form input[name='password']").press("Enter");
        page.waitForURL(url -> !url.contains("/login"), new Page.WaitForURLOptions().setTimeout(15_000));
    }

    /** The viewport as it is, to {@code target/screenshots/name}. */
    protected static void screenshot(Page page, String name) {
        Browsers.screenshot(page, name);
    }

    /** The whole page, scrolled out, to {@code target/screenshots/name}. */
    protected static void fullScreenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SCREENSHOTS.resolve(name)));
    }

    /** The browser of this class, for a context with other options (e.g. a higher pixel ratio for close-ups). */
    protected static com.microsoft.playwright.Browser browser() {
        return browsers.browser();
    }
}
