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
import com.vaadin.flow.component.html.Div;
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
import org.crdash.document.Document;
import org.crdash.document.DocumentFixtures;
import org.crdash.source.Source;
import org.crdash.source.SourceService;
import org.crdash.source.SourceStats;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

@Transactional
class AddSourceViewTest extends KaribuTest {

    @Autowired
    SourceService sources;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void signIn() {
        KaribuSecurity.login("alice", Roles.EDITOR);
    }

    static TextField text(String id) {
        return _get(TextField.class, spec -> spec.withId(id));
    }

    static String status() {
        return _get(Div.class, spec -> spec.withId("upload-status")).getElement().getTextRecursively();
    }

    long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }

    @Test
    void aPdfUploadPrefillsTitleAuthorAndDateAndIsKeptWithTheSource() {
        UI.getCurrent().navigate(AddSourceView.class);
        Upload upload = _get(Upload.class);
        long before = count("source");
        UploadKt._upload(upload, "locked.pdf", "application/pdf", DocumentFixtures.encryptedPdf());
        assertThat(status()).contains("encrypted with a password").contains("Nothing was stored.");
        UploadKt._upload(upload, "empty.docx", "application/octet-stream", new byte[0]);
        assertThat(status()).contains("'empty.docx' is empty (0 bytes)");
        assertThat(count("source")).isEqualTo(before);
        assertThat(count("source_file")).isZero();

        byte[] pdf = DocumentFixtures.pdf();
        UploadKt._upload(upload, "trade.pdf", "application/pdf", pdf);
        TextArea fullText = _get(TextArea.class, spec -> spec.withId("full-text"));
        assertThat(fullText.getValue()).contains(DocumentFixtures.PASSAGE);
        assertThat(text("title").getValue()).isEqualTo("Trade in numbers");
        assertThat(text("author").getValue()).isEqualTo("A. Writer");
        assertThat(text("published-date").getValue()).isEqualTo("2025-03-14");
        @SuppressWarnings("unchecked")
        Select<DatePrecision> precision = _get(Select.class, spec -> spec.withId("published-precision"));
        assertThat(precision.getValue()).isEqualTo(DatePrecision.DAY);
        _setValue(text("publisher"), "Example Institute");
        _click(_get(Button.class, spec -> spec.withId("save")));

        Source added = sources.findAll().stream().filter(s -> s.title().equals("Trade in numbers")).findFirst()
                .orElseThrow();
        assertThat(added.publisher()).isEqualTo("Example Institute");
        // on upload, the extraction assistant's review queue of the new text is one click away
        assertThat(_get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("review-new-source"))
                .getHref()).isEqualTo("review/" + added.sourceKey());
        assertThat(sources.file(added.id())).hasValueSatisfying(f -> {
            assertThat(f.fileName()).isEqualTo("trade.pdf");
            assertThat(f.format()).isEqualTo("pdf");
            assertThat(f.sha256()).isEqualTo(Document.sha256(pdf));
        });
        assertThat(sources.fileContent(added.id())).hasValue(pdf);
        assertThat(fullText.getValue()).as("the form is ready for the next source").isEmpty();
        assertThat(fullText.isReadOnly()).isFalse();
    }

    @Test
    void removingTheFileGoesBackToPastingText() {
        UI.getCurrent().navigate(AddSourceView.class);
        UploadKt._upload(_get(Upload.class), "page.html", "text/html", DocumentFixtures.html());
        TextArea fullText = _get(TextArea.class, spec -> spec.withId("full-text"));
        assertThat(fullText.getValue()).startsWith("Trade in numbers\n\n");
        _click(_get(Button.class, spec -> spec.withId("discard-file")));
        assertThat(fullText.getValue()).isEmpty();
        assertThat(fullText.isReadOnly()).isFalse();
        assertThat(status()).isEmpty();
    }

    @Test
    void cancelEmptiesTheFormAndLetsTheFileGo() {
        UI.getCurrent().navigate(AddSourceView.class);
        UploadKt._upload(_get(Upload.class), "page.html", "text/html", DocumentFixtures.html());
        _setValue(text("publisher"), "Example Institute");
        TextArea fullText = _get(TextArea.class, spec -> spec.withId("full-text"));
        assertThat(fullText.isReadOnly()).isTrue();
        _click(_get(Button.class, spec -> spec.withId("cancel")));
        assertThat(fullText.getValue()).isEmpty();
        assertThat(fullText.isReadOnly()).isFalse();
        assertThat(text("title").getValue()).isEmpty();
        assertThat(text("publisher").getValue()).isEmpty();
        assertThat(status()).as("the file is let go").isEmpty();
        com.github.mvysny.kaributesting.v10.LocatorJ._assertNone(Button.class, spec -> spec.withId("delete"));
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
        assertThat(status()).contains("'bad.txt' is not UTF-8 text").contains("Nothing was stored.");
        UploadKt._upload(upload, "rail.txt", "text/plain",
                "Rail freight grew.\r\nSecond line.".getBytes(StandardCharsets.UTF_8));
        assertThat(fullText.getValue()).isEqualTo("Rail freight grew.\nSecond line.");
        assertThat(fullText.isReadOnly()).as("the text is the file's").isTrue();
        assertThat(status()).contains("Read rail.txt (TXT, 32 bytes)");
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
