package org.crdash.chart;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crdash.source.Source;

/**
 * One colour per source article, stable across charts (Okabe–Ito colours, distinguishable with colour-blindness),
 * and a short legend label.
 */
public final class SourcePalette {

    private static final List<String> COLORS = List.of("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00",
            "#56B4E9", "#000000", "#999999", "#7B3294", "#1B7837");

    private final Map<Long, String> colors = new HashMap<>();
    private final Map<Long, String> labels = new HashMap<>();

    /** @param sources all sources, in a stable order (by key) */
    public SourcePalette(List<Source> sources) {
        for (int i = 0; i < sources.size(); i++) {
            Source s = sources.get(i);
            colors.put(s.id(), COLORS.get(i % COLORS.size()));
            labels.put(s.id(), label(s));
        }
    }

    public String color(long sourceId) {
        return colors.getOrDefault(sourceId, "#555555");
    }

    public String label(long sourceId) {
        return labels.getOrDefault(sourceId, "source " + sourceId);
    }

    /** "Bobo Lo (NEST Centre)" style: the author's name, else the start of the title. */
    static String label(Source s) {
        String name;
        if (s.author() != null && !s.author().isBlank()) {
            name = s.author().split("[(,]")[0].strip();
        } else {
            String t = s.title();
            name = t.length() <= 32 ? t : t.substring(0, 30).strip() + "…";
        }
        return name;
    }
}
