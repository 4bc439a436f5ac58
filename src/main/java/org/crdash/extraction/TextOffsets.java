package org.crdash.extraction;

/**
 * Offsets in this package are Java {@code String} indices (UTF-16 code units), what the segmenters work in. Stored
 * passage offsets (database, API, CSV) count Unicode code points — {@code org.crdash.source.TextOffsets} is their
 * conversion, and these two methods give the same numbers for anything found here that is to be stored.
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
