package org.crdash.event;

import java.util.List;
import org.crdash.base.write.SaveWarning;
import org.jspecify.annotations.Nullable;

/**
 * What other features warn an editor of before an event is saved (the claim checks: another source dates the same
 * event differently): warnings to confirm ("save anyway"), not errors. Implement it as a Spring bean; none is needed.
 */
public interface EventWarnings {

    /** The warnings for saving the validated {@code draft} as event {@code id} (null: a new one); empty when none. */
    List<SaveWarning> warnings(EventValidator.EventDraft draft, @Nullable Long id);
}
