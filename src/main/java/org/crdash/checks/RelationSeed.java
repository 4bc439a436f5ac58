package org.crdash.checks;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads seed-data/relations.csv after the seed loader has loaded the series: every row is checked first (kind,
 * series keys), a bad file stops startup with each problem by line, and nothing is written. Seeded relations no
 * longer in the file are removed; relations editors added stay.
 */
@Component
@Order(1)
class RelationSeed implements ApplicationRunner {

    static final String FILE = "relations.csv";

    private final ResourceLoader resources;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final boolean enabled;
    private final String location;

    RelationSeed(ResourceLoader resources, JdbcClient jdbc, TransactionTemplate tx, Clock clock,
                 @Value("${app.seed.enabled:true}") boolean enabled,
                 @Value("${app.seed.location:classpath:seed-data/}") String location) {
        this.resources = resources;
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
        this.enabled = enabled;
        this.location = location.endsWith("/") ? location : location + "/";
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (enabled) {
            load(resources.getResource(location + FILE));
        }
    }

    record Row(long line, String kind, String seriesKey, String ofSeriesKey, String whole, boolean acrossPeriods,
               String note) {
    }

    void load(Resource file) throws IOException {
        if (!file.exists()) {
            return;
        }
        List<Row> rows = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader in = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
            for (CSVRecord r : format.parse(in)) {
                Row row = new Row(r.getRecordNumber() + 1, r.get("kind"), r.get("series_key"),
                        blankToNull(r.get("of_series_key")), blankToNull(r.get("whole")),
                        Boolean.parseBoolean(r.get("across_periods")), blankToNull(r.get("note")));
                problems.addAll(problems(row));
                rows.add(row);
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException(FILE + " is invalid, nothing loaded:\n  " + String.join("\n  ", problems));
        }
        tx.executeWithoutResult(status -> write(rows));
    }

    private List<String> problems(Row row) {
        List<String> p = new ArrayList<>();
        String at = FILE + " line " + row.line() + ", column ";
        try {
            new SeriesRelation(0, RelationKind.ofCode(row.kind()), row.seriesKey(), row.ofSeriesKey(), row.whole(),
                    row.acrossPeriods(), row.note(), org.crdash.base.Origin.SEEDED);
        } catch (IllegalArgumentException e) {
            p.add(at + "kind: " + e.getMessage());
        }
        if (!seriesExists(row.seriesKey())) {
            p.add(at + "series_key: no series '" + row.seriesKey() + "'");
        }
        if (row.ofSeriesKey() != null && !seriesExists(row.ofSeriesKey())) {
            p.add(at + "of_series_key: no series '" + row.ofSeriesKey() + "'");
        }
        return p;
    }

    private boolean seriesExists(String key) {
        return jdbc.sql("SELECT count(*) FROM series WHERE series_key = ?").param(key).query(Long.class).single() > 0;
    }

    private void write(List<Row> rows) {
        jdbc.sql("CREATE TEMP TABLE relation_seed (kind text, series_key text, of_key text, whole text, "
                + "across boolean, note text) ON COMMIT DROP").update();
        for (Row r : rows) {
            jdbc.sql("INSERT INTO relation_seed VALUES (?, ?, ?, ?, ?, ?)").params(r.kind(), r.seriesKey(),
                    r.ofSeriesKey(), r.whole(), r.acrossPeriods(), r.note()).update();
        }
        jdbc.sql("""
                DELETE FROM series_relation r WHERE r.origin = 'seeded' AND NOT EXISTS (
                    SELECT 1 FROM relation_seed t JOIN series s ON s.series_key = t.series_key
                    LEFT JOIN series o ON o.series_key = t.of_key
                    WHERE t.kind = r.kind AND s.id = r.series_id AND o.id IS NOT DISTINCT FROM r.of_series_id
                      AND t.whole IS NOT DISTINCT FROM r.whole)""").update();
        jdbc.sql("""
                INSERT INTO series_relation (kind, series_id, of_series_id, whole, across_periods, note, origin,
                                             created_at, created_by)
                SELECT t.kind, s.id, o.id, t.whole, t.across, t.note, 'seeded', ?, 'seed'
                FROM relation_seed t JOIN series s ON s.series_key = t.series_key
                LEFT JOIN series o ON o.series_key = t.of_key
                ON CONFLICT (kind, series_id, coalesce(of_series_id, 0), coalesce(whole, ''))
                DO UPDATE SET across_periods = excluded.across_periods, note = excluded.note
                WHERE series_relation.origin = 'seeded'""").param(Timestamp.from(clock.instant())).update();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
