package org.crdash.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crdash.seed.SeedTestSupport.copySeedData;
import static org.crdash.seed.SeedTestSupport.count;
import static org.crdash.seed.SeedTestSupport.lineIndexOf;
import static org.crdash.seed.SeedTestSupport.lines;
import static org.crdash.seed.SeedTestSupport.location;
import static org.crdash.seed.SeedTestSupport.replaceOnce;
import static org.crdash.seed.SeedTestSupport.write;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.crdash.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Reloading a changed seed: the seed's own rows follow the files, rows users took over stay theirs.
 * Changes the database, so the context (and its embedded PostgreSQL) is discarded afterwards.
 */
@IntegrationTest
@DirtiesContext
class SeedReloadTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SeedLoader loader;

    @TempDir
    Path tmp;

    /** Each test starts from the packaged seed again; rows users took over stay as the test left them. */
    @AfterEach
    void reloadPackagedSeed() {
        loader.load("classpath:seed-data/");
    }

    private Map<String, Object> row(String table, String seedKey) {
        return jdbc.sql("SELECT * FROM " + table + " WHERE seed_key = ?").param(seedKey).query().singleRow();
    }

    private static long id(Map<String, Object> row) {
        return ((Number) row.get("id")).longValue();
    }

    private Path seedCopy() {
        return copySeedData(tmp.resolve("seed"));
    }

    /** Changes one field of one row of a CSV in the copy. */
    private static void edit(Path dir, String csv, String id, String old, String replacement) {
        Path file = dir.resolve(csv);
        List<String> lines = lines(file);
        int i = lineIndexOf(lines, id);
        lines.set(i, replaceOnce(lines.get(i), old, replacement));
        write(file, lines);
    }

    private static void remove(Path dir, String csv, String id) {
        Path file = dir.resolve(csv);
        List<String> lines = lines(file);
        lines.remove(lineIndexOf(lines, id));
        write(file, lines);
    }

    private List<Map<String, Object>> audit(String entity, long id, String action) {
        return jdbc.sql("""
                        SELECT actor, old_value::text AS old_json, new_value::text AS new_json,
                               old_value ->> 'value' AS old_v, new_value ->> 'value' AS new_v,
                               old_value ->> 'deleted_at' AS old_deleted, new_value ->> 'deleted_at' AS new_deleted,
                               new_value ->> 'deleted_by' AS new_deleted_by
                        FROM audit_log WHERE entity_type = ? AND entity_id = ? AND action = ? ORDER BY id""")
                .params(entity, id, action).query().listOfRows();
    }

    @Test
    void aUsersEditOfASeededRowSurvivesReloads() {
        String key = "001-o003"; // trade 2024: $237 billion
        long id = id(row("observation", key));
        jdbc.sql("""
                UPDATE observation SET value = 238.5, note = 'checked against customs data', updated_by = 'alice',
                    updated_at = now(), version = version + 1 WHERE id = ?""").param(id).update();

        SeedWriter.Result same = loader.load("classpath:seed-data/");

        Map<String, Object> after = row("observation", key);
        assertThat((BigDecimal) after.get("value")).isEqualByComparingTo("238.5");
        assertThat(after.get("note")).isEqualTo("checked against customs data");
        assertThat(after.get("updated_by")).isEqualTo("alice");
        assertThat(after.get("deleted_at")).isNull();
        assertThat(same.inserted()).isZero();
        assertThat(same.keptUserChanges()).isGreaterThanOrEqualTo(1);

        // even when the seed itself changes that row, the user's version is kept
        Path dir = seedCopy();
        edit(dir, "observations.csv", key, ",237,", ",236,");
        loader.load(location(dir));
        assertThat((BigDecimal) row("observation", key).get("value")).isEqualByComparingTo("238.5");
        assertThat(audit("observation", id, "update")).noneMatch(a -> "seed".equals(a.get("actor")));
    }

    @Test
    void aSeededRowAUserDeletedStaysDeleted() {
        String observationKey = "002-o008"; // trade 2024: USD 245 billion
        String eventKey = "000-e001";
        for (String[] t : new String[][] {{"observation", observationKey}, {"event", eventKey}}) {
            jdbc.sql("UPDATE " + t[0] + " SET deleted_at = now(), deleted_by = 'alice', updated_at = now(), "
                    + "updated_by = 'alice', version = version + 1 WHERE seed_key = ?").param(t[1]).update();
        }

        SeedWriter.Result result = loader.load("classpath:seed-data/");

        assertThat(result.inserted()).isZero();
        for (String[] t : new String[][] {{"observation", observationKey}, {"event", eventKey}}) {
            Map<String, Object> after = row(t[0], t[1]);
            assertThat(after.get("deleted_at")).as(t[1]).isNotNull();
            assertThat(after.get("deleted_by")).as(t[1]).isEqualTo("alice");
        }
        assertThat(count(jdbc, "SELECT count(*) FROM observation WHERE seed_key = ?", observationKey)).isOne();
    }

    @Test
    void aChangedSeedValueIsAppliedAndAudited() {
        String key = "000-o004"; // growth 2022→2023: 32.7%
        Map<String, Object> before = row("observation", key);
        assertThat((BigDecimal) before.get("value")).isEqualByComparingTo("32.7");
        Path dir = seedCopy();
        edit(dir, "observations.csv", key, ",32.7,", ",33.7,");

        SeedWriter.Result result = loader.load(location(dir));

        assertThat(result.updated()).isEqualTo(1);
        assertThat(result.inserted()).isZero();
        assertThat(result.deleted()).isZero();
        Map<String, Object> after = row("observation", key);
        assertThat((BigDecimal) after.get("value")).isEqualByComparingTo("33.7");
        assertThat(after.get("updated_by")).isEqualTo("seed");
        assertThat((Integer) after.get("version")).isEqualTo((Integer) before.get("version") + 1);
        List<Map<String, Object>> updates = audit("observation", id(before), "update");
        assertThat(updates).hasSize(1);
        assertThat(updates.getFirst().get("actor")).isEqualTo("seed");
        assertThat(new BigDecimal((String) updates.getFirst().get("old_v"))).isEqualByComparingTo("32.7");
        assertThat(new BigDecimal((String) updates.getFirst().get("new_v"))).isEqualByComparingTo("33.7");
    }

    @Test
    void aRowRemovedFromTheSeedIsSoftDeletedAndAudited() {
        String observationKey = "000-o002"; // around forty Putin–Xi meetings
        String eventKey = "000-e002";
        long observationId = id(row("observation", observationKey));
        long eventId = id(row("event", eventKey));
        long live = count(jdbc, "SELECT count(*) FROM observation WHERE deleted_at IS NULL");
        Path dir = seedCopy();
        remove(dir, "observations.csv", observationKey);
        remove(dir, "events.csv", eventKey);

        SeedWriter.Result result = loader.load(location(dir));

        assertThat(result.deleted()).isEqualTo(2);
        assertThat(result.updated()).isZero();
        assertThat(count(jdbc, "SELECT count(*) FROM observation WHERE deleted_at IS NULL")).isEqualTo(live - 1);
        for (Object[] t : new Object[][] {{"observation", observationKey, observationId},
                {"event", eventKey, eventId}}) {
            Map<String, Object> after = row((String) t[0], (String) t[1]);
            assertThat(after.get("deleted_at")).as("%s", t[1]).isNotNull();
            assertThat(after.get("deleted_by")).isEqualTo("seed");
            List<Map<String, Object>> deletes = audit((String) t[0], (Long) t[2], "delete");
            assertThat(deletes).hasSize(1);
            assertThat(deletes.getFirst().get("actor")).isEqualTo("seed");
            assertThat(deletes.getFirst().get("old_deleted")).isNull();
            assertThat(deletes.getFirst().get("new_deleted")).isNotNull();
            assertThat(deletes.getFirst().get("new_deleted_by")).isEqualTo("seed");
        }
    }

    @Test
    void aRowPutBackIntoTheSeedIsRestored() {
        String key = "000-o003"; // 1 million km² annexed
        long id = id(row("observation", key));
        Path dir = seedCopy();
        remove(dir, "observations.csv", key);
        loader.load(location(dir));
        assertThat(row("observation", key).get("deleted_at")).isNotNull();

        loader.load("classpath:seed-data/");

        Map<String, Object> after = row("observation", key);
        assertThat(after.get("deleted_at")).as("restored once the seed lists it again").isNull();
        assertThat(after.get("deleted_by")).isNull();
        assertThat(after.get("updated_by")).isEqualTo("seed");
        List<Map<String, Object>> restores = audit("observation", id, "restore");
        assertThat(restores).hasSize(1);
        assertThat(restores.getFirst().get("actor")).isEqualTo("seed");
        assertThat(restores.getFirst().get("old_deleted")).isNotNull();
        assertThat(restores.getFirst().get("new_deleted")).isNull();
    }

    @Test
    void aSeededRowReturnsToTheSeedsValueWhenTheFilesAreRevertedAgain() {
        String key = "002-o010";
        BigDecimal original = (BigDecimal) row("observation", key).get("value");
        Path dir = seedCopy();
        String raw = lines(dir.resolve("observations.csv")).get(lineIndexOf(lines(dir.resolve("observations.csv")),
                key));
        String field = "," + original.stripTrailingZeros().toPlainString() + ",";
        assertThat(raw).contains(field);
        edit(dir, "observations.csv", key, field, ",12345,");
        loader.load(location(dir));
        assertThat((BigDecimal) row("observation", key).get("value")).isEqualByComparingTo("12345");

        SeedWriter.Result result = loader.load("classpath:seed-data/");

        assertThat(result.updated()).isGreaterThanOrEqualTo(1);
        assertThat((BigDecimal) row("observation", key).get("value")).isEqualByComparingTo(original);
    }
}
