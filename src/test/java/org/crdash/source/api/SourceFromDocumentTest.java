package org.crdash.source.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crdash.ApiTest;
import org.crdash.TestAccounts;
import org.crdash.base.ValidationException;
import org.crdash.document.Document;
import org.crdash.document.DocumentFixtures;
import org.crdash.document.DocumentReader;
import org.crdash.document.StructuredFixtures;
import org.crdash.source.Highlight;
import org.crdash.source.RenderedText;
import org.crdash.source.Source;
import org.crdash.source.SourceInput;
import org.crdash.source.SourceService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A source made from a PDF, a web page and a Word file the test writes: its text is what was read, a passage
 * picked from it is accepted as a quote, and the original file downloads byte for byte; a failed add stores nothing.
 */
class SourceFromDocumentTest extends ApiTest {

    /** Its figures are for 2024 trade, where 001 says $237 bn: the claim checks warn, they are saved anyway. */
    private static final String SAVE_ANYWAY = "/api/observations?acknowledgeWarnings=true";

    @Autowired
    SourceService sources;
    private final List<Long> created = new ArrayList<>();

    @BeforeEach
    void signInAsEditor() {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("alice", null,
                List.of(new SimpleGrantedAuthority("ROLE_EDITOR"))));
        TestAccounts.ensure("alice");
    }

    @AfterEach
    void removeCreatedRows() {
        SecurityContextHolder.clearContext();
        for (long id : created) {
            jdbc.sql("DELETE FROM observation WHERE source_id = ?").param(id).update();
            jdbc.sql("DELETE FROM source_file WHERE source_id = ?").param(id).update();
            jdbc.sql("DELETE FROM source WHERE id = ?").param(id).update();
        }
    }

    private static byte[] fixture(String name) {
        return switch (name.substring(name.lastIndexOf('.') + 1)) {
            case "pdf" -> DocumentFixtures.pdf();
            case "html" -> DocumentFixtures.html();
            default -> DocumentFixtures.docx();
        };
    }

    private static SourceInput input(Document d) {
        String date = d.metadata().published();
        return new SourceInput(d.metadata().title(), d.metadata().author(), d.metadata().publisher(), date,
                date.isEmpty() ? "unknown" : "day", null, d.metadata().url().isEmpty() ? null : d.metadata().url(),
                d.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"trade.pdf", "trade.html", "trade.docx"})
    void aSourceReadFromAFileIsQuotedFromAndItsFileDownloadsByteForByte(String name) throws Exception {
        byte[] bytes = fixture(name);
        Document d = DocumentReader.read(name, bytes, "file");
        Source s = sources.add(input(d), d);
        created.add(s.id());
        assertThat(sources.text(s.id())).isEqualTo(d.text());
        assertThat(s.title()).isEqualTo("Trade in numbers");

        // picked from the rendered text: every character shows, so the raw range is the shown one
        int start = d.text().indexOf(DocumentFixtures.PASSAGE);
        int end = start + DocumentFixtures.PASSAGE.length();
        assertThat(sources.rendered(s).plain(start, end)).isEqualTo(DocumentFixtures.PASSAGE);
        Map<String, Object> figure = new LinkedHashMap<>();
        figure.put("seriesKey", "china_russia_trade_usd_bn");
        figure.put("period", "2024");
        figure.put("value", "245");
        figure.put("sourceKey", s.sourceKey());
        figure.put("passage", DocumentFixtures.PASSAGE);
        figure.put("passageStart", start);
        MockHttpServletResponse quoted = expect(201, send(post(SAVE_ANYWAY).with(asEditor()), figure));
        assertThat((Integer) json(quoted, "$.passageStart")).isEqualTo(start);
        assertThat((Integer) json(quoted, "$.passageEnd")).isEqualTo(end);

        MockHttpServletResponse file = expect(200, send(get("/api/sources/" + s.sourceKey() + "/file"), null));
        assertThat(file.getContentAsByteArray()).isEqualTo(bytes);
        assertThat(file.getHeader(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment").contains(name);
        assertThat(file.getHeader(HttpHeaders.ETAG)).isEqualTo("\"" + Document.sha256(bytes) + "\"");
        assertThat(file.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(file.getContentType()).startsWith(d.format().mediaType().split(";")[0]);
    }

    @ParameterizedTest
    @ValueSource(strings = {"structured.html", "structured.docx"})
    void aWebPageOrWordFileIsShownWithItsStructureItsTextStaysPlain(String name) {
        byte[] bytes = name.endsWith(".html") ? StructuredFixtures.html() : StructuredFixtures.docx();
        Document d = DocumentReader.read(name, bytes, "file");
        Source s = sources.add(new SourceInput("Structured " + name, null, null, null, "unknown", null, null,
                d.text()), d);
        created.add(s.id());
        assertThat(sources.text(s.id())).isEqualTo(StructuredFixtures.TEXT);
        assertThat(jdbc.sql("SELECT layout FROM source_file WHERE source_id = ?").param(s.id()).query(String.class)
                .single()).isEqualTo(StructuredFixtures.LAYOUT);
        RenderedText text = sources.rendered(s);
        int start = d.text().indexOf(DocumentFixtures.PASSAGE);
        assertThat(text.html(List.of(new Highlight(start, start + DocumentFixtures.PASSAGE.length(), "o1",
                Highlight.Kind.OBSERVATION)))).startsWith("<h1>").contains("<h2>", "<ul><li>", "<ol><li>", "<th>",
                "<blockquote><p><span class=\"hl-pin hl-observation\" data-items=\"o1\" aria-hidden=\"true\"></span>"
                        + "<mark class=\"hl hl-observation\" data-items=\"o1\" data-r=\"" + start + "\" tabindex=\"0\" "
                        + "role=\"button\">" + DocumentFixtures.PASSAGE + "</mark>");
    }

    @Test
    void aFailedAddStoresNeitherTheSourceNorItsFile() {
        long sourcesBefore = count("SELECT count(*) FROM source");
        long filesBefore = count("SELECT count(*) FROM source_file");
        Document d = DocumentReader.read("trade.pdf", DocumentFixtures.pdf(), "file");
        SourceInput edited = new SourceInput("Trade", null, null, null, "unknown", null, null, d.text() + " more");
        assertThatThrownBy(() -> sources.add(edited, d)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.messagesFor("fullText")).singleElement().asString()
                        .contains("not the one read from 'trade.pdf'"));
        SourceInput untitled = new SourceInput(" ", null, null, null, "unknown", null, null, d.text());
        assertThatThrownBy(() -> sources.add(untitled, d)).isInstanceOf(ValidationException.class);
        assertThat(count("SELECT count(*) FROM source")).isEqualTo(sourcesBefore);
        assertThat(count("SELECT count(*) FROM source_file")).isEqualTo(filesBefore);
    }

    @Test
    void theTextOfASourceReadFromAFileCannotBeEditedAwayFromTheFile() {
        Document d = DocumentReader.read("trade.docx", DocumentFixtures.docx(), "file");
        Source s = sources.add(input(d), d);
        created.add(s.id());
        SourceInput changed = new SourceInput(s.title(), null, null, null, "unknown", null, null, d.text() + " more");
        assertThat(sources.validate(changed, s.id())).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("fullText");
            assertThat(e.message()).contains("read from 'trade.docx'");
        });
    }

    @Test
    void aSourceWithoutAFileSaysSoWhenItsFileIsAskedFor() throws Exception {
        MockHttpServletResponse r = send(get("/api/sources/000_86d270af3dbf64d1.txt/file"), null);
        assertThat(r.getStatus()).isEqualTo(404);
        assertThat(body(r)).contains("was not read from a file");
    }
}
