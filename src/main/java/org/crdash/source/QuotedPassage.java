package org.crdash.source;

import java.util.Objects;

/** A passage found verbatim in a source at stored offsets: {@code TextOffsets.slice(text, start, end).equals(passage)}. */
public record QuotedPassage(Source source, String passage, int start, int end) {

    public QuotedPassage {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(passage, "passage");
        if (start < 0 || end - start != TextOffsets.length(passage) || passage.isEmpty()) {
            throw new IllegalArgumentException("offsets " + start + ".." + end + " do not fit the passage");
        }
    }
}
