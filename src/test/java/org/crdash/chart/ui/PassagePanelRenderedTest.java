package org.crdash.chart.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crdash.IntegrationTest;
import org.crdash.chart.ChartService;
import org.crdash.chart.Provenance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The passage panel shows the article as it reads, never its markup (*de facto*, <sup>10</sup>, # headings). */
@IntegrationTest
class PassagePanelRenderedTest {

    @Autowired
    ChartService charts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void contextAroundAPassageIsRenderedWithoutMarkupCharacters() {
        List<Long> ids = jdbc.sql("""
                SELECT o.id FROM observation o JOIN source so ON so.id = o.source_id
                WHERE so.source_key LIKE '002%' AND o.deleted_at IS NULL ORDER BY o.id""").query(Long.class).list();
        // some 002 passages sit next to endnote markers or emphasis in the raw text
        List<Provenance> withMarkup = ids.stream().map(id -> charts.provenance("o" + id).orElseThrow())
                .filter(p -> (p.context().before() + p.context().after()).matches("(?s).*(<sup>|\\*\\w).*"))
                .toList();
        assertThat(withMarkup).isNotEmpty();
        for (Provenance p : withMarkup) {
            PassagePanel panel = new PassagePanel();
            panel.show(p);
            String html = p.contextHtml();
            assertThat(html).doesNotContain("&lt;sup&gt;").doesNotContainPattern("\\*\\w").contains("hl-passage");
            com.vaadin.flow.dom.Element box = panel.getChildren().filter(c -> c.getId().orElse("").equals("passage-context"))
                    .findFirst().orElseThrow().getElement();
            assertThat(box.getChild(0).getProperty("innerHTML")).contains(html);
        }
    }
}
