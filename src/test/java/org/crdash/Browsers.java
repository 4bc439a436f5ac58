package org.crdash;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A {@link Chromium} browser for one test class, with a fresh context (own cookies, given window size) per page;
 * screenshots land in {@code target/screenshots/}.
 */
public final class Browsers implements AutoCloseable {

    public static final Path SCREENSHOTS = Path.of("target", "screenshots");
    public static final int[] DESKTOP = {1400, 900};
    public static final int[] PHONE = {390, 844};

    private final Playwright playwright;
    private final Browser browser;

    private Browsers(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    public static Browsers launch() throws java.io.IOException {
        Files.createDirectories(SCREENSHOTS);
        Playwright playwright = Chromium.playwright();
        return new Browsers(playwright, Chromium.launch(playwright));
    }

    /** A page in a new context (its own cookies) of the given {width, height}. */
    public Page page(int[] size) {
        return browser.newContext(new Browser.NewContextOptions().setViewportSize(size[0], size[1])).newPage();
    }

    /** The browser itself, for a context with other options (e.g. a higher pixel ratio for close-ups). */
    public Browser browser() {
        return browser;
    }

    public static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name)));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
