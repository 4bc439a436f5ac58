package org.crdash.checks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.crdash.base.Period;
import org.crdash.base.write.SaveWarning;
import org.crdash.extraction.NumberMentions;
import org.crdash.series.Qualifier;

/**
 * What an editor should see before saving an observation (form, API, import): the value is not written in its
 * passage, it duplicates one already stored (same series, period and source with the same passage or the same
 * value: the article repeats it), or it conflicts with other sources beyond {@link #CONFLICT_FROM_PCT}.
 * Warnings ({@link SaveWarning}: code not_in_passage, duplicate or conflict), not errors: the editor may "save
 * anyway". Other features call {@link CheckService#warnings}.
 */
public final class DraftWarnings {

    /** A conflict with other sources warns from this relative spread (per cent of the mean) up. */
    public static final BigDecimal CONFLICT_FROM_PCT = Severity.MEDIUM_FROM_PCT;

    /** A value about to be saved; {@code exceptId} is the observation being changed (null for a new one). */
    public record Draft(String seriesKey, Period period, BigDecimal value, Qualifier qualifier, String sourceKey,
                        String passage, int passageStart, Long exceptId) {
        public Draft {
            Objects.requireNonNull(seriesKey, "seriesKey");
            Objects.requireNonNull(period, "period");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(qualifier, "qualifier");
            Objects.requireNonNull(sourceKey, "sourceKey");
            Objects.requireNonNull(passage, "passage");
        }
    }

    private DraftWarnings() {
    }

    static List<SaveWarning> of(Draft d, String seriesName, String unit, CheckData data) {
        Claim draft = new Claim(d.exceptId() == null ? -1 : d.exceptId(), d.seriesKey(), seriesName, unit,
                d.period(), d.value(), d.qualifier(), d.sourceKey(), d.passage(), d.passageStart(),
                d.passageStart() + d.passage().length());
        List<SaveWarning> warnings = new ArrayList<>();
        Finding passage = PassageCheck.check(draft, NumberMentions.find(d.passage()), data.conversions());
        if (passage != null && passage.verdict() == Verdict.CONFLICT) {
            warnings.add(new SaveWarning("not_in_passage", "value", passage.result().replaceFirst("^Conflict: ", "")));
        }
        List<Claim> others = data.at(d.seriesKey(), d.period()).stream()
                .filter(c -> d.exceptId() == null || c.observationId() != d.exceptId()).toList();
        others.stream().filter(c -> c.sourceKey().equals(d.sourceKey()) && (c.passageStart() == d.passageStart()
                        && c.passage().equals(d.passage()) || sameFigure(c, d))).findFirst()
                .ifPresent(twin -> warnings.add(new SaveWarning("duplicate", "passage", "Observation #"
                        + twin.observationId() + " already has this series, period and source" + (twin.passage()
                        .equals(d.passage()) ? " and passage" : " with the same value, quoting \u201c"
                        + twin.passage() + "\u201d") + " (" + twin.shown() + "); saving adds a second one drawn on "
                        + "top of it.")));
        List<Claim> disagreeing = others.stream().filter(c -> !c.sourceKey().equals(d.sourceKey()))
                .filter(c -> !c.stated().overlaps(draft.stated())).filter(c -> {
                    BigDecimal pct = Comparison.of(List.of(c, draft)).spreadPct();
                    return pct == null || pct.compareTo(CONFLICT_FROM_PCT) >= 0;
                }).toList();
        if (!disagreeing.isEmpty()) {
            Comparison c = Comparison.of(concat(disagreeing, draft));
            warnings.add(new SaveWarning("conflict", "value", disagreeing.size() + (disagreeing.size() == 1
                    ? " other source disagrees: " : " other sources disagree: ")
                    + disagreeing.stream().map(Comparison::describe).reduce((a, b) -> a + ", " + b).orElse("")
                    + "; spread " + Numbers.plain(c.spread()) + " " + unit
                    + (c.spreadPct() == null ? "" : " = " + c.spreadPct().toPlainString() + "%") + "."));
        }
        return warnings;
    }

    /** The same value with the same qualifier (another passage of the source repeating it). */
    private static boolean sameFigure(Claim c, Draft d) {
        return c.value().compareTo(d.value()) == 0 && c.qualifier() == d.qualifier();
    }

    private static List<Claim> concat(List<Claim> claims, Claim one) {
        List<Claim> all = new ArrayList<>(claims);
        all.add(one);
        return all;
    }
}
