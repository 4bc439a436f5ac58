package org.crdash.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.crdash.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The stored findings follow a change by recomputing only what it can alter: a changed figure is picked up, the run
 * reads the changed observation and the series related to its own (not every observation), and what it stores is
 * exactly what checking everything from scratch gives.
 */
@IntegrationTest
class IncrementalChecksTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    static final String TRADE_2024 = "value_conflict:china_russia_trade_usd_bn:2024";

    @Autowired
    IncrementalChecks incremental;

    @Autowired
    ClaimReader claims;

    @Autowired
    CheckService checks;

    @Autowired
    RelationRepository relations;

    @Autowired
    JdbcClient jdbc;

    private long id;
    private BigDecimal original;

    /** Source 001's 237 for 2024 trade. */
    private long trade2024Of001() {
        return jdbc.sql("""
                SELECT o.id FROM observation o JOIN series se ON se.id = o.series_id JOIN source so ON so.id = o.source_id
                WHERE se.series_key = 'china_russia_trade_usd_bn' AND o.period_label = '2024' AND o.value = 237
                  AND so.source_key LIKE '001\\_%' AND o.deleted_at IS NULL""").query(Long.class).single();
    }

    @AfterEach
    void restore() {
        if (original != null) {
            jdbc.sql("UPDATE observation SET value = ? WHERE id = ?").params(original, id).update();
            incremental.run();
        }
    }

    @Test
    void aChangedFigureIsRecheckedWithoutReadingEverything() {
        incremental.run();
        assertThat(incremental.current()).isTrue();
        assertThat(incremental.run()).isEqualTo(IncrementalChecks.Run.NONE); // nothing changed: nothing read
        long live = jdbc.sql("SELECT count(*) FROM observation WHERE deleted_at IS NULL").query(Long.class).single();
        id = trade2024Of001();
        original = new BigDecimal("237");

        jdbc.sql("UPDATE observation SET value = 230 WHERE id = ?").param(id).update(); // plain SQL: the trigger sees it
        assertThat(incremental.current()).isFalse();
        IncrementalChecks.Run run = incremental.run();

        assertThat(run.full()).isFalse();
        assertThat(run.passagesChecked()).isEqualTo(1); // only the changed observation's passage is read again
        assertThat(run.claimsRead()).isLessThan((int) live / 2);
        Finding conflict = checks.finding(TRADE_2024).orElseThrow().finding();
        assertThat(conflict.number("spread")).isEqualByComparingTo(new BigDecimal("245").subtract(new BigDecimal("230")));
        assertThat(checks.finding("not_in_passage:o" + id)).isPresent(); // "237" in the passage, 230 stored
        assertThat(storedKeys()).isEqualTo(fromScratch());

        jdbc.sql("UPDATE observation SET value = 237 WHERE id = ?").param(id).update();
        run = incremental.run();
        original = null;
        assertThat(run.passagesChecked()).isEqualTo(1);
        assertThat(checks.finding(TRADE_2024).orElseThrow().finding().number("spread")).isEqualByComparingTo("8");
        assertThat(checks.finding("not_in_passage:o" + id)).isEmpty();
        assertThat(storedKeys()).isEqualTo(fromScratch());
    }

    @Test
    void aDeletedObservationTakesItsFindingsWith() {
        incremental.run();
        id = trade2024Of001();
        original = new BigDecimal("237");
        jdbc.sql("UPDATE observation SET deleted_at = now(), deleted_by = 'test' WHERE id = ?").param(id).update();
        incremental.run();
        assertThat(checks.finding(TRADE_2024).orElseThrow().finding().involves(id)).isFalse();
        assertThat(storedKeys()).isEqualTo(fromScratch());
        jdbc.sql("UPDATE observation SET deleted_at = NULL, deleted_by = NULL WHERE id = ?").param(id).update();
        original = null;
        incremental.run();
        assertThat(checks.finding(TRADE_2024).orElseThrow().finding().involves(id)).isTrue();
        assertThat(storedKeys()).isEqualTo(fromScratch());
    }

    private Map<String, JsonNode> storedKeys() {
        Map<String, JsonNode> stored = new TreeMap<>();
        jdbc.sql("SELECT finding_key, finding::text AS f FROM check_finding").query(rs -> {
            stored.put(rs.getString("finding_key"), JSON.readTree(rs.getString("f")));
        });
        return stored;
    }

    /** Every finding of the engine over all live observations, as stored. */
    private Map<String, JsonNode> fromScratch() {
        List<Claim> all = new ArrayList<>();
        claims.all(all::addAll);
        all.sort(ClaimReader.ORDER);
        Map<String, JsonNode> computed = new TreeMap<>();
        for (Finding f : CheckEngine.run(new CheckData(all, relations.findAll(), relations.conversions()))) {
            computed.put(f.key(), JSON.readTree(JSON.writeValueAsString(f)));
        }
        return computed;
    }
}
