package org.crdash.chart;

import java.util.List;
import java.util.Objects;
import org.crdash.base.AuditEntry;
import org.crdash.base.Origin;
import org.crdash.source.PassageContext;
import org.crdash.source.Source;

/**
 * Everything the passage panel shows about one chart item: what it says, where it is from, and the passage
 * in its surrounding text.
 *
 * @param itemId    "o123" (observation) or "e45" (event)
 * @param heading   the value as read ("≈ $245 bn") or the event title
 * @param subject   the series name, or the event category
 * @param when      the period or date as read ("2024", "2022 → 2023", "late 1990s")
 * @param details   label/value pairs (qualifier, precision, note, ...)
 * @param alsoStated other sources' values for the same series and period
 * @param history    the item's audit trail, oldest first
 * @param contextHtml the context as its article renders it (no markup characters such as {@code *} or
 *                    {@code <sup>}), the passage marked {@code mark.hl-passage}: safe inline HTML
 * @param notes       what other features say about the item ({@link ChartAnnotations#notes})
 */
public record Provenance(String itemId, String heading, String subject, String when, List<Detail> details,
                         Source source, String sourceColor, PassageContext context, Origin origin,
                         List<AlsoStated> alsoStated, String seriesKey, List<AuditEntry> history,
                         String contextHtml, List<ChartAnnotations.Note> notes) {

    public Provenance {
        Objects.requireNonNull(itemId);
        Objects.requireNonNull(heading);
        Objects.requireNonNull(source);
        Objects.requireNonNull(context);
        details = List.copyOf(details);
        alsoStated = List.copyOf(alsoStated);
        history = List.copyOf(history);
        Objects.requireNonNull(contextHtml);
        notes = List.copyOf(notes);
    }

    public boolean isObservation() {
        return itemId.startsWith("o");
    }

    public record Detail(String label, String value) {
        public Detail {
            Objects.requireNonNull(label);
            Objects.requireNonNull(value);
        }
    }

    /** Another source's value for the same series and period. */
    public record AlsoStated(String itemId, String value, String sourceLabel, String sourceColor) {
        public AlsoStated {
            Objects.requireNonNull(itemId);
        }
    }
}
