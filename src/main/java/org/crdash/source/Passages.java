package org.crdash.source;

/**
 * Finds a quoted passage verbatim in its source text. Offsets are stored offsets (code points, see
 * {@link TextOffsets}).
 */
public final class Passages {

    private Passages() {
    }

    /**
     * Where {@code passage} starts in {@code text}, as a stored offset.
     *
     * @param hint the expected start offset, or {@code null}; required when the passage occurs more than once
     * @throws PassageNotFoundException saying whether it is missing, ambiguous, or not at the hinted offset
     */
    public static int locate(String text, String passage, Integer hint) {
        if (passage == null || passage.isEmpty()) {
            throw new PassageNotFoundException("the passage is empty");
        }
        int first = text.indexOf(passage);
        if (first < 0) {
            throw new PassageNotFoundException("the passage is not in the source text (it must be quoted verbatim, "
                    + "including quotation marks and dashes)");
        }
        if (hint != null) {
            if (hint < 0 || hint > TextOffsets.length(text)
                    || !text.startsWith(passage, TextOffsets.index(text, hint))) {
                throw new PassageNotFoundException("the passage is not at offset " + hint + " (it occurs at offset "
                        + TextOffsets.offset(text, first) + ")");
            }
            return hint;
        }
        int second = text.indexOf(passage, first + 1);
        if (second >= 0) {
            throw new PassageNotFoundException("the passage occurs more than once (at offsets "
                    + TextOffsets.offset(text, first) + " and " + TextOffsets.offset(text, second)
                    + "); give the start offset of the one you mean");
        }
        return TextOffsets.offset(text, first);
    }

    /**
     * The invariant of every stored quote: a non-empty passage whose offsets span exactly its length in code points.
     *
     * @throws IllegalArgumentException if they do not
     */
    public static void checkOffsets(String passage, int start, int end) {
        int length = passage == null ? 0 : TextOffsets.length(passage);
        if (length == 0 || start < 0 || end - start != length) {
            throw new IllegalArgumentException("passage offsets " + start + ".." + end + " do not fit a passage of "
                    + length + " characters");
        }
    }

    /** The passage could not be tied to one place in the source text. */
    public static class PassageNotFoundException extends IllegalArgumentException {
        public PassageNotFoundException(String message) {
            super(message);
        }
    }
}
