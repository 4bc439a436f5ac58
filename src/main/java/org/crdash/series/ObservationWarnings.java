package org.crdash.series;

import java.util.List;
import java.util.function.Function;
import org.crdash.base.write.SaveWarning;
import org.jspecify.annotations.Nullable;

/**
 * What other features warn an editor of before an observation is saved (the claim checks: the value is not in its
 * passage, it conflicts with other sources, it duplicates one): warnings to confirm ("save anyway"), not errors.
 * Implement it as a Spring bean; none is needed.
 */
public interface ObservationWarnings {

    /** The warnings for saving {@code input} as observation {@code id} (null: a new one); empty when none. */
    List<SaveWarning> warnings(ObservationInput input, @Nullable Long id);

    /**
     * The warnings for many new observations in a row (an import), each as {@link #warnings} with no id; it may
     * read what it compares with once.
     */
    default Function<ObservationInput, List<SaveWarning>> forNew() {
        return input -> warnings(input, null);
    }
}
