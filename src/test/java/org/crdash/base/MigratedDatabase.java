package org.crdash.base;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A fresh embedded PostgreSQL of its own for a migration test: migrate it to a version, write rows the way the app
 * wrote them then, migrate the rest and look at what became of them.
 */
final class MigratedDatabase implements AutoCloseable {

    private final EmbeddedPostgres pg;

    /** @param name the test's folder under target/ */
    MigratedDatabase(String name) throws IOException {
        Path dir = Path.of("target", name, UUID.randomUUID().toString());
        Files.createDirectories(dir);
        pg = EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(true).start();
    }

    JdbcClient jdbc() {
        return JdbcClient.create(pg.getPostgresDatabase());
    }

    /** Applies the migrations up to {@code target} (a version, or "latest"). */
    void migrate(String target) {
        Flyway.configure().dataSource(pg.getPostgresDatabase()).locations("filesystem:db/migration")
                .outOfOrder(true).target(target).load().migrate();
    }

    @Override
    public void close() throws IOException {
        pg.close();
    }
}
