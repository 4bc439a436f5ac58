package org.crdash.source.ui;

import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.util.ArrayList;
import java.util.List;
import org.crdash.KaribuTest;
import org.crdash.source.Source;
import org.crdash.source.SourceService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Picking a passage in the rendered article: raw offsets and markup come along; quoted passages are marked. */
class PassagePickerTest extends KaribuTest {

    private static final String LO = "002_709b5f3b75b2705c.txt";

    @Autowired
    SourceService sources;
    @Autowired
    JdbcClient jdbc;
    private PassagePicker picker;
    private String raw;

    @BeforeEach
    void showPicker() {
        picker = new PassagePicker(sources);
        UI.getCurrent().add(picker);
        Source lo = picker.sourceField().getListDataView().getItems().filter(s -> s.sourceKey().equals(LO))
                .findFirst().orElseThrow();
        _setValue(picker.sourceField(), lo);
        raw = sources.text(lo.id());
    }

    private String html() {
        return picker.articlePicker().article().getElement().getProperty("innerHTML");
    }

    @Test
    void theArticleShowsRenderedWithEveryPassageAlreadyQuotedMarked() {
        assertThat(picker.articlePicker().isVisible()).isTrue();
        assertThat(html()).contains("<h4><strong>").doesNotContain("**").doesNotContain("&lt;sup&gt;");
        List<String> ids = jdbc.sql("""
                SELECT 'o' || o.id FROM observation o JOIN source s ON s.id = o.source_id
                WHERE s.source_key = :k AND o.deleted_at IS NULL
                UNION ALL SELECT 'e' || e.id FROM event e JOIN source s ON s.id = e.source_id
                WHERE s.source_key = :k AND e.deleted_at IS NULL""").param("k", LO).query(String.class).list();
        assertThat(ids).isNotEmpty().allSatisfy(id -> assertThat(html()).containsPattern("data-items=\"[^\"]*\\b"
                + id + "\\b"));
        _setValue(picker.sourceField(), null);
        assertThat(picker.articlePicker().isVisible()).isFalse();
    }

    @Test
    void aSelectionAcrossEmphasisAndAFootnoteMarkerFillsThePassageWithItsRawTextAndOffset() {
        List<ArticlePicker.Picked> picked = new ArrayList<>();
        picker.articlePicker().addPickListener(picked::add);
        // what the browser reports for a selection of the shown "de facto alliance.17" (String indices)
        String passage = "*de facto* alliance.<sup>17</sup>";
        int start = raw.indexOf(passage);
        int shownStart = start + 1;
        int shownEnd = raw.indexOf("17</sup>", start) + 2;
        picker.articlePicker().pick(picker.articlePicker().article().toRange(shownStart + "-" + shownEnd));

        assertThat(picker.passageField().getValue()).isEqualTo(passage);
        assertThat(picker.passageStartField().getValue()).isEqualTo(start);
        assertThat(picked).singleElement().isEqualTo(new ArticlePicker.Picked(LO, passage, start,
                start + passage.length()));
        assertThat(html()).contains("hl-passage");
        assertThat(picker.passageField().isInvalid()).isFalse();
    }

    @Test
    void nothingSelectedSaysHowToSelectAndChangesNothing() {
        picker.passageField().setValue("kept");
        picker.articlePicker().pick(null);
        assertThat(picker.passageField().getValue()).isEqualTo("kept");
        assertThat(picker.articlePicker().getElement().getTextRecursively()).contains("Nothing is selected");
    }

    @Test
    void aPassageTypedOrLoadedIsMarkedInTheArticle() {
        String passage = "Bilateral trade has grown";
        _setValue(picker.passageField(), passage);
        assertThat(html()).containsPattern("<mark class=\"hl [^\"]*hl-passage[^>]*>" + passage);
        _setValue(picker.passageField(), "not in the text at all");
        assertThat(html()).doesNotContain("hl-passage");
    }
}
