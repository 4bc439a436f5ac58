package org.crdash.seed;

import java.util.ArrayList;
import java.util.List;
import org.crdash.seed.SeedReader.SeedRows;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads seed-data/ at startup in one transaction. Any problem (a passage not in its article, a bad value,
 * a changed article) stops startup with every problem listed by file and line, and the transaction is rolled
 * back: nothing is written.
 */
@Service
@Order(0)
public class SeedLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SeedLoader.class);

    private final SeedProperties properties;
    private final ResourceLoader resources;
    private final SeedWriter writer;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    SeedLoader(SeedProperties properties, ResourceLoader resources, SeedWriter writer, JdbcClient jdbc,
               TransactionTemplate tx) {
        this.properties = properties;
        this.resources = resources;
        this.writer = writer;
        this.jdbc = jdbc;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (properties.enabled()) {
            load(properties.location());
        }
    }

    /** Validates and applies the seed data at {@code location}; throws {@link SeedException} if it is invalid. */
    public SeedWriter.Result load(String location) {
        SeedWriter.Result result = tx.execute(status -> {
            // one loader at a time, even with several app instances on one database
            jdbc.sql("SELECT pg_advisory_xact_lock(8151)").query().listOfRows();
            SeedRows rows = new SeedReader(resources, location).read();
            List<String> problems = new ArrayList<>(rows.problems());
            SeedWriter.Result r = writer.write(rows, problems);
            if (!problems.isEmpty()) {
                status.setRollbackOnly();
                throw new SeedException(problems);
            }
            log.info("Seed data from {}: {} sources, {} series, {} observations, {} events; {} inserted, {} updated, "
                            + "{} retired, {} user changes kept", location, rows.sources().size(), rows.series().size(),
                    rows.observations().size(), rows.events().size(), r.inserted(), r.updated(), r.deleted(),
                    r.keptUserChanges());
            return r;
        });
        return result;
    }
}
