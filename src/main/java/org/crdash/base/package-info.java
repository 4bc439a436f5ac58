/**
 * The floor every feature stands on: shared value types, the one versioned write path ({@code write}), the API
 * edge ({@code api}), security and the UI scaffold ({@code ui}). It knows no feature. An open module, so the
 * features may use its sub-packages; ModularityTests still checks that it imports no feature.
 */
@NullMarked
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.crdash.base;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
