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
