package org.crdash.extraction;

/**
 * Offsets in this package are Java {@code String} indices (UTF-16 code units), the representation the seed
 * loader and the passage columns use. This is the one place that converts them for readers that count
 * Unicode code points (the API, JavaScript's {@code Array.from}).
 */
public final class TextOffsets {

    private TextOffsets() {
    }

    /** The code-point offset of the UTF-16 index {@code index} in {@code text}. */
    public static int toCodePoints(String text, int index) {
        return text.codePointCount(0, index);
    }

    /** The UTF-16 index of the code-point offset {@code codePoints} in {@code text}. */
    public static int fromCodePoints(String text, int codePoints) {
        return text.offsetByCodePoints(0, codePoints);
    }
}
