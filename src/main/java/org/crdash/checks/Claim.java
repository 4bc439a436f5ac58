package org.crdash.checks;

import java.math.BigDecimal;
import java.util.Objects;
import org.crdash.base.Period;
import org.crdash.series.Observation;
import org.crdash.series.Qualifier;
import org.crdash.series.Series;
import org.crdash.series.ValueFormat;

/** A live observation as the checks see it: its value with the series' unit and its source's passage. */
public record Claim(long observationId, String seriesKey, String seriesName, String unit, Period period,
                    BigDecimal value, Qualifier qualifier, String sourceKey, String passage, int passageStart,
                    int passageEnd) {

    public Claim {
        Objects.requireNonNull(seriesKey, "seriesKey");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(qualifier, "qualifier");
        Objects.requireNonNull(sourceKey, "sourceKey");
        Objects.requireNonNull(passage, "passage");
    }

    public static Claim of(Observation o, Series s) {
        return new Claim(o.id(), s.key(), s.name(), s.unit(), o.period(), o.value(), o.qualifier(), o.sourceKey(),
                o.passage(), o.passageStart(), o.passageEnd());
    }

    /** The value as a reader sees it: "$244.8 bn", "more than 200 years". */
    public String shown() {
        return ValueFormat.qualified(value, unit, qualifier);
    }

    /** The short source name of findings: the seed articles' number ("000") or the whole key. */
    public String sourceLabel() {
        return sourceLabel(sourceKey);
    }

    static String sourceLabel(String sourceKey) {
        return sourceKey.matches("\\d{3}_.*") ? sourceKey.substring(0, 3) : sourceKey;
    }

    /** The range of values this claim allows, given how it is rounded and qualified. */
    public Stated stated() {
        return Stated.of(value, qualifier);
    }
}
