package org.crdash.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.crdash.base.Origin;
import org.crdash.event.EventFilter;
import org.crdash.export.ui.CsvDownload;
import org.crdash.series.ObservationFilter;
import org.crdash.source.SourceService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

class ExportControllerTest extends ExportFixture {

    /** The documented contract: these columns, in this order, come first. */
    static final List<String> OBSERVATION_CONTRACT = List.of("series_key", "series_name", "period", "period_start",
            "period_end", "precision", "value", "unit", "qualifier", "source_file", "source_title", "passage",
            "passage_start", "passage_end", "note", "origin");
    static final List<String> EVENT_CONTRACT = List.of("date_start", "date_end", "precision", "date_text", "title",
            "category", "source_file", "source_title", "passage", "passage_start", "passage_end", "note", "origin");

    /** Added after the contract, in this order (issue 18): what a row needs to be cited without a lookup. */
    static final List<String> CITATION_COLUMNS = List.of("source_author", "source_publisher", "source_published",
            "source_published_precision", "source_url", "source_sha256", "citation");
    /** Added after the citation (issue 15): the review status of every observation and event. */
    static final List<String> REVIEW_COLUMNS = List.of("review_status", "review_reason");
    static final List<String> OBSERVATION_HEADER = concat(OBSERVATION_CONTRACT, List.of("id", "version",
            "created_at", "updated_at", "updated_by", "deleted_at"), concat(CITATION_COLUMNS, REVIEW_COLUMNS));
    static final List<String> EVENT_HEADER = concat(EVENT_CONTRACT, List.of("date", "id", "version", "created_at",
            "updated_at", "updated_by", "deleted_at"), concat(CITATION_COLUMNS, REVIEW_COLUMNS));

    @Autowired
    SourceService sources;

    @Autowired
    ExportService exportService;

    // ---- format and columns

