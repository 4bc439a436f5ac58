package org.crdash.reader.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crdash.source.Highlight;
import org.crdash.source.Quotations;
import org.crdash.source.Quotations.Quotation;
import org.crdash.source.ui.ArticleView;

/** Everything quoted from one source (by every feature that quotes), as highlights and hover cards. */
record QuotedItems(List<Highlight> highlights, Map<String, ArticleView.Item> items, List<String> counts) {

    static QuotedItems of(long sourceId, List<Quotations> quoting) {
        List<Highlight> highlights = new ArrayList<>();
        Map<String, ArticleView.Item> items = new LinkedHashMap<>();
        List<String> counts = new ArrayList<>();
        for (Quotations feature : quoting) {
            List<Quotation> quoted = feature.ofSource(sourceId);
            counts.add(feature.describe(quoted.size()));
            for (Quotation q : quoted) {
                highlights.add(new Highlight(q.start(), q.end(), q.itemId(), q.kind()));
                items.put(q.itemId(), new ArticleView.Item(q.kind().name().toLowerCase(java.util.Locale.ROOT),
                        q.label(), q.value()));
            }
        }
        return new QuotedItems(List.copyOf(highlights), Map.copyOf(items), List.copyOf(counts));
    }

    boolean contains(String id) {
        return items.containsKey(id);
    }

    /** "26 observations and 25 events are quoted from this text." */
    String summary() {
        if (items.isEmpty()) {
            return "Nothing is quoted from this text yet.";
        }
        return String.join(" and ", counts) + (items.size() == 1 ? " is" : " are") + " quoted from this text.";
    }
}
