package org.crdash.base;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded PostgreSQL that starts when {@code spring.datasource.url} is empty.
 *
 * @param dataDir    where the cluster keeps its files; survives restarts
 * @param port       TCP port, 0 for a free one
 * @param clean      wipe the data directory on start (tests only)
 * @param startupWait how long to wait for the server to accept connections
 */
@ConfigurationProperties("app.db.embedded")
public record EmbeddedPostgresProperties(
        @DefaultValue("./data/postgres") Path dataDir,
        @DefaultValue("0") int port,
        @DefaultValue("false") boolean clean,
        @DefaultValue("60s") Duration startupWait) {
}
