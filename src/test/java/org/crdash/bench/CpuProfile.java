package org.crdash.bench;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The main thread's CPU time of one page load by script, from Chromium's sampling profiler (DevTools protocol
 * {@code Profiler}): self time of the functions of each script URL, plus the browser's own work (layout, style,
 * paint, garbage collection: "(program)", "(garbage collector)") — to see whether a page waits for ECharts, for
 * Vaadin's client or for the browser.
 */
final class CpuProfile {

    private final CDPSession cdp;

    /** Starts sampling (every 100 µs) on this page; navigate afterwards. */
    CpuProfile(Page page) {
        cdp = page.context().newCDPSession(page);
        cdp.send("Profiler.enable");
        JsonObject interval = new JsonObject();
        interval.addProperty("interval", 100);
        cdp.send("Profiler.setSamplingInterval", interval);
        cdp.send("Profiler.start");
    }

    /** Stops and sums the self time by script, largest first, as a Markdown line. */
    String stop() {
        JsonObject profile = cdp.send("Profiler.stop").getAsJsonObject("profile");
        Map<Integer, String> urlOfNode = new HashMap<>();
        for (JsonElement n : profile.getAsJsonArray("nodes")) {
            JsonObject frame = n.getAsJsonObject().getAsJsonObject("callFrame");
            String url = frame.get("url").getAsString();
            String name = url.isEmpty() ? frame.get("functionName").getAsString() : url.replaceAll("^https?://[^/]+", "")
                    .replaceAll("\\?.*", "");
            urlOfNode.put(n.getAsJsonObject().get("id").getAsInt(), name.isEmpty() ? "(anonymous)" : name);
        }
        JsonArray samples = profile.getAsJsonArray("samples");
        JsonArray deltas = profile.getAsJsonArray("timeDeltas");
        Map<String, Double> micros = new HashMap<>();
        for (int i = 0; i < samples.size(); i++) {
            double delta = i + 1 < deltas.size() ? deltas.get(i + 1).getAsDouble() : 0;
            micros.merge(urlOfNode.get(samples.get(i).getAsInt()), delta, Double::sum);
        }
        micros.remove("(idle)");
        List<Map.Entry<String, Double>> top = micros.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(10).toList();
        double total = micros.values().stream().mapToDouble(Double::doubleValue).sum();
        return String.format(Locale.ROOT, "Main-thread CPU of that load (sampling profiler, idle left out): %.0f ms; "
                + "by script: ", total / 1000) + top.stream().map(e -> String.format(Locale.ROOT, "`%s` %.0f ms",
                e.getKey(), e.getValue() / 1000)).collect(Collectors.joining(", ")) + ".";
    }
}
