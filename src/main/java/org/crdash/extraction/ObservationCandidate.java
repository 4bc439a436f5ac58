package org.crdash.extraction;

import java.math.BigDecimal;
import java.util.Objects;
import org.crdash.series.Qualifier;

/**
 * A proposed observation: a number the source states, read with its unit, qualifier and period, the
 * sentence it is stated in as the passage, and the series it most likely belongs to. A reviewer accepts
 * (through the observation form's rules), edits or rejects it.
 *
 * @param numberStart   where the number itself is written (Java {@code String} index, see {@link org.crdash.source.TextOffsets})
 * @param numberEnd     offset after the number's last character
 * @param numberText    the number as written, "$244.8 billion"
 * @param value         the value in {@code unit}, declines negative
 * @param unit          a code of the {@code unit} table; "count" where the text names no unit
 * @param period        a period label ("2024", "2022/2023", "2024-03")
 * @param seriesKey     the existing series it most likely belongs to, or null
 * @param newSeries     a proposed new series where no existing one fits, else null
 * @param passageStart  start of the passage (the number's sentence)
 * @param passage       the sentence, verbatim
 * @param note          how each field was read, for the observation's note
 */
public record ObservationCandidate(int numberStart, int numberEnd, String numberText, BigDecimal value, String unit,
                                   Qualifier qualifier, NumberMention.Kind kind, String period, String seriesKey,
                                   NewSeries newSeries, int passageStart, String passage, String note) {

    /** A series the extractor proposes to create, for a number no existing series fits. */
    public record NewSeries(String key, String name, String unit, String category) {
    }

    public ObservationCandidate {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(qualifier, "qualifier");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(passage, "passage");
        if ((seriesKey == null) == (newSeries == null)) {
            throw new IllegalArgumentException("a candidate names either an existing series or a new one");
        }
        if (numberStart < passageStart || numberEnd > passageStart + passage.length()) {
            throw new IllegalArgumentException("the number lies outside its passage");
        }
    }

    public int passageEnd() {
        return passageStart + passage.length();
    }

    /** The series it would be added to: the existing one, or the proposed one's key. */
    public String targetSeriesKey() {
        return seriesKey != null ? seriesKey : newSeries.key();
    }
}
