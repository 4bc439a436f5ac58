package org.crdash.chart;

import java.util.List;
import java.util.Objects;
import org.crdash.series.Observation;
import org.crdash.series.Series;

/**
 * What another feature adds to the charts without the chart package knowing it: markers drawn at values (e.g. a
 * claim check's finding at the value it is about) and notes the passage panel shows under an item. Implement it
 * as a Spring bean; every bean is asked, none is needed (the default draws and says nothing).
 */
public interface ChartAnnotations {

    /** Markers for the values of {@code series} drawn in a chart (only those values may be marked). */
    default List<Marker> markers(Series series, List<Observation> observations) {
        return List.of();
    }

    /** Notes for the passage panel of an item ("o12" observation, "e7" event). */
    default List<Note> notes(String itemId) {
        return List.of();
    }

    /**
     * A marker above a drawn value.
     *
     * @param observationId the value it marks
     * @param label         a few characters drawn with it ("!", "⚠ 3.3 %")
     * @param color         CSS colour
     * @param tip           its tooltip, plain text
     */
    record Marker(long observationId, String label, String color, String tip) {
        public Marker {
            Objects.requireNonNull(label);
            Objects.requireNonNull(color);
            Objects.requireNonNull(tip);
        }
    }

    /**
     * A note in the passage panel.
     *
     * @param title e.g. "Check: growth does not match the values"
     * @param text  plain text
     * @param link  a path inside the app for more ("checks?item=o12"), or null
     */
    record Note(String title, String text, String link) {
        public Note {
            Objects.requireNonNull(title);
            Objects.requireNonNull(text);
        }
    }
}
