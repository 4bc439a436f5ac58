package org.crdash.series;

import java.util.List;
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
}
