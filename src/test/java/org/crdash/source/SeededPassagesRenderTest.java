package org.crdash.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.crdash.IntegrationTest;
import org.crdash.source.Highlight.Kind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every seeded passage through the renderer's spans, as the reader shows it with all highlights of its source: the
 * highlight shows exactly the passage without its markup, every highlighted character stands for a raw character
 * inside the passage, and the stored offsets are still where the seed files put the passage.
 */
@IntegrationTest
class SeededPassagesRenderTest {

    private static final Pattern MARK = Pattern.compile(
            "<mark class=\"[^\"]*\" data-items=\"([^\"]*)\" data-r=\"(\\d+)\"[^>]*>([^<]*)</mark>");

    @Autowired
    JdbcClient jdbc;
    @Autowired
    SourceService sources;

    record Row(String id, String key, String passage, int start, int end, Kind kind) {
    }

    /** The passage as a reader sees it: the seed articles' markup (tags, emphasis, escapes) taken out. */
    static String withoutMarkup(String passage) {
        return passage.replaceAll("</?sup>", "").replace("*", "").replaceAll("\\\\(\\p{Punct})", "$1");
    }

    private List<Row> rows() {
        return jdbc.sql("""
                SELECT 'o' || o.id, s.source_key, o.passage, o.passage_start, o.passage_end, 'OBSERVATION'
                FROM observation o JOIN source s ON s.id = o.source_id WHERE o.deleted_at IS NULL
                UNION ALL
                SELECT 'e' || e.id, s.source_key, e.passage, e.passage_start, e.passage_end, 'EVENT'
                FROM event e JOIN source s ON s.id = e.source_id WHERE e.deleted_at IS NULL""")
                .query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        rs.getInt(5), Kind.valueOf(rs.getString(6)))).list();
    }

    @Test
    void everySeededHighlightShowsItsPassageWithoutMarkupAndMapsToItsOwnRawCharacters() throws IOException {
        List<Row> rows = rows();
        assertThat(rows).hasSizeGreaterThan(100);
        int checked = 0;
        for (String key : rows.stream().map(Row::key).distinct().toList()) {
            Source source = sources.findByKey(key).orElseThrow();
            String raw = sources.text(source.id());
            List<Row> ofSource = rows.stream().filter(r -> r.key().equals(key)).toList();
            RenderedText text = sources.rendered(source);
            String html = text.html(ofSource.stream().map(r -> new Highlight(r.start(), r.end(), r.id(), r.kind()))
                    .toList());
            for (Row r : ofSource) {
                assertThat(TextOffsets.slice(raw, r.start(), r.end())).as(r.id() + " raw offsets").isEqualTo(r.passage());
                StringBuilder shown = new StringBuilder();
                Matcher m = MARK.matcher(html);
                while (m.find()) {
                    if (!List.of(m.group(1).split(" ")).contains(r.id())) {
                        continue;
                    }
                    String piece = RenderedTextTest.shown(m.group(3));
                    int at = Integer.parseInt(m.group(2));
                    assertThat(at).as(r.id() + " piece inside its passage").isBetween(r.start(), r.end() - 1);
                    if (piece.equals(raw.substring(at, Math.min(raw.length(), at + piece.length())))) {
                        assertThat(at + piece.length()).as(r.id()).isLessThanOrEqualTo(r.end());
                    }
                    shown.append(piece);
                }
                String expected = withoutMarkup(r.passage());
                assertThat(shown.toString()).as(key + " " + r.id()).isEqualTo(expected);
                assertThat(text.plain(r.start(), r.end()).replace("\n", " ")).as(r.id()).isEqualTo(expected);
                checked++;
            }
        }
        assertThat(checked).isEqualTo(rows.size());
    }

    @Test
    void theStoredOffsetsAreWhereTheSeedFilesPutEveryPassage() throws IOException {
        List<Row> rows = rows();
        List<String> missing = new ArrayList<>();
        for (String file : List.of("observations.csv", "events.csv")) {
            try (Reader in = Files.newBufferedReader(Path.of("seed-data", file), StandardCharsets.UTF_8)) {
                for (CSVRecord rec : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                        .parse(in)) {
                    String key = rec.get("source_file");
                    String passage = rec.get("passage");
                    String hint = rec.get("passage_start");
                    String raw = Files.readString(Path.of("seed-data/articles", key));
                    int start = Passages.locate(raw, passage, hint.isBlank() ? null : Integer.valueOf(hint));
                    boolean stored = rows.stream().anyMatch(r -> r.key().equals(key) && r.start() == start
                            && r.end() == start + passage.length() && r.passage().equals(passage));
                    if (!stored) {
                        missing.add(file + " " + rec.get("id") + " at " + start);
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }
}
