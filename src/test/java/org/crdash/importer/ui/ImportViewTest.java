package org.crdash.importer.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.crdash.KaribuSecurity;
import org.crdash.KaribuTest;
import org.crdash.base.security.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class ImportViewTest extends KaribuTest {

    @Autowired
    JdbcClient jdbc;

    private static void awaitResult(ImportView view) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            MockVaadin.clientRoundtrip(false);
            String s = view.status().getText();
            if (s.startsWith("Imported") || s.startsWith("Nothing")) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the import did not finish: " + view.status().getText());
    }

    @Test
    void aRejectedFileListsEveryProblemWithLineAndColumnAndWritesNothing() throws Exception {
        KaribuSecurity.login("alice", Roles.EDITOR);
        UI.getCurrent().navigate(ImportView.class);
        ImportView view = _get(ImportView.class);
        long before = jdbc.sql("SELECT count(*) FROM observation").query(Long.class).single();
        Path file = Files.createTempFile("import", ".csv");
        Files.writeString(file, """
                series_key,period,value,qualifier,source_file,passage
                china_russia_trade_usd_bn,2030,12abc,exact,000_86d270af3dbf64d1.txt,Not in the article.
                """, StandardCharsets.UTF_8);

        view.start(file.toFile());
        awaitResult(view);

        assertThat(view.status().getText()).startsWith("Nothing was imported");
        assertThat(GridKt._size(view.problems())).isEqualTo(3);
        assertThat(GridKt._get(view.problems(), 0).line()).isEqualTo(2);
        assertThat(view.problems().getListDataView().getItems().map(p -> p.column()))
                .containsExactlyInAnyOrder("period", "value", "passage");
        assertThat(jdbc.sql("SELECT count(*) FROM observation").query(Long.class).single()).isEqualTo(before);
        assertThat(file).doesNotExist();
    }

    @Test
    void warningsAreListedAndNothingIsWrittenUntilImportAnywayIsTicked() throws Exception {
        KaribuSecurity.login("alice", Roles.EDITOR);
        UI.getCurrent().navigate(ImportView.class);
        ImportView view = _get(ImportView.class);
        long before = jdbc.sql("SELECT count(*) FROM observation").query(Long.class).single();
        String csv = """
                series_key,period,value,qualifier,source_file,passage,note
                china_russia_trade_usd_bn,2023,240,exact,000_86d270af3dbf64d1.txt,"In 2024, trade between China \
                and Russia reached $244.8 billion, an all-time high.",view warned
                """;
        Path file = Files.createTempFile("import", ".csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        view.start(file.toFile());
        awaitResult(view);
        assertThat(view.status().getText()).startsWith("Nothing was imported: 1 warning to acknowledge")
                .contains("Import anyway");
        assertThat(GridKt._get(view.problems(), 0).line()).isEqualTo(2);
        assertThat(GridKt._get(view.problems(), 0).message()).startsWith("Warning (not_in_passage): $240 bn");
        assertThat(jdbc.sql("SELECT count(*) FROM observation").query(Long.class).single()).isEqualTo(before);

        try {
            view.saveAnyway().setValue(true);
            Path again = Files.createTempFile("import", ".csv");
            Files.writeString(again, csv, StandardCharsets.UTF_8);
            view.start(again.toFile());
            awaitResult(view);
            assertThat(view.status().getText()).startsWith("Imported 1 observations");
            assertThat(jdbc.sql("SELECT acknowledged_warnings->0->>'code' FROM audit_log a JOIN observation o ON "
                    + "a.entity_type = 'observation' AND a.entity_id = o.id WHERE o.note = 'view warned'")
                    .query(String.class).single()).isEqualTo("not_in_passage");
        } finally {
            jdbc.sql("DELETE FROM observation WHERE note = 'view warned'").update();
        }
    }

    @Test
    void anonymousVisitorsAreSentToSignInAndViewersAreRefused() {
        KaribuSecurity.logout();
        UI.getCurrent().navigate(ImportView.class);
        _assertNone(ImportView.class);
        _assertOne(org.crdash.base.security.LoginView.class);

        KaribuSecurity.login("reader", Roles.VIEWER);
        assertThatThrownBy(() -> UI.getCurrent().navigate(ImportView.class))
                .isInstanceOf(com.github.mvysny.kaributesting.v10.MockAccessDeniedException.class);
    }
}
