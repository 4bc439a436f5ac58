package org.crdash.source.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.crdash.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class SourceReaderViewTest extends KaribuTest {

    @Autowired
    JdbcClient jdbc;

    private static void marks(Element e, List<Element> out) {
        if (e.isTextNode()) {
            return;
        }
        if ("mark".equals(e.getTag())) {
            out.add(e);
        }
        e.getChildren().forEach(c -> marks(c, out));
    }

    @Test
    void showsTheFullTextWithEveryPassageHighlightedAndTheCurrentOneMarked() {
        String key = "000_86d270af3dbf64d1.txt";
        long id = jdbc.sql("SELECT o.id FROM observation o JOIN source s ON s.id = o.source_id WHERE s.source_key = ? "
                + "ORDER BY o.id LIMIT 1").param(key).query(Long.class).single();
        UI.getCurrent().navigate("sources/" + key, QueryParameters.simple(Map.of("item", "o" + id)));
        Div text = _get(Div.class, spec -> spec.withId("article-text"));
        String full = jdbc.sql("SELECT full_text FROM source WHERE source_key = ?").param(key).query(String.class).single();
        // the rendered text is the article, character for character
        assertThat(text.getElement().getTextRecursively()).isEqualTo(full);

        List<Element> marks = new ArrayList<>();
        marks(text.getElement(), marks);
        List<String> ids = marks.stream().flatMap(m -> List.of(m.getAttribute("data-items").split(" ")).stream())
                .distinct().toList();
        long quoted = jdbc.sql("""
                SELECT (SELECT count(*) FROM observation o WHERE o.source_id = s.id AND o.deleted_at IS NULL)
                     + (SELECT count(*) FROM event e WHERE e.source_id = s.id AND e.deleted_at IS NULL)
                FROM source s WHERE s.source_key = ?""").param(key).query(Long.class).single();
        assertThat((long) ids.size()).isEqualTo(quoted);
        assertThat(marks.stream().filter(m -> "current".equals(m.getAttribute("class"))))
                .allMatch(m -> m.getAttribute("data-items").contains("o" + id)).isNotEmpty();
    }

    @Test
    void unknownSourceSaysSo() {
        UI.getCurrent().navigate("sources/nope.txt");
        assertThat(_get(SourceReaderView.class).getElement().getTextRecursively()).contains("No such source");
    }
}
