package org.crdash;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The one way the browser tests start a browser: Debian's Chromium (Playwright may not download its own here).
 * Its path comes from the {@code chromium.path} system property (set by the build from {@code CHROMIUM_PATH}),
 * then the {@code CHROMIUM_PATH} environment variable, then {@code /usr/bin/chromium}. A missing browser is one
 * actionable line, never a Playwright stack trace, and never a silent skip.
 */
public final class Chromium {

    static final String DEFAULT_PATH = "/usr/bin/chromium";

    /** Flags that keep Chromium quiet on a machine with a closed network (no background connections). */
    static final List<String> ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync");

    private Chromium() {
    }

    /** The Chromium binary to use, or an {@link IllegalStateException} that says how to get one. */
    public static Path executable() {
        String configured = System.getProperty("chromium.path");
        if (configured == null || configured.isBlank()) {
            configured = System.getenv("CHROMIUM_PATH");
        }
        Path path = Path.of(configured == null || configured.isBlank() ? DEFAULT_PATH : configured);
        if (!Files.isExecutable(path)) {
            throw new IllegalStateException(missingMessage(path));
        }
        return path;
    }

    static String missingMessage(Path path) {
        return "Chromium not found at " + path + ": the browser tests (*IT) need it. On Debian/Ubuntu run "
                + "'apt-get install chromium'; elsewhere set CHROMIUM_PATH to a Chromium or Chrome binary (macOS: "
                + "CHROMIUM_PATH='/Applications/Google Chrome.app/Contents/MacOS/Google Chrome').";
    }

    /** A headless Chromium driven by {@code playwright}. */
    public static Browser launch(Playwright playwright) {
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(executable())
                .setHeadless(true)
                .setArgs(ARGS));
    }

    /** A Playwright driver that never tries to download browsers. */
    public static Playwright playwright() {
        executable(); // fail with the actionable line before Playwright starts its driver
        return Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }
}
