package org.crdash.source;

import java.util.Objects;

/**
 * A passage with a few sentences of its article around it, for showing it highlighted in context. The offsets are
 * stored offsets (code points, see {@link TextOffsets}).
 *
 * @param before text before the passage (starting at a sentence boundary), possibly empty
 * @param after  text after the passage (ending at a sentence boundary), possibly empty
 */
public record PassageContext(String before, String passage, String after, int passageStart, int passageEnd,
                             boolean truncatedBefore, boolean truncatedAfter) {

    public PassageContext {
        Objects.requireNonNull(before);
        Objects.requireNonNull(passage);
        Objects.requireNonNull(after);
        if (passageEnd - passageStart != TextOffsets.length(passage)) {
            throw new IllegalArgumentException("offsets do not match the passage length");
        }
    }

    /** The stored offset where the window (before, passage, after) starts. */
    public int from() {
        return passageStart - TextOffsets.length(before);
    }

    /** The stored offset where the window ends. */
    public int to() {
        return passageEnd + TextOffsets.length(after);
    }

    /**
     * Cuts {@code sentences} sentences before and after the passage at stored offsets [storedStart, storedEnd) out
     * of {@code text}.
     *
     * @throws IllegalArgumentException if the offsets are outside the text
     */
    public static PassageContext around(String text, int storedStart, int storedEnd, int sentences) {
        int length = TextOffsets.length(text);
        if (storedStart < 0 || storedEnd > length || storedEnd <= storedStart) {
            throw new IllegalArgumentException("offsets " + storedStart + ".." + storedEnd + " are outside the text ("
                    + length + " characters)");
        }
        int start = TextOffsets.index(text, storedStart);
        int end = TextOffsets.index(text, storedEnd);
        int from = start;
        for (int i = 0; i < sentences && from > 0; i++) {
            from = previousSentenceStart(text, from);
        }
        int to = end;
        for (int i = 0; i < sentences && to < text.length(); i++) {
            to = nextSentenceEnd(text, to);
        }
        return new PassageContext(text.substring(from, start), text.substring(start, end), text.substring(end, to),
                storedStart, storedEnd, from > 0, to < text.length());
    }

    /** Start of the sentence before the one that starts at or contains {@code pos}. */
    private static int previousSentenceStart(String text, int pos) {
        int i = pos - 1;
        // skip whitespace and the terminator of the previous sentence
        while (i > 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        while (i > 0) {
            char c = text.charAt(i - 1);
            if ((c == '.' || c == '!' || c == '?' || c == '\n') && Character.isWhitespace(text.charAt(i))) {
                break;
            }
            i--;
        }
        while (i < pos && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return Math.max(0, i);
    }

    /** End (exclusive) of the sentence that follows {@code pos}. */
    private static int nextSentenceEnd(String text, int pos) {
        int i = pos;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        while (i < text.length()) {
            char c = text.charAt(i);
            i++;
            if (c == '\n') {
                break;
            }
            if ((c == '.' || c == '!' || c == '?') && (i == text.length() || Character.isWhitespace(text.charAt(i)))) {
                break;
            }
        }
        return i;
    }
}