    @Test
    void observationsHaveTheContractColumnsInOrder() throws Exception {
        MockHttpServletResponse response = get200("/api/export/observations.csv");
        assertThat(response.getContentType()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(response.getHeader("Content-Disposition"))
                .matches("attachment; filename=\"crdash-observations-\\d{4}-\\d{2}-\\d{2}\\.csv\"");
        String body = body(response);
        assertThat(body).startsWith(String.join(",", OBSERVATION_HEADER) + "\r\n");
        try (CSVParser csv = parse(body)) {
            assertThat(csv.getHeaderNames()).isEqualTo(OBSERVATION_HEADER);
            assertThat(csv.getHeaderNames().subList(0, OBSERVATION_CONTRACT.size())).isEqualTo(OBSERVATION_CONTRACT);
            List<CSVRecord> records = csv.getRecords();
            assertThat(records).hasSize((int) count("SELECT count(*) FROM observation WHERE deleted_at IS NULL"));
            assertThat(records).allSatisfy(r -> assertThat(r.size()).isEqualTo(OBSERVATION_HEADER.size()));
        }
    }

    @Test
    void eventsHaveTheContractColumnsInOrder() throws Exception {
        MockHttpServletResponse response = get200("/api/export/events.csv");
        assertThat(response.getHeader("Content-Disposition")).contains("attachment").contains("crdash-events-");
        try (CSVParser csv = parse(body(response))) {
            assertThat(csv.getHeaderNames()).isEqualTo(EVENT_HEADER);
            assertThat(csv.getHeaderNames().subList(0, EVENT_CONTRACT.size())).isEqualTo(EVENT_CONTRACT);
            List<CSVRecord> records = csv.getRecords();
            assertThat(records).hasSize((int) count("SELECT count(*) FROM event WHERE deleted_at IS NULL"));
            CSVRecord test = records.stream().filter(r -> r.get("source_file").equals(SOURCE_KEY)).findFirst()
                    .orElseThrow();
            assertThat(test.get("title")).isEqualTo("@summit in the test");
            assertThat(test.get("passage")).isEqualTo(FORMULA_PASSAGE);
            assertThat(test.get("date")).isEqualTo("2019-05");
            assertThat(test.get("date_start")).isEqualTo("2019-05-01");
            assertThat(test.get("date_end")).isEqualTo("2019-05-31");
            assertThat(test.get("source_title")).isEqualTo(FORMULA_TITLE);
            // undated events have empty date cells
            assertThat(records).anySatisfy(r -> {
                assertThat(r.get("precision")).isEqualTo("none");
                assertThat(r.get("date_start")).isEmpty();
            });
        }
    }

    @Test
    void everyPassageIsItsSourceTextBetweenTheOffsets() throws Exception {
        Map<String, String> texts = new HashMap<>();
        for (String path : List.of("/api/export/observations.csv?includeDeleted=true",
                "/api/export/events.csv?includeDeleted=true")) {
            try (CSVParser csv = parse(body(get200(path)))) {
                List<CSVRecord> records = csv.getRecords();
                assertThat(records).hasSizeGreaterThan(100);
                for (CSVRecord r : records) {
                    String text = texts.computeIfAbsent(r.get("source_file"),
                            key -> sources.text(sources.findByKey(key).orElseThrow().id()));
                    // offsets count code points (see TextOffsets)
                    String quoted = org.crdash.source.TextOffsets.slice(text, Integer.parseInt(r.get("passage_start")),
                            Integer.parseInt(r.get("passage_end")));
                    // verbatim: the data CSV never prefixes a formula-like passage (that is the spreadsheet variant)
                    assertThat(r.get("passage")).as("passage of %s row %s", path, r.get("id")).isEqualTo(quoted);
                }
            }
        }
        assertThat(texts).containsKey(SOURCE_KEY).hasSizeGreaterThanOrEqualTo(6);
    }

    @Test
    void passageWithCommasQuotesAndNewlineRoundTrips() throws Exception {
        String body = body(get200("/api/export/observations.csv?series=" + SERIES_KEY));
        assertThat(body).contains("\"He said, \"\"trade rose, sharply\"\",\nthen \"\"fell\"\" again.\"");
        CSVRecord row = byPeriod(body).get("2019");
        assertThat(row.get("passage")).isEqualTo(TRICKY_PASSAGE);
        assertThat(row.get("passage_start")).isEqualTo(String.valueOf(TEXT.indexOf(TRICKY_PASSAGE)));
        assertThat(row.get("value")).isEqualTo("12.50");
        assertThat(row.get("series_name")).isEqualTo("Export test series");
        assertThat(row.get("unit")).isEqualTo("count");
        assertThat(row.get("source_file")).isEqualTo(SOURCE_KEY);
        assertThat(row.get("period_start")).isEqualTo("2019-01-01");
        assertThat(row.get("period_end")).isEqualTo("2019-12-31");
        assertThat(row.get("precision")).isEqualTo("year");
        assertThat(row.get("qualifier")).isEqualTo("exact");
        assertThat(row.get("origin")).isEqualTo("user");
        assertThat(row.get("created_at")).isEqualTo("2026-01-02T03:04:05Z");
        assertThat(row.get("deleted_at")).isEmpty();
    }

    @Test
    void theDataCsvIsVerbatimFormulaLikeCellsIncluded() throws Exception {
        Map<String, CSVRecord> rows = byPeriod(body(get200("/api/export/observations.csv?series=" + SERIES_KEY)));
        assertThat(rows.get("2019").get("note")).isEqualTo(FORMULA_NOTE);
        assertThat(rows.get("2019").get("source_title")).isEqualTo(FORMULA_TITLE);
        assertThat(rows.get("2021").get("passage")).isEqualTo(FORMULA_PASSAGE).startsWith("=");
        CSVRecord negative = rows.get("2023-Q2");
        assertThat(negative.get("value")).isEqualTo("-5");
        assertThat(negative.get("passage")).isEqualTo(MINUS_PASSAGE);
        assertThat(negative.get("passage_end")).isEqualTo(String.valueOf(at(MINUS_PASSAGE) + 10));
        assertThat(negative.get("note")).isEqualTo("negative value");
    }

    @Test
    void valuesArePlainDecimals() throws Exception {
        Map<String, CSVRecord> rows = byPeriod(body(get200("/api/export/observations.csv?series=" + SERIES_KEY
                + "&includeDeleted=true")));
        assertThat(new BigDecimal("0.00000012").toString()).isEqualTo("1.2E-7"); // what toString() would give
        assertThat(rows.get("2022").get("value")).isEqualTo("0.00000012");
    }

    // ---- filters

    @Test
    void seriesFilterSelectsThoseSeries() throws Exception {
        String a = "china_russia_trade_usd_bn";
        String b = "china_share_of_russia_trade_pct";
        List<CSVRecord> rows = records("/api/export/observations.csv?series=" + a + "&series=" + b);
        assertThat(rows).extracting(r -> r.get("series_key")).containsOnly(a, b).contains(a, b);
        assertThat(rows).hasSize((int) count("""
                SELECT count(*) FROM observation o JOIN series s ON s.id = o.series_id
                WHERE s.series_key IN (?, ?) AND o.deleted_at IS NULL""", a, b));
        assertThat(records("/api/export/observations.csv?series=" + a + "," + b)).hasSameSizeAs(rows);
    }

    @Test
    void sourceFilterSelectsThatSource() throws Exception {
        String key = jdbc.sql("SELECT source_key FROM source WHERE origin = 'seeded' ORDER BY source_key LIMIT 1")
                .query(String.class).single();
        List<CSVRecord> rows = records("/api/export/observations.csv?source=" + key);
        assertThat(rows).isNotEmpty().allSatisfy(r -> assertThat(r.get("source_file")).isEqualTo(key));
        assertThat(rows).hasSize((int) count("""
                SELECT count(*) FROM observation o JOIN source s ON s.id = o.source_id
                WHERE s.source_key = ? AND o.deleted_at IS NULL""", key));
        List<CSVRecord> events = records("/api/export/events.csv?source=" + key);
        assertThat(events).isNotEmpty().allSatisfy(r -> assertThat(r.get("source_file")).isEqualTo(key));
    }

    @Test
    void originFilterSeparatesSeededFromUserRows() throws Exception {
        List<CSVRecord> user = records("/api/export/observations.csv?origin=user");
        assertThat(user).extracting(r -> r.get("period"))
                .containsExactlyInAnyOrder("2019", "2020", "2020-Q1", "2021", "2023-Q2");
        List<CSVRecord> seeded = records("/api/export/observations.csv?origin=seeded");
        assertThat(seeded).allSatisfy(r -> assertThat(r.get("origin")).isEqualTo("seeded"))
                .hasSize((int) count("SELECT count(*) FROM observation WHERE origin = 'seeded' AND deleted_at IS NULL"));
        assertThat(records("/api/export/events.csv?origin=user")).extracting(r -> r.get("title"))
                .containsExactly("@summit in the test");
    }

    @Test
    void fromToSelectPeriodsThatOverlapTheRange() throws Exception {
        List<CSVRecord> rows = records("/api/export/observations.csv?from=2022&to=2023-03");
        assertThat(rows).isNotEmpty().allSatisfy(r -> {
            assertThat(LocalDate.parse(r.get("period_end"))).isAfterOrEqualTo(LocalDate.of(2022, 1, 1));
            assertThat(LocalDate.parse(r.get("period_start"))).isBeforeOrEqualTo(LocalDate.of(2023, 3, 31));
        });
        assertThat(rows).hasSize((int) count("""
                SELECT count(*) FROM observation WHERE deleted_at IS NULL
                  AND period_end >= DATE '2022-01-01' AND period_start <= DATE '2023-03-31'"""));
        // the user row of 2023-Q2 starts after 2023-03, the deleted 2022 row is excluded
        assertThat(rows).noneSatisfy(r -> assertThat(r.get("source_file")).isEqualTo(SOURCE_KEY));
        assertThat(records("/api/export/observations.csv?from=2023-06-30&series=" + SERIES_KEY))
                .extracting(r -> r.get("period")).containsExactly("2023-Q2");

        List<CSVRecord> events = records("/api/export/events.csv?from=2019-05-15&to=2019-05-20");
        assertThat(events).extracting(r -> r.get("source_file")).contains(SOURCE_KEY);
        assertThat(events).allSatisfy(r -> assertThat(r.get("date_start")).isNotEmpty());
    }

    @Test
    void deletedRowsOnlyWhenAskedFor() throws Exception {
        assertThat(records("/api/export/observations.csv?series=" + SERIES_KEY)).extracting(r -> r.get("period"))
                .containsExactly("2019", "2020", "2020-Q1", "2021", "2023-Q2");
        List<CSVRecord> all = records("/api/export/observations.csv?series=" + SERIES_KEY + "&includeDeleted=true");
        assertThat(all).extracting(r -> r.get("period"))
                .containsExactly("2019", "2020", "2020-Q1", "2021", "2022", "2023-Q2");
        assertThat(all.get(4).get("deleted_at")).isEqualTo("2026-01-02T03:04:05Z");
    }

    @Test
    void badFiltersAreProblemsNamingTheParameter() throws Exception {
        badParameter("/api/export/observations.csv?series=no_such_series", "series", "no_such_series");
        badParameter("/api/export/observations.csv?source=nope.txt", "source", "nope.txt");
        badParameter("/api/export/observations.csv?from=yesterday", "from", "yesterday");
        badParameter("/api/export/observations.csv?to=2024-13", "to", "2024-13");
        badParameter("/api/export/observations.csv?from=2024&to=2023", "to", "before");
        badParameter("/api/export/observations.csv?origin=robot", "origin", "robot");
        badParameter("/api/export/observations.csv?includeDeleted=maybe", "includeDeleted", "maybe");
        badParameter("/api/export/observations.csv?excel=perhaps", "excel", "perhaps");
        badParameter("/api/export/observations.csv?excel=true&decimal=dot", "decimal", "dot");
        badParameter("/api/export/observations.csv?decimal=comma", "decimal", "excel=true");
        badParameter("/api/export/observations.csv?serie=x", "serie", "unknown parameter");
        badParameter("/api/export/events.csv?category=party", "category", "party");
        badParameter("/api/export/events.csv?series=x", "series", "unknown parameter");
    }

    // ---- the UI's download links use the same endpoint and the same service

    @Test
    void downloadLinksServeWhatTheServiceWrites() throws Exception {
        ObservationFilter filter = new ObservationFilter(List.of(SERIES_KEY, "china_russia_trade_usd_bn"), null,
                LocalDate.of(2019, 1, 1), LocalDate.of(2024, 12, 31), null, null, true);
        String url = CsvDownload.observationsUrl(filter, CsvDialect.DATA);
        assertThat(url).isEqualTo("api/export/observations.csv?series=export_test_series"
                + "&series=china_russia_trade_usd_bn&from=2019-01-01&to=2024-12-31&includeDeleted=true");
        ByteArrayOutputStream direct = new ByteArrayOutputStream();
        long rows = exportService.writeObservations(filter, CsvDialect.DATA, direct);
        assertThat(rows).isGreaterThan(3);
        assertThat(get200("/" + url).getContentAsByteArray()).isEqualTo(direct.toByteArray());

        EventFilter events = new EventFilter("summit", SOURCE_KEY, null, null, Origin.USER, null, false);
        String eventsUrl = CsvDownload.eventsUrl(events, CsvDialect.EXCEL_DECIMAL_COMMA);
        assertThat(eventsUrl).isEqualTo("api/export/events.csv?category=summit&source=export-test.txt&origin=user"
                + "&excel=true&decimal=comma");
        ByteArrayOutputStream directEvents = new ByteArrayOutputStream();
        assertThat(exportService.writeEvents(events, CsvDialect.EXCEL_DECIMAL_COMMA, directEvents)).isEqualTo(1);
        assertThat(get200("/" + eventsUrl).getContentAsByteArray()).isEqualTo(directEvents.toByteArray());

        var anchor = CsvDownload.observations(ObservationFilter.ofSeries(SERIES_KEY));
        assertThat(anchor.getHref()).isEqualTo("api/export/observations.csv?series=export_test_series");
        assertThat(anchor.getElement().hasAttribute("download")).isTrue();
        assertThat(anchor.getElement().getTextRecursively()).contains("Download CSV");
    }

    // ---- helpers

    @SafeVarargs
    static List<String> concat(List<String>... lists) {
        return java.util.Arrays.stream(lists).flatMap(List::stream).toList();
    }

    static CSVParser parse(String body) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(body));
    }

    List<CSVRecord> records(String url) throws Exception {
        try (CSVParser csv = parse(body(get200(url)))) {
            return csv.getRecords();
        }
    }

    static Map<String, CSVRecord> byPeriod(String body) throws IOException {
        try (CSVParser csv = parse(body)) {
            return csv.getRecords().stream().collect(Collectors.toMap(r -> r.get("period"), r -> r));
        }
    }
}
