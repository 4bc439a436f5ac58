package org.crdash.checks;

import java.util.List;
import java.util.function.Function;
import org.crdash.base.Decimals;
import org.crdash.base.Period;
import org.crdash.base.write.SaveWarning;
import org.crdash.series.ObservationInput;
import org.crdash.series.ObservationWarnings;
import org.crdash.series.Qualifier;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The claim checks before a save: what {@link CheckService#warnings} finds for the figure as typed (not in its
 * passage, a duplicate, a conflict with other sources). A draft the validator would refuse gets no warnings: its
 * errors come first.
 */
@Component
class CheckWarnings implements ObservationWarnings {

    private final CheckService checks;

    CheckWarnings(CheckService checks) {
        this.checks = checks;
    }

    @Override
    public List<SaveWarning> warnings(ObservationInput in, @Nullable Long id) {
        return warn(checks.warningsForMany(), in, id);
    }

    @Override
    public Function<ObservationInput, List<SaveWarning>> forNew() {
        Function<DraftWarnings.Draft, List<SaveWarning>> many = checks.warningsForMany();
        return in -> warn(many, in, null);
    }

    private static List<SaveWarning> warn(Function<DraftWarnings.Draft, List<SaveWarning>> checks,
                                          ObservationInput in, @Nullable Long id) {
        DraftWarnings.Draft draft;
        try {
            draft = new DraftWarnings.Draft(in.seriesKey(), Period.parse(in.period()), Decimals.parse(in.value()),
                    in.qualifier() == null ? Qualifier.EXACT : Qualifier.ofCode(in.qualifier()), in.sourceKey(),
                    in.passage(), in.passageStart() == null ? 0 : in.passageStart(), id);
        } catch (RuntimeException e) {
            return List.of();
        }
        return checks.apply(draft);
    }
}
