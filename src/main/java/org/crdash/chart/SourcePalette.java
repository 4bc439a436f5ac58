package org.crdash.chart;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crdash.source.Source;

/**
 * One colour and one marker shape per source article, stable across charts (Okabe–Ito colours, distinguishable
 * with colour-blindness; the shape tells sources apart where colour does not), and a short legend label.
 */
public final class SourcePalette {

    private static final List<String> COLORS = List.of("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00",
            "#56B4E9", "#000000", "#999999", "#7B3294", "#1B7837");

    /** Marker shapes as SVG paths in a 10×10 box: ECharts draws them as {@code path://…}, the legend as SVG. */
    static final List<String> SHAPES = List.of(
            "M5 0A5 5 0 1 1 5 10A5 5 0 1 1 5 0Z",                       // circle
            "M1 1H9V9H1Z",                                               // square
            "M5 0L10 9H0Z",                                              // triangle
            "M5 0L10 5L5 10L0 5Z",                                       // diamond
            "M0 1L10 1L5 10Z",                                           // triangle pointing down
            "M3.5 0H6.5V3.5H10V6.5H6.5V10H3.5V6.5H0V3.5H3.5Z",           // plus
            "M5 0L6.2 3.6H10L7 5.9L8.1 9.6L5 7.4L1.9 9.6L3 5.9L0 3.6H3.8Z", // star
            "M2.5 0H7.5L10 5L7.5 10H2.5L0 5Z");                          // hexagon
    private static final List<String> SHAPE_NAMES = List.of("circle", "square", "triangle", "diamond",
            "down triangle", "plus", "star", "hexagon");

    private final Map<Long, Integer> index;
    private final Map<Long, String> labels;
    /** One colour for every source (a series of a compared chart), or null for one colour per source. */
    private final String tint;

    /** @param sources all sources, in a stable order (by key) */
    public SourcePalette(List<Source> sources) {
        this(new HashMap<>(), new HashMap<>(), null);
        for (int i = 0; i < sources.size(); i++) {
            Source s = sources.get(i);
            index.put(s.id(), i);
            labels.put(s.id(), label(s));
        }
    }

    private SourcePalette(Map<Long, Integer> index, Map<Long, String> labels, String tint) {
        this.index = index;
        this.labels = labels;
        this.tint = tint;
    }

    /**
     * The same shapes and labels with one colour for all sources: on a chart comparing series the colour tells
     * the series apart and the shape the source.
     */
    public SourcePalette tinted(String color) {
        return new SourcePalette(index, labels, color);
    }

    public String color(long sourceId) {
        if (tint != null) {
            return tint;
        }
        Integer i = index.get(sourceId);
        return i == null ? "#555555" : COLORS.get(i % COLORS.size());
    }

    /** The marker's SVG path (10×10 box). */
    public String shape(long sourceId) {
        Integer i = index.get(sourceId);
        return SHAPES.get(i == null ? 0 : i % SHAPES.size());
    }

    /** What the shape is called, for screen readers ("square"). */
    public String shapeName(long sourceId) {
        Integer i = index.get(sourceId);
        return SHAPE_NAMES.get(i == null ? 0 : i % SHAPE_NAMES.size());
    }

    /** The marker as ECharts names a symbol. */
    public String symbol(long sourceId) {
        return "path://" + shape(sourceId);
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
