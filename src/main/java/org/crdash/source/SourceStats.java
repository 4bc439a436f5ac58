package org.crdash.source;

/** A source with how many live observations and events quote it. */
public record SourceStats(Source source, long observations, long events, int textLength) {

    public SourceStats {
        if (observations < 0 || events < 0 || textLength < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
    }
}
