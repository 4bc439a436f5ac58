package org.crdash.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crdash.seed.SeedTestSupport.copySeedData;
import static org.crdash.seed.SeedTestSupport.fingerprint;
import static org.crdash.seed.SeedTestSupport.lineIndexOf;
import static org.crdash.seed.SeedTestSupport.lines;
import static org.crdash.seed.SeedTestSupport.location;
import static org.crdash.seed.SeedTestSupport.replaceOnce;
import static org.crdash.seed.SeedTestSupport.write;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;
import org.crdash.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The seed as loaded at startup, and loads that must change nothing. Leaves the database as it found it. */
@IntegrationTest
class SeedLoaderTest {

    private static final String TRADE_SERIES = "china_russia_trade_usd_bn";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SeedLoader loader;

    @TempDir
    Path tmp;

    private final SeedFiles disk = SeedFiles.onDisk();

    private record Quoted(String table, String seedKey, String sourceKey, String passage, int start, int end) {
    }

    private List<Quoted> quoted(String table) {
        return jdbc.sql("SELECT t.seed_key, s.source_key, t.passage, t.passage_start, t.passage_end FROM " + table
                        + " t JOIN source s ON s.id = t.source_id WHERE s.origin = 'seeded' ORDER BY t.id")
                .query((rs, n) -> new Quoted(table, rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        rs.getInt(5)))
                .list();
    }

    @Test
    void everySeededPassageIsVerbatimInItsArticleFileOnDisk() {
        Map<String, String> articles = new HashMap<>();
        int checked = 0;
        for (String table : List.of("observation", "event")) {
            List<Quoted> rows = quoted(table);
            assertThat(rows).isNotEmpty();
            for (Quoted q : rows) {
                String article = articles.computeIfAbsent(q.sourceKey(), disk::article);
                assertThat(q.end()).as(q.toString()).isLessThanOrEqualTo(article.length());
                assertThat(article.substring(q.start(), q.end())).as("%s %s", table, q.seedKey())
                        .isEqualTo(q.passage());
                if (q.seedKey() != null) {
                    checked++;
                }
            }
        }
        assertThat(checked).isEqualTo(disk.observations() + disk.events());
    }

    @Test
    void everySeedRowIsInTheDatabaseWithItsPassage() {
        for (String[] t : new String[][] {{"observation", "observations.csv"}, {"event", "events.csv"}}) {
            Map<String, Quoted> byKey = quoted(t[0]).stream().filter(q -> q.seedKey() != null)
                    .collect(Collectors.toMap(Quoted::seedKey, q -> q));
            List<CSVRecord> records = disk.records(t[1]);
            assertThat(byKey.keySet()).containsExactlyInAnyOrderElementsOf(
                    records.stream().map(r -> r.get("id")).toList());
            for (CSVRecord r : records) {
                Quoted q = byKey.get(r.get("id"));
                assertThat(q.passage()).isEqualTo(r.get("passage"));
                assertThat(q.sourceKey()).isEqualTo(r.get("source_file"));
                if (!r.get("passage_start").isBlank()) {
                    assertThat(q.start()).isEqualTo(Integer.parseInt(r.get("passage_start")));
                }
            }
        }
    }

    @Test
    void sourcesHoldTheArticleFilesVerbatim() {
        for (CSVRecord r : disk.records("articles/sources.csv")) {
            String stored = jdbc.sql("SELECT full_text FROM source WHERE source_key = ?").param(r.get("file"))
                    .query(String.class).single();
            assertThat(stored).as(r.get("file")).isEqualTo(disk.article(r.get("file")));
            assertThat(jdbc.sql("SELECT sha256 FROM source WHERE source_key = ?").param(r.get("file"))
                    .query(String.class).single()).isEqualTo(r.get("sha256"));
        }
    }

    @Test
    void conflictingFiguresAreKeptAsSeparateRows() {
        List<Map<String, Object>> rows = jdbc.sql("""
                        SELECT o.value, s.source_key FROM observation o
                        JOIN series se ON se.id = o.series_id JOIN source s ON s.id = o.source_id
                        WHERE se.series_key = ? AND o.period_label = '2024' AND o.deleted_at IS NULL
                          AND o.origin = 'seeded'
                        ORDER BY o.value""")
                .param(TRADE_SERIES).query().listOfRows();

        assertThat(rows).hasSize(3);
        assertThat(rows).extracting(r -> ((BigDecimal) r.get("value")).stripTrailingZeros().toPlainString())
                .containsExactly("237", "244.8", "245");
        assertThat(rows).extracting(r -> (String) r.get("source_key"))
                .containsExactly("001_810a6323d9c1b466.txt", "000_86d270af3dbf64d1.txt", "002_709b5f3b75b2705c.txt")
                .doesNotHaveDuplicates();
    }

