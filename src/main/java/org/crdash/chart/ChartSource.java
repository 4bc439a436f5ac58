package org.crdash.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.crdash.source.Source;

/**
 * A source as a chart's legend and source line show it.
 *
 * @param label     short name for the legend ("Bobo Lo")
 * @param shape     its marker as an SVG path in a 10×10 box (the same shape the chart draws)
 * @param shapeName what the shape is called ("square"), for screen readers
 * @param citation  author, publisher and date as the source states them ("Bobo Lo, NEST Centre, July 2025")
 * @param count     how many of the chart's values it states
 */
public record ChartSource(long sourceId, String sourceKey, String label, String color, String shape,
                          String shapeName, String citation, int count) {

    public ChartSource {
        Objects.requireNonNull(label);
        Objects.requireNonNull(color);
        Objects.requireNonNull(shape);
        Objects.requireNonNull(citation);
        if (count < 0) {
            throw new IllegalArgumentException("a source cannot state " + count + " values");
        }
    }

    static ChartSource of(Source s, SourcePalette palette, int count) {
        return new ChartSource(s.id(), s.sourceKey(), palette.label(s.id()), palette.color(s.id()),
                palette.shape(s.id()), palette.shapeName(s.id()), citation(s), count);
    }

    /** What the source states of itself, never guessed: author (else the title in quotes), publisher, date. */
    static String citation(Source s) {
        List<String> parts = new ArrayList<>();
        parts.add(s.author() != null && !s.author().isBlank() ? s.author().strip() : "“" + s.title().strip() + "”");
        if (s.publisher() != null && !s.publisher().isBlank()) {
            parts.add(s.publisher().strip());
        }
        // the date at its stated precision; a date the source does not state is left out, not described
        String date = s.publishedPrecision().format(s.publishedStart());
        if (!date.isEmpty()) {
            parts.add(date);
        }
        return String.join(", ", parts);
    }
}
