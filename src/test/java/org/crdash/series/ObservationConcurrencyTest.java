package org.crdash.series;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.crdash.IntegrationTest;
import org.crdash.TestAccounts;
import org.crdash.base.AuditEntry;
import org.crdash.base.AuditLog;
import org.crdash.base.ConflictException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Two editors load the same figure and both save, really at the same time (committed transactions, two
 * threads): exactly one wins, the other is told who changed it, and the audit log shows one update.
 */
@IntegrationTest
class ObservationConcurrencyTest {

    @Autowired
    ObservationService service;

    private final List<Runnable> cleanup = new ArrayList<>();

    static void signIn(String user) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, "n/a",
                AuthorityUtils.createAuthorityList("ROLE_EDITOR")));
        SecurityContextHolder.setContext(context);
        TestAccounts.ensure(user);
    }

    @AfterEach
    void tearDown() {
        signIn("cleanup");
        cleanup.forEach(Runnable::run);
        SecurityContextHolder.clearContext();
    }

    @Test
    void twoEditorsSaveTheSameVersionAtOnceAndExactlyOneWins() throws Exception {
        signIn("setup");
        Observation original = service.add(ObservationServiceTest.valid(), true);
        cleanup.add(() -> {
            Observation now = service.findById(original.id()).orElseThrow();
            service.delete(now.id(), now.version());
        });
        Observation loadedByAnna = service.findById(original.id()).orElseThrow();
        Observation loadedByBen = service.findById(original.id()).orElseThrow();

        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Object> anna = pool.submit(() -> save("anna", loadedByAnna, "1111", together));
            Future<Object> ben = pool.submit(() -> save("ben", loadedByBen, "2222", together));
            List<Object> results = List.of(anna.get(), ben.get());

            assertThat(results).filteredOn(r -> r instanceof Observation).hasSize(1);
            assertThat(results).filteredOn(r -> r instanceof ConflictException).singleElement()
                    .satisfies(e -> assertThat(((ConflictException) e).getMessage())
                            .containsPattern("changed by (anna|ben) at ").contains("reload"));
        } finally {
            pool.shutdown();
        }

        Observation winner = service.findById(original.id()).orElseThrow();
        assertThat(winner.version()).isEqualTo(original.version() + 1);
        String expectedValue = winner.updatedBy().equals("anna") ? "1111" : "2222";
        assertThat(winner.value()).isEqualByComparingTo(expectedValue);
        List<AuditEntry> updates = service.history(original.id()).stream()
                .filter(e -> e.action() == AuditLog.Action.update).toList();
        assertThat(updates).singleElement().satisfies(e -> assertThat(e.actor()).isEqualTo(winner.updatedBy()));
    }

    @Test
    void theSecondOfTwoSequentialSavesOfOneLoadIsRefused() {
        signIn("setup");
        Observation original = service.add(ObservationServiceTest.with(b -> b.period("2022")), true);
        cleanup.add(() -> {
            Observation now = service.findById(original.id()).orElseThrow();
            service.delete(now.id(), now.version());
        });
        Observation first = service.findById(original.id()).orElseThrow();
        Observation second = service.findById(original.id()).orElseThrow();

        signIn("anna");
        service.update(first.id(), first.version(), ObservationServiceTest.with(b -> b.period("2022")
                .value("10")), true);
        signIn("ben");
        Object outcome;
        try {
            outcome = service.update(second.id(), second.version(),
                    ObservationServiceTest.with(b -> b.period("2022").value("20")), true);
        } catch (ConflictException e) {
            outcome = e;
        }

        assertThat(outcome).isInstanceOfSatisfying(ConflictException.class,
                e -> assertThat(e.getMessage()).contains("changed by anna at"));
        assertThat(service.findById(original.id()).orElseThrow().value()).isEqualByComparingTo("10");
        assertThat(service.history(original.id())).filteredOn(e -> e.action() == AuditLog.Action.update)
                .hasSize(1);
    }

    private Object save(String user, Observation loaded, String value, CyclicBarrier together) throws Exception {
        signIn(user);
        try {
            together.await();
            return service.update(loaded.id(), loaded.version(),
                    ObservationServiceTest.with(b -> b.value(value)), true);
        } catch (ConflictException e) {
            return e;
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
