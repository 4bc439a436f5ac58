package org.crdash.chart;

import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPOutputStream;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.resource.AbstractResourceResolver;
import org.springframework.web.servlet.resource.HttpResource;
import org.springframework.web.servlet.resource.ResourceResolverChain;

/**
 * Serves a WebJar's scripts and style sheets gzip-compressed to browsers that accept it, compressed once and kept
 * (ECharts: 1 MB → 330 kB), not again for every download as the server's on-the-fly compression would (≈ 40 ms of
 * CPU each, far more on a busy machine). The server leaves an answer that already has a Content-Encoding alone.
 */
final class GzipOnceResolver extends AbstractResourceResolver {

    private final Map<String, byte[]> gzipped = new ConcurrentHashMap<>();

    @Override
    protected Resource resolveResourceInternal(HttpServletRequest request, String requestPath,
                                               List<? extends Resource> locations, ResourceResolverChain chain) {
        Resource resource = chain.resolveResource(request, requestPath, locations);
        if (resource == null || request == null || !compressible(requestPath) || !acceptsGzip(request)) {
            return resource;
        }
        return new Gzipped(gzipped.computeIfAbsent(requestPath, p -> gzip(resource)), resource);
    }

    @Override
    protected String resolveUrlPathInternal(String resourceUrlPath, List<? extends Resource> locations,
                                            ResourceResolverChain chain) {
        return chain.resolveUrlPath(resourceUrlPath, locations);
    }

    private static boolean compressible(String path) {
        return path.endsWith(".js") || path.endsWith(".css");
    }

    private static boolean acceptsGzip(HttpServletRequest request) {
        String accepted = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
        return accepted != null && accepted.toLowerCase(java.util.Locale.ROOT).contains("gzip");
    }

    private static byte[] gzip(Resource resource) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream in = resource.getInputStream(); GZIPOutputStream gz = new GZIPOutputStream(out, 1 << 16)) {
            in.transferTo(gz);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The compressed bytes, named and dated as the original, with the headers that say what they are. */
    private static final class Gzipped extends ByteArrayResource implements HttpResource {
        private final Resource original;

        Gzipped(byte[] bytes, Resource original) {
            super(bytes, "gzip-compressed " + original.getDescription());
            this.original = original;
        }

        @Override
        public String getFilename() {
            return original.getFilename();
        }

        @Override
        public long lastModified() throws IOException {
            return original.lastModified();
        }

        @Override
        public HttpHeaders getResponseHeaders() {
            HttpHeaders headers = new HttpHeaders();
            headers.set(HttpHeaders.CONTENT_ENCODING, "gzip");
            headers.set(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
            return headers;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Gzipped g && g.original.equals(original) && super.equals(other);
        }

        @Override
        public int hashCode() {
            return original.hashCode();
        }
    }
}
