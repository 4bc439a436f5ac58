package org.crdash.source;

/**
 * The one conversion between stored passage offsets and Java {@code String} indices. Stored offsets (database, API,
 * CSV, {@code ?at=} links) count Unicode code points, as PostgreSQL's {@code char_length}/{@code substr}, Python's
 * {@code str} and the W3C Web Annotation {@code TextPositionSelector} do; a Java {@code String} counts UTF-16 code
 * units, so a character outside the Basic Multilingual Plane (an emoji, 𝑥, a CJK Extension B name) is one offset
 * but two indices. For texts without such characters both are the same number.
 */
public final class TextOffsets {

    private TextOffsets() {
    }

    /**
     * The {@code String} index of a stored offset into {@code text}.
     *
     * @throws IndexOutOfBoundsException if {@code offset} is negative or beyond the end of the text
     */
    public static int index(String text, int offset) {
        return text.offsetByCodePoints(0, offset);
    }

    /** The stored offset of a {@code String} index into {@code text} (an index inside a pair counts its start). */
    public static int offset(String text, int index) {
        return text.codePointCount(0, index);
    }

    /** The length of {@code s} in stored offsets. */
    public static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    /** {@code text} between two stored offsets. */
    public static String slice(String text, int start, int end) {
        int from = index(text, start);
        return text.substring(from, text.offsetByCodePoints(from, end - start));
    }
}
