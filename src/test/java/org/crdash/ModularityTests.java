package org.crdash;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The feature packages under {@code org.crdash} are Spring Modulith application modules: a module may use another
 * only through its top-level package (or a named interface), never its {@code ui}/{@code api}/internal
 * sub-packages, and no two modules may depend on each other in a cycle. Plain test: no Spring context needed.
 */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(Application.class);

    @Test
    void featuresUseEachOtherOnlyThroughTheirPublicPackages() {
        MODULES.verify();
    }
}
