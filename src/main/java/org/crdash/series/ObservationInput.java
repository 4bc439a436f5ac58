package org.crdash.series;

import org.crdash.base.CsvInput;

/**
 * An observation as entered in a form or an import row, as text, before validation.
 *
 * @param seriesKey    key of an existing series, e.g. {@code china_russia_trade_usd_bn}
 * @param period       the period label: {@code 2024}, {@code 2024-Q1}, {@code 2024-03}, {@code 2024-03-15} or a
 *                     range {@code A/B} of those
 * @param precision    optional: {@code year}, {@code quarter}, {@code month}, {@code day} or {@code range}; when
 *                     given it must agree with the label
 * @param value        the number as written, e.g. {@code 244.8} or {@code 1,234.5}
 * @param unit         optional: when given it must be the series' unit
 * @param qualifier    {@code exact} (default), {@code approx}, {@code almost}, {@code more_than}, {@code less_than}
 * @param sourceKey    key of the source the passage is quoted from
 * @param passage      the verbatim passage
 * @param passageStart optional start offset of the passage in the source text (needed if it occurs twice)
 */
public record ObservationInput(String seriesKey, String period, String precision, String value, String unit,
                               String qualifier, String note, @CsvInput.Column("source_file") String sourceKey,
                               String passage, Integer passageStart) {

    /** The input that reproduces a stored observation, as an edit starts from it. */
    public static ObservationInput of(Observation o, String unit) {
        return new ObservationInput(o.seriesKey(), o.period().label(), o.period().precision().code(),
                org.crdash.base.Decimals.format(o.value()), unit, o.qualifier().code(), o.note(), o.sourceKey(),
                o.passage(), o.passageStart());
    }
}
