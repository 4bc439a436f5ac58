package org.crdash.reader.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crdash.KaribuTest;
import org.crdash.source.ui.ArticleView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class SourceReaderViewTest extends KaribuTest {

    private static final String LO = "002_709b5f3b75b2705c.txt";

    @Autowired
    JdbcClient jdbc;

    private String html() {
        return _get(ArticleView.class).getElement().getProperty("innerHTML");
    }

    private List<String> quotedIds(String key) {
        return jdbc.sql("""
                SELECT 'o' || o.id FROM observation o JOIN source s ON s.id = o.source_id
                WHERE s.source_key = :k AND o.deleted_at IS NULL
                UNION ALL
                SELECT 'e' || e.id FROM event e JOIN source s ON s.id = e.source_id
                WHERE s.source_key = :k AND e.deleted_at IS NULL""").param("k", key).query(String.class).list();
    }

    @Test
    void showsTheArticleRenderedWithEveryQuotedPassageHighlighted() {
        UI.getCurrent().navigate("sources/" + LO);
        String html = html();
        assertThat(html).contains("<h1>").contains("<h4><strong>").contains("<sup><a class=\"fn-ref\"")
                .doesNotContain("&lt;sup&gt;").doesNotContain("**");
        Matcher m = Pattern.compile("data-items=\"([^\"]+)\"").matcher(html);
        java.util.Set<String> marked = new java.util.HashSet<>();
        while (m.find()) {
            marked.addAll(List.of(m.group(1).split(" ")));
        }
        assertThat(marked).containsExactlyInAnyOrderElementsOf(quotedIds(LO));
    }

    @Test
    void anItemInTheUrlOpensItsPassagePanelBesideTheText() {
        String id = quotedIds(LO).getFirst();
        UI.getCurrent().navigate("sources/" + LO, QueryParameters.simple(Map.of("item", id)));
        SourceReaderView view = _get(SourceReaderView.class);
        assertThat(view.panel().current().itemId()).isEqualTo(id);
        assertThat(view.hasClassName("has-item")).isTrue();
        assertThat(view.article().current()).isEqualTo(id);
        // clicking another highlight swaps the panel, the page stays the reader
        String other = quotedIds(LO).getLast();
        view.select(other, false);
        assertThat(view.panel().current().itemId()).isEqualTo(other);
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("sources/" + LO);
    }

    @Test
    void aPermalinkMarksItsRangeAndABadOneSaysWhy() {
        UI.getCurrent().navigate("sources/" + LO, QueryParameters.simple(Map.of("at", "100-140")));
        assertThat(html()).contains("hl-link").contains("data-items=\"at\"");
        UI.getCurrent().navigate("sources/" + LO, QueryParameters.simple(Map.of("at", "140-100")));
        assertThat(_get(SourceReaderView.class).getElement().getTextRecursively())
                .contains("The link asks for characters '140-100'");
        assertThat(html()).doesNotContain("hl-link");
    }

    @Test
    void unknownSourceSaysSo() {
        UI.getCurrent().navigate("sources/nope.txt");
        assertThat(_get(SourceReaderView.class).getElement().getTextRecursively()).contains("No such source");
    }
}
