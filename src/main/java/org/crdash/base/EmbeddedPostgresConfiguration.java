package org.crdash.base;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.FileSystemUtils;
import org.springframework.util.StringUtils;

/**
 * The default database: a real PostgreSQL 17 started from the zonky binaries, with its data kept in
 * {@code app.db.embedded.data-dir}. It is only started when no {@code spring.datasource.url} is configured;
 * otherwise Spring Boot's own DataSource talks to the external server and nothing here runs.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedPostgresConfiguration.NoDatasourceUrl.class)
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedPostgresProperties props) throws IOException {
        Path dir = props.dataDir().toAbsolutePath().normalize();
        Files.createDirectories(dir);
        OrphanedPostgres.stopIfRunning(dir);
        if (props.clean()) {
            // zonky only deletes the directory on close and runs initdb over a non-empty one, which fails
            log.info("Wiping embedded PostgreSQL data directory {} (app.db.embedded.clean=true)", dir);
            FileSystemUtils.deleteRecursively(dir);
            Files.createDirectories(dir);
        }
        log.info("Starting embedded PostgreSQL with data directory {}", dir);
        EmbeddedPostgresLockdown lockdown = EmbeddedPostgresLockdown.of(dir);
        EmbeddedPostgres pg = EmbeddedPostgres.builder()
                .setDataDirectory(dir)
                .setCleanDataDirectory(props.clean())
                .setPort(props.port())
                .setPGStartupWait(props.startupWait())
                // zonky's defaults trade durability for test speed; this directory holds real data
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                // reachable from this machine only, by password (see EmbeddedPostgresLockdown)
                .setServerConfig("listen_addresses", "localhost")
                .setServerConfig("unix_socket_directories", "")
                .setServerConfig("password_encryption", "scram-sha-256")
                .setConnectConfig("password", lockdown.secret())
                .setDataDirectoryCustomizer(d -> lockdown.beforeStart())
                // Spring closes the pool first, then this bean (see destroyMethod)
                .setRegisterShutdownHook(false)
                .start();
        try {
            lockdown.afterStart(pg);
        } catch (IOException | RuntimeException e) {
            pg.close();
            throw e;
        }
        log.info("Embedded PostgreSQL is listening on localhost:{}", pg.getPort());
        return pg;
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedPostgres pg, EmbeddedPostgresProperties props) throws IOException {
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(pg.getJdbcUrl(EmbeddedPostgresLockdown.USER, "postgres"));
        ds.setUsername(EmbeddedPostgresLockdown.USER);
        ds.setPassword(EmbeddedPostgresLockdown.of(props.dataDir().toAbsolutePath().normalize()).secret());
        ds.setPoolName("embedded-postgres");
        ds.setMaximumPoolSize(10);
        return ds;
    }

    static class NoDatasourceUrl implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
        }
    }
}
