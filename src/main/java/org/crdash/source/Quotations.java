package org.crdash.source;

import java.util.List;

/**
 * A feature whose rows quote passages of sources (observations, events). The source module knows only this
 * interface, so the reader can highlight every quoted passage without depending on the features that quote:
 * they depend on sources, never the other way round.
 */
public interface Quotations {

    /** One row's passage: its item id (e.g. {@code o12}), offsets, and the link a click on it follows. */
    record Quotation(String itemId, int start, int end, String href) {
    }

    /** The live rows quoting this source, by passage start. */
    List<Quotation> ofSource(long sourceId);

    /** How many rows {@code count} is, in words: "3 observations". */
    String describe(int count);
}
