package org.crdash.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.crdash.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class MigrationsTest {

    private static final Pattern MIGRATION_FILE = Pattern.compile("V(\\d+)__(.+)\\.sql");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EmbeddedPostgresProperties embedded;

    /** Versions of the migration files in the repo's db/migration, e.g. "001", sorted. */
    static List<String> migrationFileVersions() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("db", "migration"))) {
            return files.map(p -> p.getFileName().toString())
                    .map(MIGRATION_FILE::matcher)
                    .filter(Matcher::matches)
                    .map(m -> m.group(1))
                    .sorted()
                    .toList();
        }
    }

    @Test
    void contextRunsOnAFreshEmbeddedPostgres() {
        assertThat(embedded.clean()).isTrue();
        assertThat(jdbc.sql("SELECT current_setting('server_version_num')::int").query(Integer.class).single())
                .isGreaterThanOrEqualTo(170000);
        assertThat(jdbc.sql("SELECT current_setting('data_directory')").query(String.class).single())
                .contains("test-postgres");
    }

    @Test
    void everyMigrationFileIsAppliedSuccessfully() throws IOException {
        List<String> files = migrationFileVersions();
        assertThat(files).as("migration files in db/migration").isNotEmpty().contains("001", "006");
        try (Stream<Path> all = Files.list(Path.of("db", "migration"))) {
            assertThat(all.map(p -> p.getFileName().toString()))
                    .as("every file in db/migration follows Flyway's V<version>__<name>.sql naming")
                    .allMatch(name -> MIGRATION_FILE.matcher(name).matches());
        }

        long applied = jdbc.sql("SELECT count(*) FROM flyway_schema_history WHERE version IS NOT NULL")
                .query(Long.class).single();
        long failed = jdbc.sql("SELECT count(*) FROM flyway_schema_history WHERE NOT success")
                .query(Long.class).single();
        List<String> versions = jdbc.sql("""
                        SELECT version FROM flyway_schema_history WHERE version IS NOT NULL
                        ORDER BY installed_rank""")
                .query(String.class).list();

        assertThat(applied).isEqualTo(files.size());
        assertThat(failed).isZero();
        assertThat(versions).containsExactlyElementsOf(files);
    }

    @Test
    void schemaHasTheDomainTables() {
        List<String> tables = jdbc.sql("""
                        SELECT table_name FROM information_schema.tables
                        WHERE table_schema = 'public' AND table_type = 'BASE TABLE'""")
                .query(String.class).list();
        assertThat(tables).contains("unit", "series_category", "event_category", "source", "series",
                "observation", "event", "audit_log");
    }
}
