package org.crdash.base.security;

import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The UI's signed-in sessions, per account (Spring Security's {@link SessionRegistry}, filled at every form
 * sign-in). When an admin disables an account, changes its role or sets a new password, its open sessions end:
 * the next request of such a session is signed out and sent to the sign-in page, so nobody keeps the rights an
 * admin just took away. (The API keeps no sessions: it checks the account at every request.)
 */
@Component
class SignedInSessions {

    private static final Logger log = LoggerFactory.getLogger(SignedInSessions.class);

    private final SessionRegistry registry;

    SignedInSessions(SessionRegistry registry) {
        this.registry = registry;
    }

    /** Ends {@code userName}'s sessions once the current transaction commits (at once without one). */
    void endAfterCommit(String userName) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    end(userName);
                }
            });
        } else {
            end(userName);
        }
    }

    void end(String userName) {
        String name = userName.toLowerCase(Locale.ROOT);
        int ended = 0;
        for (Object principal : registry.getAllPrincipals()) {
            String n = principal instanceof UserDetails u ? u.getUsername() : String.valueOf(principal);
            if (n.toLowerCase(Locale.ROOT).equals(name)) {
                for (SessionInformation s : registry.getAllSessions(principal, false)) {
                    s.expireNow();
                    ended++;
                }
            }
        }
        if (ended > 0) {
            log.info("Ended {} signed-in session(s) of account '{}' after an admin changed it", ended, userName);
        }
    }
}
