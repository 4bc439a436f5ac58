package org.crdash.source;

/**
 * The one conversion between stored passage offsets (database, API, CSV) and Java {@code String} indices. Stored
 * offsets are UTF-16 indices today, so both directions are the identity; when offsets become Unicode code points
 * (issue 19), these two methods are what changes ({@code text.offsetByCodePoints(0, offset)} and
 * {@code text.codePointCount(0, index)}), and the renderer, reader and passage picker follow.
 */
public final class TextOffsets {

    private TextOffsets() {
    }

    /** The {@code String} index of a stored offset into {@code text}. */
    public static int index(String text, int offset) {
        return offset;
    }

    /** The stored offset of a {@code String} index into {@code text}. */
    public static int offset(String text, int index) {
        return index;
    }
}
