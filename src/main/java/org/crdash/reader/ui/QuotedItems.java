package org.crdash.reader.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.crdash.event.Event;
import org.crdash.series.Observation;
import org.crdash.series.Series;
import org.crdash.series.ValueFormat;
import org.crdash.source.Highlight;
import org.crdash.source.Highlight.Kind;
import org.crdash.source.ui.ArticleView;

/** The observations and events quoted from one source, as highlights and as what their tooltips say. */
record QuotedItems(List<Highlight> highlights, Map<String, ArticleView.Item> items, int observations, int events) {

    static QuotedItems of(List<Observation> observations, List<Event> events, List<Series> series) {
        Map<Long, Series> seriesById = series.stream().collect(Collectors.toMap(Series::id, Function.identity()));
        List<Highlight> highlights = new ArrayList<>();
        Map<String, ArticleView.Item> items = new LinkedHashMap<>();
        for (Observation o : observations) {
            String id = "o" + o.id();
            Series s = seriesById.get(o.seriesId());
            String unit = s == null ? "" : s.unit();
            highlights.add(new Highlight(o.passageStart(), o.passageEnd(), id, Kind.OBSERVATION));
            items.put(id, new ArticleView.Item("observation",
                    (s == null ? o.seriesKey() : s.name()) + " · " + o.period().display(),
                    ValueFormat.qualified(o.value(), unit, o.qualifier())));
        }
        for (Event e : events) {
            String id = "e" + e.id();
            highlights.add(new Highlight(e.passageStart(), e.passageEnd(), id, Kind.EVENT));
            String when = e.date().precision() == org.crdash.base.PeriodPrecision.NONE ? e.dateText()
                    : e.date().display();
            items.put(id, new ArticleView.Item("event", when + " · " + e.category(), e.title()));
        }
        return new QuotedItems(List.copyOf(highlights), Map.copyOf(items), observations.size(), events.size());
    }

    boolean contains(String id) {
        return items.containsKey(id);
    }

    /** "1 observation and 3 events are quoted from this text." */
    String summary() {
        return count(observations, "observation") + " and " + count(events, "event")
                + (observations + events == 1 ? " is" : " are") + " quoted from this text.";
    }

    static String count(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
