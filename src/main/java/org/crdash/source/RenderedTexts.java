package org.crdash.source;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The last few rendered texts, by the SHA-256 of their text: rendering the longest seed takes milliseconds, but
 * a chart's tooltips ask for many passages of the same few texts.
 */
final class RenderedTexts {

    private static final int CAPACITY = 16;

    private final Map<String, RenderedText> byHash = new LinkedHashMap<>(CAPACITY, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, RenderedText> eldest) {
            return size() > CAPACITY;
        }
    };

    synchronized RenderedText get(String sha256, Supplier<RenderedText> render) {
        RenderedText cached = byHash.get(sha256);
        if (cached == null) {
            cached = render.get();
            byHash.put(sha256, cached);
        }
        return cached;
    }
}