    @Test
    void passageNotInItsArticleFailsTheLoadNamingLineAndPassage() {
        Path dir = copySeedData(tmp.resolve("seed"));
        Path csv = dir.resolve("observations.csv");
        List<CSVRecord> records = new SeedFiles(dir).records("observations.csv");
        // a row in the middle of the file, with a passage short enough to be quoted in full
        CSVRecord victim = records.stream()
                .filter(r -> r.getRecordNumber() >= 40 && r.get("passage").length() <= 100
                        && !r.get("passage").contains("\""))
                .findFirst().orElseThrow();
        List<String> lines = lines(csv);
        int index = lineIndexOf(lines, victim.get("id"));
        String changed = "Reportedly " + victim.get("passage");
        lines.set(index, replaceOnce(lines.get(index), victim.get("passage"), changed));
        write(csv, lines);
        int lineNumber = index + 1;
        assertThat(lineNumber).isGreaterThan(40);
        Map<String, String> before = fingerprint(jdbc);

        assertThatThrownBy(() -> loader.load(location(dir)))
                .isInstanceOf(SeedException.class)
                .hasMessageStartingWith("seed-data/ has 1 problem(s); nothing was loaded")
                .hasMessageContaining("observations.csv line " + lineNumber + ", column passage: "
                        + "the passage is not in the source text")
                .hasMessageContaining("\"" + changed + "\"")
                .satisfies(e -> assertThat(((SeedException) e).problems()).hasSize(1));

        assertThat(fingerprint(jdbc)).isEqualTo(before);
    }

    @Test
    void eventPassageAtTheWrongOffsetFailsTheLoad() {
        Path dir = copySeedData(tmp.resolve("seed"));
        Path csv = dir.resolve("events.csv");
        CSVRecord victim = new SeedFiles(dir).records("events.csv").stream()
                .filter(r -> !r.get("passage_start").isBlank()).reduce((a, b) -> b).orElseThrow();
        int start = Integer.parseInt(victim.get("passage_start"));
        List<String> lines = lines(csv);
        int index = lineIndexOf(lines, victim.get("id"));
        lines.set(index, replaceOnce(lines.get(index), "," + start + ",", "," + (start + 1) + ","));
        write(csv, lines);
        Map<String, String> before = fingerprint(jdbc);

        assertThatThrownBy(() -> loader.load(location(dir)))
                .isInstanceOf(SeedException.class)
                .hasMessageContaining("events.csv line " + (index + 1) + ", column passage_start: the passage is not at "
                        + "offset " + (start + 1) + " (it occurs at offset " + start + ")");

        assertThat(fingerprint(jdbc)).isEqualTo(before);
    }

    @Test
    void changedArticleFailsTheLoadOnItsHash() throws Exception {
        Path dir = copySeedData(tmp.resolve("seed"));
        String file = "002_709b5f3b75b2705c.txt";
        Path article = dir.resolve("articles").resolve(file);
        Files.writeString(article, Files.readString(article, StandardCharsets.UTF_8).replaceFirst("2024", "2025"),
                StandardCharsets.UTF_8);
        String newSha = SeedReader.sha256(Files.readAllBytes(article));
        List<String> sourceLines = lines(dir.resolve("articles/sources.csv"));
        int lineNumber = lineIndexOf(sourceLines, file) + 1;
        String expectedSha = new SeedFiles(dir).records("articles/sources.csv").stream()
                .filter(r -> r.get("file").equals(file)).findFirst().orElseThrow().get("sha256");
        assertThat(newSha).isNotEqualTo(expectedSha);
        Map<String, String> before = fingerprint(jdbc);

        assertThatThrownBy(() -> loader.load(location(dir)))
                .isInstanceOf(SeedException.class)
                .hasMessageContaining("articles/sources.csv line " + lineNumber + ": articles/" + file
                        + " has sha256 " + newSha + " but sources.csv expects " + expectedSha)
                // reported once, not again for every row that quotes the article
                .satisfies(e -> assertThat(((SeedException) e).problems()).hasSize(1));

        assertThat(fingerprint(jdbc)).isEqualTo(before);
    }

    @Test
    void loadingTheSameSeedAgainChangesNothing() {
        Map<String, String> before = fingerprint(jdbc);

        SeedWriter.Result result = loader.load("classpath:seed-data/");

        assertThat(result).isEqualTo(new SeedWriter.Result(0, 0, 0, 0));
        assertThat(fingerprint(jdbc)).isEqualTo(before);
    }

    @Test
    void theRepoCopyAndThePackagedCopyAreTheSameSeed() {
        // the other seed tests edit copies of the repo's seed-data/, the app loads the packaged one
        SeedWriter.Result result = loader.load(location(SeedFiles.REPO_SEED_DATA));
        assertThat(result).isEqualTo(new SeedWriter.Result(0, 0, 0, 0));
        assertThat(Set.of(disk.observations(), disk.events())).doesNotContain(0L);
    }
}
