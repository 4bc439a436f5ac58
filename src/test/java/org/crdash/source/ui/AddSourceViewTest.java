package org.crdash.source.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import org.crdash.KaribuSecurity;
import org.crdash.KaribuTest;
import org.crdash.base.DatePrecision;
import org.crdash.base.security.Roles;
import org.crdash.chart.ui.OverviewView;
import org.crdash.source.SourceService;
import org.crdash.source.SourceStats;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

@Transactional
class AddSourceViewTest extends KaribuTest {

    @Autowired
    SourceService sources;

    @BeforeEach
    void signIn() {
        KaribuSecurity.login("alice", Roles.EDITOR);
    }

    static TextField text(String id) {
        return _get(TextField.class, spec -> spec.withId(id));
    }

    @Test
    void uploadFillsTheTextAndSavingStoresTheSourceWhoseMarkupIsShownAsText() {
        UI.getCurrent().navigate(AddSourceView.class);
        Button save = _get(Button.class, spec -> spec.withId("save"));
        assertThat(save.isEnabled()).isFalse();

        _setValue(text("title"), "<b>Rail</b> <script>alert(1)</script>");
        _setValue(text("url"), "javascript:alert(1)");
        assertThat(text("url").isInvalid()).isTrue();
        assertThat(text("url").getErrorMessage()).contains("not a web address");
        _setValue(text("url"), "https://example.org/rail");
        assertThat(text("url").isInvalid()).isFalse();

        @SuppressWarnings("unchecked")
        Select<DatePrecision> precision = _get(Select.class, spec -> spec.withId("published-precision"));
        _setValue(precision, DatePrecision.DAY);
        _setValue(text("published-date"), "2024-05");
        assertThat(text("published-date").getErrorMessage()).contains("full date");
        _setValue(text("published-date"), "2024-05-06");
        assertThat(text("published-date").isInvalid()).isFalse();

        Upload upload = _get(Upload.class);
        TextArea fullText = _get(TextArea.class, spec -> spec.withId("full-text"));
        UploadKt._upload(upload, "bad.txt", "text/plain", new byte[] {(byte) 0xC3, (byte) 0x28});
        assertThat(fullText.getErrorMessage()).contains("not UTF-8");
        UploadKt._upload(upload, "rail.txt", "text/plain",
                "Rail freight grew.\r\nSecond line.".getBytes(StandardCharsets.UTF_8));
        assertThat(fullText.getValue()).isEqualTo("Rail freight grew.\nSecond line.");
        assertThat(save.isEnabled()).isTrue();

        _click(save);

        assertThat(sources.findAll()).anySatisfy(s -> {
            assertThat(s.title()).isEqualTo("<b>Rail</b> <script>alert(1)</script>");
            assertThat(s.origin()).isEqualTo("user");
        });
        UI.getCurrent().navigate(OverviewView.class);
        @SuppressWarnings("unchecked")
        Grid<SourceStats> grid = _get(Grid.class, spec -> spec.withId("sources-grid"));
        assertThat(GridKt._findAll(grid)).extracting(s -> s.source().title())
                .contains("<b>Rail</b> <script>alert(1)</script>");
        int row = GridKt._findAll(grid).stream().map(s -> s.source().title()).toList()
                .indexOf("<b>Rail</b> <script>alert(1)</script>");
        // a text column: the markup is shown literally, never parsed as HTML
        assertThat(GridKt._getFormattedRow(grid, row).get(0)).isEqualTo("<b>Rail</b> <script>alert(1)</script>");
    }
}
