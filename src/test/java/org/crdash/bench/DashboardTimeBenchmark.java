package org.crdash.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.crdash.Browsers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Time from navigation to a drawn chart on the dashboard, in Chromium ({@code ./mvnw -Pbench verify
 * -Dit.test=DashboardTimeBenchmark}): the app in this JVM with the seed data, a 1400×900 window; cold (a new browser
 * context: no cache, no session) and warm (the same context loading the page again), alternating, median of
 * {@code bench.dashboardRuns}. "Drawn" is the trade chart's {@code data-ready} (set after ECharts rendered its option).
 * {@code DOMContentLoaded} of the same loads is the yardstick. Writes its section of bench/RESULTS.md.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "app.rate-limit.enabled=false")
@ActiveProfiles("test")
class DashboardTimeBenchmark {

    static final int RUNS = Integer.getInteger("bench.dashboardRuns", 7);
    static final Path RESULTS = Path.of(System.getProperty("bench.results", "bench/RESULTS.md"));
    static final String CHART = "#chart-china_russia_trade_usd_bn[data-ready='true']";

    @LocalServerPort
    int port;

    @Test
    void dashboardDrawsItsChart() throws Exception {
        String loadBefore = ResultsSection.loadAverage();
        List<double[]> cold = new ArrayList<>();
        List<double[]> warm = new ArrayList<>();
        try (Browsers browsers = Browsers.launch()) {
            Browser browser = browsers.browser();
            load(browser.newContext(size()).newPage()); // the server's first request of the page is not measured
            for (int run = 0; run < RUNS; run++) {
                BrowserContext context = browser.newContext(size());
                Page page = context.newPage();
                cold.add(load(page));
                warm.add(load(page));
                context.close();
            }
        }
        String md = String.format(Locale.ROOT, """
                ## Dashboard time to a drawn chart (`DashboardTimeBenchmark`)

                `./mvnw -Pbench verify -Dit.test=DashboardTimeBenchmark` on %s, load average %s at start, %s at end \
                (2 cores, shared). Chromium (headless, Playwright) and the app in the benchmark's JVM over loopback, \
                seed data, 1400×900; from navigation start to the trade chart's `data-ready` (ECharts has drawn it); \
                cold = new browser context, warm = the same page loaded again; alternating, median of %d.

                | load | DOMContentLoaded | chart drawn | target |
                |---|---|---|---|
                | cold | %.0f ms | **%.0f ms** | ≤ 1,500 ms %s |
                | warm | %.0f ms | **%.0f ms** | ≤ 1,500 ms %s |
                """, Instant.now(), loadBefore, ResultsSection.loadAverage(), RUNS,
                median(cold, 0), median(cold, 1), median(cold, 1) <= 1500 ? "✅" : "❌",
                median(warm, 0), median(warm, 1), median(warm, 1) <= 1500 ? "✅" : "❌");
        ResultsSection.write(RESULTS, "dashboard-time", md);
        System.out.println(md);
    }

    private static Browser.NewContextOptions size() {
        return new Browser.NewContextOptions().setViewportSize(Browsers.DESKTOP[0], Browsers.DESKTOP[1]);
    }

    /** {DOMContentLoaded, chart drawn} in ms after navigation start. */
    private double[] load(Page page) {
        page.navigate("http://localhost:" + port + "/");
        page.waitForSelector(CHART, new Page.WaitForSelectorOptions().setTimeout(60_000));
        double drawn = ((Number) page.evaluate("performance.now()")).doubleValue();
        double dom = ((Number) page.evaluate("performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd"))
                .doubleValue();
        return new double[] {dom, drawn};
    }

    private static double median(List<double[]> runs, int i) {
        List<Double> v = runs.stream().map(r -> r[i]).sorted().toList();
        return v.get(v.size() / 2);
    }
}
