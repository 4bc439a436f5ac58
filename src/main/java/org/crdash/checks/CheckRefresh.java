package org.crdash.checks;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the stored findings current without anyone asking: once at startup after the seed and relations are
 * loaded, then a few seconds after any write, so that the data package's checks.csv (read straight from the table)
 * is current too. Each run recomputes only what changed ({@link IncrementalChecks}); when nothing did, a tick is one
 * index lookup. Reads through {@link CheckService} bring them up to date themselves.
 */
@Component
@Order(2)
class CheckRefresh implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CheckRefresh.class);

    private final CheckService checks;

    CheckRefresh(CheckService checks) {
        this.checks = checks;
    }

    @Override
    public void run(ApplicationArguments args) {
        checks.refresh(); // everything if this version of the app checks differently from the one that stored them
    }

    @Scheduled(initialDelayString = "${app.checks.refresh-ms:5000}", fixedDelayString = "${app.checks.refresh-ms:5000}")
    void refresh() {
        try {
            if (checks.refresh()) {
                log.debug("Claim checks recomputed");
            }
        } catch (RuntimeException e) {
            // a failed background run is retried at the next tick; reads compute for themselves
            log.warn("Claim checks could not be recomputed: {}", e.toString());
        }
    }
}
