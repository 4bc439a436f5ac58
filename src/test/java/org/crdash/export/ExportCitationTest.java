package org.crdash.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * The columns that make a row citable without a second lookup (issue 18): the source's author, publisher,
 * publication date with its precision, URL and sha256, and one readable citation line. The expected facts are
 * those of shared/seeds/README.md (seed-data/articles/sources.csv): what a text does not state stays empty.
 */
class ExportCitationTest extends ExportFixture {

    static final String LO = "002_709b5f3b75b2705c.txt";
    static final String ANDRIEU = "000_86d270af3dbf64d1.txt";
    static final String FOREIGN_AFFAIRS = "003_88dc170ac39da4d5.txt";

    @Test
    void aSeededObservationOfBoboLoCarriesAuthorPublisherDateAndCitation() throws Exception {
        CSVRecord row = seeded("/api/export/observations.csv?source=" + LO, "002-o002", "observation");
        assertThat(row.get("source_author")).isEqualTo("Bobo Lo");
        assertThat(row.get("source_publisher")).isEqualTo("New Eurasian Strategies Centre (NEST Centre), research paper");
        assertThat(row.get("source_published")).isEqualTo("2025-07");
        assertThat(row.get("source_published_precision")).isEqualTo("month");
        assertThat(row.get("source_url")).isEmpty();
        assertThat(row.get("source_sha256"))
                .isEqualTo("1cd5b38a52ccc348c2af9343f5ee83f108e59d13546d0ff7cbb42e4ded0670e8");
        assertThat(row.get("citation")).isEqualTo("Bobo Lo, New Eurasian Strategies Centre (NEST Centre), research "
                + "paper, July 2025, chars " + row.get("passage_start") + "–" + row.get("passage_end"));
        assertThat(row.get("passage")).isEqualTo("China and Russia share a 4,200-kilometre border, the sixth longest "
                + "in the world.");
    }

    @Test
    void unknownFactsStayEmptyAndTheCitationSaysOnlyWhatIsKnown() throws Exception {
        CSVRecord andrieu = seeded("/api/export/observations.csv?source=" + ANDRIEU, "000-o001", "observation");
        assertThat(andrieu.get("source_author")).isEqualTo("Pierre Andrieu (former French ambassador)");
        assertThat(andrieu.get("source_publisher")).isEmpty();
        assertThat(andrieu.get("source_published")).isEmpty();
        assertThat(andrieu.get("source_published_precision")).isEmpty();
        assertThat(andrieu.get("source_sha256"))
                .isEqualTo("c1bd982297d2ad34f1273593c0e16b4c282bd043cd28a28751df4a3eabcbec88");
        assertThat(andrieu.get("citation")).isEqualTo("Pierre Andrieu (former French ambassador), chars "
                + andrieu.get("passage_start") + "–" + andrieu.get("passage_end"));

        // 003 states no author, publisher or date: the title stands in for the author
        CSVRecord essay = seeded("/api/export/observations.csv?source=" + FOREIGN_AFFAIRS, "003-o001", "observation");
        assertThat(essay.get("source_author")).isEmpty();
        assertThat(essay.get("source_publisher")).isEmpty();
        assertThat(essay.get("source_published")).isEmpty();
        assertThat(essay.get("citation")).isEqualTo("“Why the West Won't Be Able to Drive a Wedge Between Russia "
                + "and China”, chars " + essay.get("passage_start") + "–" + essay.get("passage_end"));
    }

    @Test
    void eventsCarryTheSameColumns() throws Exception {
        CSVRecord row = seeded("/api/export/events.csv?source=" + LO, "002-e001", "event");
        assertThat(row.get("source_author")).isEqualTo("Bobo Lo");
        assertThat(row.get("source_published")).isEqualTo("2025-07");
        assertThat(row.get("source_published_precision")).isEqualTo("month");
        assertThat(row.get("citation")).isEqualTo("Bobo Lo, New Eurasian Strategies Centre (NEST Centre), research "
                + "paper, July 2025, chars " + row.get("passage_start") + "–" + row.get("passage_end"));

        CSVRecord user = records("/api/export/events.csv?source=" + SOURCE_KEY).getFirst();
        assertThat(user.get("source_url")).isEqualTo(URL);
        assertThat(user.get("source_published")).isEqualTo("2026-01-05");
        assertThat(user.get("source_published_precision")).isEqualTo("day");
        assertThat(user.get("citation")).isEqualTo(AUTHOR + ", " + PUBLISHER + ", 5 January 2026, chars "
                + at(FORMULA_PASSAGE) + "–" + (at(FORMULA_PASSAGE) + FORMULA_PASSAGE.length()));
    }

    @Test
    void everyRowNamesItsSourcesFacts() throws Exception {
        Map<String, Map<String, Object>> facts = new java.util.HashMap<>();
        jdbc.sql("SELECT source_key, author, publisher, url, sha256 FROM source").query()
                .listOfRows().forEach(r -> facts.put((String) r.get("source_key"), r));
        for (String path : List.of("/api/export/observations.csv", "/api/export/events.csv")) {
            for (CSVRecord r : records(path)) {
                Map<String, Object> f = facts.get(r.get("source_file"));
                assertThat(r.get("source_author")).isEqualTo(orEmpty(f.get("author")));
                assertThat(r.get("source_publisher")).isEqualTo(orEmpty(f.get("publisher")));
                assertThat(r.get("source_url")).isEqualTo(orEmpty(f.get("url")));
                assertThat(r.get("source_sha256")).isEqualTo(f.get("sha256"));
                assertThat(r.get("citation")).endsWith(", chars " + r.get("passage_start") + "–" + r.get("passage_end"));
            }
        }
    }

    private CSVRecord seeded(String url, String seedKey, String table) throws Exception {
        long id = jdbc.sql("SELECT id FROM " + table + " WHERE seed_key = ?").param(seedKey).query(Long.class).single();
        try (CSVParser csv = ExportControllerTest.parse(body(get200(url)))) {
            return csv.getRecords().stream().filter(r -> r.get("id").equals(String.valueOf(id))).findFirst()
                    .orElseThrow(() -> new AssertionError(seedKey + " not in " + url));
        }
    }

    List<CSVRecord> records(String url) throws Exception {
        try (CSVParser csv = ExportControllerTest.parse(body(get200(url)))) {
            return csv.getRecords();
        }
    }

    private static String orEmpty(Object value) {
        return value == null ? "" : value.toString();
    }
}
