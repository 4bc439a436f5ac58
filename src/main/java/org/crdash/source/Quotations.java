package org.crdash.source;

import java.util.List;
import org.crdash.base.write.Dependents;
import java.util.Objects;

/**
 * A feature whose rows quote passages of sources (observations, events). The source module knows only this
 * interface, so the reader can highlight every quoted passage without depending on the features that quote:
 * they depend on sources, never the other way round.
 */
public interface Quotations extends Dependents {

    /**
     * One row's passage: its item id (e.g. {@code o12}), offsets, the link that opens the row in its own view,
     * and what the reader's hover card says about it.
     *
     * @param kind  how the reader marks it
     * @param label what the row is about ("Bilateral trade · 2024", "4 February 2022 · summit")
     * @param value what it says ("$245 bn", the event's title)
     */
    record Quotation(String itemId, int start, int end, String href, Highlight.Kind kind, String label,
                     String value) {
        public Quotation {
            Objects.requireNonNull(itemId);
            Objects.requireNonNull(kind);
            Objects.requireNonNull(label);
            Objects.requireNonNull(value);
        }
    }

    /** The live rows quoting this source, by passage start. */
    List<Quotation> ofSource(long sourceId);

    /** The live rows quoting source {@code sourceId}. */
    @Override
    default int count(long sourceId) {
        return ofSource(sourceId).size();
    }

    /**
     * Soft-deletes every live row quoting source {@code sourceId}, each through the one write path (audited), for
     * deleting a source together with what quotes it; runs in the caller's transaction.
     */
    @Override
    void deleteAll(long sourceId, String actor);
}
