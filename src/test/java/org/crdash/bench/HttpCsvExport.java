package org.crdash.bench;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The app's CSV export as a user gets it: {@code GET /api/export/observations.csv}, read as it streams (64 KB
 * at a time, nothing kept). Point it at any running app; the benchmark uses the app it starts in its own JVM.
 */
final class HttpCsvExport implements CsvExportPath {

    private final URI uri;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private String unavailable;

    HttpCsvExport(URI uri) {
        this.uri = uri;
    }

    @Override
    public String name() {
        return "app export GET " + uri.getPath();
    }

    /** Asks for the first bytes: the endpoint must answer 200 with text/csv. */
    @Override
    public boolean available() {
        if (unavailable == null) {
            try {
                HttpResponse<InputStream> r = client.send(HttpRequest.newBuilder(uri).GET().build(),
                        HttpResponse.BodyHandlers.ofInputStream());
                try (InputStream in = r.body()) {
                    String type = r.headers().firstValue("Content-Type").orElse("");
                    unavailable = r.statusCode() == 200 && type.startsWith("text/csv") ? ""
                            : "GET " + uri.getPath() + " answered " + r.statusCode() + " " + type
                                    + " (the export endpoint is not in this build)";
                }
            } catch (Exception e) {
                unavailable = "GET " + uri + " failed: " + e;
            }
        }
        return unavailable.isEmpty();
    }

    @Override
    public String unavailableReason() {
        return available() ? "" : unavailable;
    }

    @Override
    public long export(OutputStream sink) throws Exception {
        HttpResponse<InputStream> r = client.send(HttpRequest.newBuilder(uri).GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("GET " + uri + " answered " + r.statusCode());
        }
        try (InputStream in = r.body()) {
            in.transferTo(sink);
        }
        return -1;
    }
}
