package org.crdash;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Several application contexts live in one test JVM, and each (through Vaadin's security configuration)
 * installs its own global {@link SecurityContextHolderStrategy}. Before every test this points the global holder
 * back at the strategy of the test's own context, so code that reads {@code SecurityContextHolder} sees the same
 * user as method security and {@code @WithMockUser}; and it makes that user and the fixtures' authors accounts
 * ({@link TestAccounts}).
 */
public class SecurityContextStrategyListener implements TestExecutionListener {

    @Override
    public void beforeTestMethod(TestContext testContext) {
        if (testContext.hasApplicationContext()) {
            testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                    .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
            TestAccounts.use(testContext.getApplicationContext());
            TestAccounts.signedIn();
        }
    }

    /** {@code @WithMockUser}'s user is in place by now, whichever listener ran first. */
    @Override
    public void beforeTestExecution(TestContext testContext) {
        if (testContext.hasApplicationContext()) {
            TestAccounts.signedIn();
        }
    }

    @Override
    public void prepareTestInstance(TestContext testContext) {
        beforeTestMethod(testContext);
    }
}
