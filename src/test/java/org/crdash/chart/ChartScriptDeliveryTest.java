package org.crdash.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * How ECharts reaches a chart page: compressed (once, then kept) and cached for a year; an uncompressed copy for a
 * client that does not take gzip; CSV downloads stay uncompressed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ChartScriptDeliveryTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void echartsIsCachedForAYearAndSentCompressed() throws Exception {
        HttpResponse<InputStream> r = get("/" + EChart.ECHARTS);

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Cache-Control")).hasValue("max-age=31536000, public, immutable");
        assertThat(r.headers().firstValue("Content-Encoding")).hasValue("gzip");
        byte[] original;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/resources/" + EChart.ECHARTS)) {
            original = in.readAllBytes();
        }
        try (InputStream in = new GZIPInputStream(r.body())) {
            assertThat(in.readAllBytes()).isEqualTo(original);
        }
        assertThat(r.headers().firstValue("Content-Type")).hasValue("text/javascript");
        // the security headers are still there
        assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        // the second download is the same bytes (kept), and without gzip the original
        try (InputStream in = new GZIPInputStream(get("/" + EChart.ECHARTS).body())) {
            assertThat(in.readAllBytes()).isEqualTo(original);
        }
        HttpResponse<byte[]> plain = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"
                + EChart.ECHARTS)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(plain.body()).isEqualTo(original);
    }

    @Test
    void csvDownloadsAreNotCompressed() throws Exception {
        HttpResponse<InputStream> r = get("/api/export/observations.csv");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Encoding")).isEmpty();
        r.body().close();
    }

    private HttpResponse<InputStream> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofInputStream());
    }
}
