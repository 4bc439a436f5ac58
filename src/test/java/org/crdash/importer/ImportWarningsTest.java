package org.crdash.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.crdash.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * An import with rows the claim checks warn of writes nothing and lists each warning (line, column, code), unless
 * it is run to save anyway: then every row is written and each audit row records its row's warnings.
 */
@IntegrationTest
@WithMockUser(username = "importer", roles = "EDITOR")
class ImportWarningsTest {

    static final String SOURCE = "000_86d270af3dbf64d1.txt";
    static final String PASSAGE = "In 2024, trade between China and Russia reached $244.8 billion, an all-time high.";
    /** Line 2: not in its passage (it says 244.8; 003 says 240 for 2023); line 3: against 001's and 003's $190 bn
     * for 2022; line 4: the passage's own number for a period nobody else states, no warning. */
    static final String CSV = "series_key,period,value,qualifier,source_file,passage,note\n"
            + "china_russia_trade_usd_bn,2023,240,exact," + SOURCE + ",\"" + PASSAGE + "\",import warnings\n"
            + "china_russia_trade_usd_bn,2022,244.8,exact," + SOURCE + ",\"" + PASSAGE + "\",import warnings\n"
            + "china_russia_trade_usd_bn,2024-Q4,244.8,exact," + SOURCE + ",\"" + PASSAGE + "\",import warnings\n";

    @Autowired
    ImportService imports;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void removeImported() {
        jdbc.sql("DELETE FROM observation WHERE note = 'import warnings'").update();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private ImportResult run(boolean saveAnyway) {
        return imports.importObservations(new ByteArrayInputStream(CSV.getBytes(StandardCharsets.UTF_8)),
                ImportService.Progress.NONE, saveAnyway);
    }

    @Test
    void rowsWithWarningsAreListedAndNothingIsWritten() {
        long rows = count("SELECT count(*) FROM observation");
        long audits = count("SELECT count(*) FROM audit_log");
        assertThatThrownBy(() -> run(false)).isInstanceOfSatisfying(ImportWarningsException.class, e -> {
            assertThat(e.total()).isEqualTo(2);
            assertThat(e.warnings()).extracting(ImportWarning::line).containsExactly(2L, 3L);
            assertThat(e.warnings()).extracting(ImportWarning::column).containsExactly("value", "value");
            assertThat(e.warnings()).extracting(ImportWarning::code).containsExactly("not_in_passage", "conflict");
            assertThat(e.warnings().getFirst().message()).contains("$240 bn is not written in the passage");
            assertThat(e.warnings().get(1).message()).contains("2 other sources disagree: $190 bn (001)");
            assertThat(e.getMessage()).startsWith("Nothing was imported: 2 warnings to acknowledge");
        });
        assertThat(count("SELECT count(*) FROM observation")).isEqualTo(rows);
        assertThat(count("SELECT count(*) FROM audit_log")).isEqualTo(audits);
    }

    @Test
    void savedAnywayEveryRowIsWrittenAndEachAuditRowRecordsItsWarnings() {
        long audits = count("SELECT count(*) FROM audit_log");
        assertThat(run(true).inserted()).isEqualTo(3);
        assertThat(count("SELECT count(*) FROM audit_log")).isEqualTo(audits + 3);
        List<String> acknowledged = jdbc.sql("""
                SELECT o.period_label || ':' || coalesce((SELECT string_agg(w->>'code', ',')
                                                          FROM jsonb_array_elements(a.acknowledged_warnings) w), '-')
                FROM observation o JOIN audit_log a ON a.entity_type = 'observation' AND a.entity_id = o.id
                WHERE o.note = 'import warnings' AND a.action = 'create' ORDER BY o.id""")
                .query(String.class).list();
        assertThat(acknowledged).containsExactly("2023:not_in_passage", "2022:conflict", "2024-Q4:-");
    }
}
